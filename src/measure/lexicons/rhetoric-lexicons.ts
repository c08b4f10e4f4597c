/**
 * Word lists of the rhetoric rules (data only).
 *
 * Source: written for discourse-lab (issue 5) from the definitions of the persuasion
 * techniques in Da San Martino et al. (2019), "Fine-Grained Analysis of Propaganda in News
 * Articles", EMNLP, and Dimitrov et al. (2021), "SemEval-2021 Task 6", and from common
 * English usage; no annotated text was copied, but the flag-waving and name-calling lists
 * were extended once after reading the errors on the SemEval-2021 Task 6 training split (see
 * ../rhetoric/README.md: the figures there are in-sample). Licence: MIT, as the rest of
 * discourse-lab.
 * Version 1 (2026-11). Phrases are lowercased token sequences; a trailing `*` on a word
 * is a prefix ("threat*": threat, threats, threatened, threatening).
 */

/** Universal quantifiers and absolutes. */
export const ABSOLUTE_PHRASES = [
  "all", "every", "everyone", "everybody", "everything", "everywhere", "never", "always",
  "no one", "nobody", "nothing", "none", "nowhere", "forever", "entirely", "completely",
  "totally", "absolutely", "whatsoever", "at any level", "at all", "under no circumstances",
  "in any way", "not a single",
  "100 percent", "100%", "without exception", "only way", "the only way", "ever again",
] as const;

/** Words after "no" that make no universal claim ("no longer", "no doubt", "no matter"). */
export const NO_IDIOMS = ["longer", "doubt", "matter", "less", "more", "sooner", "wonder", "problem", "thanks", "way", "one", "body"] as const;

/** Hedges that, right before an absolute, undo it ("not all", "almost every"). */
export const ABSOLUTE_HEDGES = ["not", "almost", "nearly", "virtually", "practically", "n't"] as const;

/** Phrases in which an absolute is idiom, not claim. */
export const ABSOLUTE_EXCEPTIONS = ["all right", "after all", "first of all", "above all", "all in all", "once and for all", "all of a sudden", "every now and then", "every so often"] as const;

/** Pejorative labels for a person, group or state. */
export const NAME_CALLING_PHRASES = [
  "puppet*", "traitor*", "thug*", "crook*", "liar*", "idiot*", "moron*", "imbecile*", "clown*",
  "fascist*", "nazi*", "commie*", "libtard*", "snowflake*", "loser*", "scum*", "vermin",
  "parasite*", "coward*", "tyrant*", "dictator", "dictators", "dictatorship", "despot*",
  "collaborator*", "simple - minded", "milking cow*", "great satan", "axis of evil",
  "evil empire", "rogue regime", "rogue state*", "terrorist regime", "criminal regime",
  "regime", "warmonger*", "hypocrite*", "bigot*", "lunatic*", "maniac*", "psycho*",
  "snake*", "rat", "rats", "pig", "pigs", "swamp", "deep state", "fake news", "sheep",
  "sheeple", "stooge*", "lackey*", "henchm*", "mercenar*", "butcher*", "criminal*",
  "gangster*", "mobster*", "racist*", "traitorous", "treasonous", "crooked", "corrupt",
  "usurper*", "arrogant", "insolent", "impudent", "brutal", "vicious", "dumb", "stupid",
  "rapist*", "pedophile*", "sociopath*", "psychopath*", "bastard*", "whore*", "fool", "fools",
  "sexist*", "pathetic", "leftist*", "felon*", "predator*", "illegal alien*", "illegals",
] as const;

/** Appeals to the nation and its unity (flag-waving). */
export const FLAG_WAVING_PHRASES = [
  "our nation", "the nation", "our country", "our own country", "our great country", "great nation",
  "our people", "the american people",
  "patriot*", "homeland", "motherland", "fatherland", "our flag", "the flag", "our troops",
  "our heroes", "our values", "our way of life", "stand united", "stood united", "united in",
  "unity", "national pride", "national day", "god bless america", "america first",
  "make america great", "land of the free", "home of the brave", "our beloved",
  "proud to be", "proud american*", "true americans", "real americans", "keep america great",
  "america great again", "save america", "our veterans", "our constitution", "our borders",
] as const;

/** Words that raise fear of a threat. */
export const FEAR_PHRASES = [
  "threat*", "danger*", "destroy*", "destruction", "catastroph*", "disaster*", "chaos",
  "invasion", "invade*", "infiltrat*", "terror*", "kill*", "murder*", "slaughter*",
  "deadly", "death*", "die", "dying", "attack*", "enem*", "war", "wars", "violen*",
  "crisis", "collapse*", "annihilat*", "wipe out", "bloodshed", "massacre*", "genocide",
  "nuclear weapon*", "bomb*", "missile*", "disarm*", "brought to their knees",
  "bring to its knees", "to its knees", "under attack", "at risk",
  "pandemic", "virus", "plague", "epidemic", "scare*", "fear*", "afraid", "panic*",
] as const;

/** Words that cast doubt on the other side's honesty. */
export const DOUBT_PHRASES = [
  "trick", "tricks", "tricked", "trickery", "decepti*", "deceiv*", "deceit*", "lie", "lies",
  "lied", "lying", "liar*", "fake", "faked", "hoax*", "so - called", "pretend*", "distort*",
  "propaganda", "fraud*", "scam*", "dishonest*", "mislead*", "misled", "cover - up", "cover up",
  "hypocri*", "cannot be trusted", "can't be trusted", "ca n't be trusted", "not to be trusted",
  "untrustworthy", "false promise*", "double standard*", "hidden agenda", "manipulat*",
  "conspiracy", "rigged", "bogus", "sham",
] as const;

/** First-person plural and national self-reference (the in-group). */
export const IN_GROUP_PHRASES = ["we", "us", "our", "ours", "ourselves", "let 's", "our nation", "our country", "our people"] as const;

/** Third-person plural and named adversaries (the out-group). */
export const OUT_GROUP_PHRASES = ["they", "them", "their", "theirs", "themselves", "the enemy", "the enemies", "our enemies", "the other side", "the opposite side", "those people"] as const;

/** Necessity modals and directives. */
export const NECESSITY_PHRASES = [
  "must", "should", "have to", "has to", "had to", "need to", "needs to", "ought to",
  "it is necessary", "it is essential", "it is imperative", "everyone should know",
  "let 's", "let us", "we cannot allow", "we ca n't allow", "we must not",
] as const;

/** Words that make a reporting verb: n-grams holding them are attribution, not slogan. */
export const REPORTING_FORMS = ["said", "says", "say", "added", "stressed", "noted", "underlined", "told", "stated", "according", "reminded", "warned", "explained", "declared"] as const;

/**
 * Issue 15 lists, written from the technique definitions of Da San Martino et al. (2019) and
 * Dimitrov et al. (2021) and common English usage, before measuring them (no annotated span
 * was copied). Whether a rule may claim a technique is decided by cross-validation
 * (bench/rhetoric.mjs).
 */

/** Accusations of wrongdoing: a clause holding one smears its subject. */
export const ACCUSATION_PHRASES = [
  "corrupt*", "criminal*", "crime*", "fraud*", "lie", "lies", "lied", "lying", "liar*", "steal*", "stole", "stolen",
  "cheat*", "scandal*", "treason*", "traitor*", "brib*", "rigged", "cover - up", "covered up", "collusion", "colluded",
  "embezzl*", "launder*", "extort*", "indicted", "arrested", "convicted", "guilty", "felon*", "perjur*", "obstruct*",
  "abuse of power", "sold out", "paid off", "on the payroll", "in bed with", "in the pocket of", "puppet*", "hypocri*",
] as const;

/** Questions turning a charge back on the accuser (whataboutism). */
export const WHATABOUT_PHRASES = [
  "what about", "how about", "where was", "where were", "where is the outrage", "where's the outrage", "but when",
  "yet when", "remember when", "why did n't", "why didn't", "why was n't", "why wasn't", "funny how", "strange how",
  "interesting how", "double standard*", "but her emails", "and yet",
] as const;

/** Stock phrases that end thought (thought-terminating clichés). */
export const CLICHE_PHRASES = [
  "it is what it is", "it's what it is", "enough is enough", "end of story", "end of discussion", "period", "that's that",
  "that is that", "facts do n't care", "facts don't care", "think about it", "let that sink in", "wake up", "open your eyes",
  "do your research", "do the math", "just saying", "it's that simple", "it is that simple", "simple as that",
  "everything happens for a reason", "boys will be boys", "the science is settled", "move on", "get over it",
  "say no more", "case closed", "you know what they say", "stop the steal", "no excuses", "because i said so",
] as const;

/**
 * Absolute scopes that make a superlative an exaggeration ("the greatest ... in history", "the
 * worst ... ever"): every time, every place, everything.
 */
export const EXAGGERATION_SCOPES = [
  "ever", "in history", "in all history", "in the history of", "in our history", "in human history", "in american history",
  "in recorded history", "in the history of the world", "in the history of mankind", "of all time", "in the world", "in the whole world",
  "on earth", "on the planet", "on the face of the earth", "anywhere", "in existence", "known to man", "known to mankind",
  "in the universe", "imaginable",
] as const;

/** "Never before" frames: something presented as without precedent. */
export const NEVER_BEFORE_PHRASES = [
  "like never before", "as never before", "never before in history", "never in history", "never in our history",
  "never in the history of", "never in human history", "never before seen", "never - before - seen", "unlike anything",
  "unlike anything we have ever seen", "for the first time in history", "for the first time in human history",
] as const;

/** Hyperbolic idioms: larger or better than anything (the task's "the best of the best", "quality guaranteed"). */
export const EXAGGERATION_IDIOMS = [
  "the best of the best", "best of the best", "beyond belief", "beyond imagination", "beyond comprehension", "beyond measure",
  "beyond words", "like no other", "second to none", "the envy of the world", "the mother of all", "a million times",
  "a thousand times", "a hundred times", "off the charts", "out of this world", "quality guaranteed", "millions and millions",
  "billions and billions", "thousands and thousands", "more than anyone", "better than anyone", "bigger than ever",
  "greater than ever", "stronger than ever", "worse than ever", "the whole world knows", "the entire world",
] as const;

/** Minimising idioms: something made to seem smaller or less important than it is (the task's "it was just a joke"). */
export const MINIMISATION_IDIOMS = [
  "just a joke", "only a joke", "just joking", "no big deal", "not a big deal", "nothing more than", "nothing but",
  "a drop in the bucket", "a drop in the ocean", "a few bad apples", "just words", "only words", "a tiny fraction",
  "a tiny minority", "a small price to pay", "a mere", "merely a", "just a few", "only a handful", "a slap on the wrist",
  "much ado about nothing", "a storm in a teacup", "a tempest in a teapot", "overblown", "blown out of proportion",
] as const;

/** Totality adverbs: with an evaluative word after them they push it to the extreme ("totally corrupt"). */
export const TOTALITY_ADVERBS = [
  "totally", "completely", "absolutely", "utterly", "entirely", "literally", "wholly", "infinitely", "unbelievably",
  "incredibly", "insanely", "100 %", "100 percent", "one hundred percent",
] as const;
