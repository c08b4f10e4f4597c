/**
 * Word lists of the stance measures (data only). Written for discourse-lab from the
 * category definitions of Hyland (2005) and Biber et al. (1999); the entries are common
 * English words chosen by hand, not copied from any list.
 *
 * Source: Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum
 * (hedges, boosters, attitude markers, self-mentions, engagement markers, Appendix
 * categories); Biber, D. et al. (1999). Longman Grammar of Spoken and Written English
 * (stance adverbials, negation). Licence: MIT, as the rest of discourse-lab. Version 1.
 * Hedges also come from the `hedges` npm package (MIT, Titus Wormer), read at run time.
 */

/** Boosters: the writer's certainty (Hyland 2005). */
export const BOOSTERS = [
  "certainly", "certain", "clearly", "clear", "definitely", "undoubtedly", "no doubt", "without doubt",
  "surely", "sure", "indeed", "obviously", "of course", "always", "never", "must", "truly", "really",
  "in fact", "absolutely", "decidedly", "evidently", "plainly", "prove", "proves", "proved", "demonstrate",
  "demonstrates", "show", "shows", "know", "knows", "known", "believe", "believes", "undeniably", "firmly",
  "the fact that", "will never", "beyond doubt", "thoroughly", "entirely", "completely",
] as const;

/** Hedges not in the `hedges` package but listed by Hyland (2005). */
export const EXTRA_HEDGES = [
  "may", "might", "could", "perhaps", "possibly", "possible", "probably", "probable", "likely", "unlikely",
  "seem", "seems", "seemed", "suggest", "suggests", "suggested", "somewhat", "rather", "fairly", "largely",
  "in general", "generally", "usually", "often", "sometimes", "to some extent", "in part", "partly",
  "tend", "tends", "assume", "estimate", "apparently", "relatively", "would",
] as const;

/** Entries of the `hedges` package not counted as hedges here ("will" marks the future; Hyland lists it nowhere). */
export const HEDGES_PACKAGE_EXCLUDED = ["will"] as const;

/** Attitude markers: affective evaluation (Hyland 2005: attitude verbs, sentence adverbs, adjectives). */
export const ATTITUDE_MARKERS = [
  "unfortunately", "fortunately", "hopefully", "regrettably", "surprisingly", "remarkably", "interestingly",
  "importantly", "admittedly", "sadly", "happily", "curiously", "astonishingly", "shockingly", "rightly",
  "wrongly", "agree", "agrees", "disagree", "prefer", "prefers", "hope", "hopes", "regret", "regrets",
  "important", "essential", "crucial", "vital", "remarkable", "unacceptable", "appropriate", "inappropriate",
  "shameful", "disgraceful", "proud", "wise", "unwise", "foolish", "dangerous", "outrageous", "deplorable",
  "appalling", "welcome", "welcomes", "even", "amazing", "astonishing", "unbelievable", "correctly",
  "rational", "irrational", "hollow", "brutal", "impudent", "insolent",
] as const;

/** Self-mentions: the speaker's explicit presence (Hyland 2005). Matched case-insensitively except "I". */
export const SELF_MENTIONS = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"] as const;

/** Engagement markers: addressing the audience (Hyland 2005: reader pronouns, directives, questions). */
export const ENGAGEMENT_MARKERS = [
  "you", "your", "yours", "yourself", "yourselves", "let us", "let's", "consider", "imagine", "note",
  "remember", "think about", "recall", "look at", "see", "should know", "take note", "must understand",
  "everyone should", "ask yourself", "my fellow", "fellow citizens", "fellow americans", "friends",
] as const;

/** Negators: open a negation scope over the next few words (Biber et al. 1999, ch. 3.8). */
export const NEGATORS = [
  "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere", "without", "cannot",
  "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't",
  "wouldn't", "couldn't", "mustn't", "haven't", "hasn't", "hadn't", "ain't", "hardly", "barely", "scarcely",
  "cant", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt",
  "couldnt", "havent", "hasnt", "hadnt", "n't",
] as const;

/** Words that close a negation scope: clause links and contrast (Biber et al. 1999). */
export const SCOPE_BREAKERS = ["but", "however", "although", "though", "yet", "whereas", "while", "and", "because", "so", "which", "that", "who"] as const;

/** Refusal and rejection: a cue word before the target means opposing it ("objection to talks"). */
export const REFUSAL_CUES = [
  "avoid", "avoids", "avoiding", "avoided", "refuse", "refuses", "refused", "refusing", "reject", "rejects",
  "rejected", "rejecting", "rejection", "oppose", "opposes", "opposed", "opposing", "opposition", "objection",
  "objections", "object", "ban", "bans", "banned", "banning", "boycott", "boycotts", "forbid",
  "forbidding", "prohibit", "prohibits", "prohibited", "stop", "stops", "end", "ending", "abandon", "abandoned",
  "abolish", "abolishing", "block", "blocks", "blocking", "resist", "resists", "resisting", "rule out",
  "ruled out", "no to", "condemn", "condemns", "condemned", "deceptive", "trick", "futile", "fruitless",
  "useless", "pointless", "worthless", "fail", "fails", "failed", "failure", "imposition", "impose", "imposing",
  "dictates", "insolent", "humiliating", "humiliation",
] as const;

/** Prepositions of opposition: a refusal cue only right before the target ("against talks"). */
export const OPPOSITION_PREPOSITIONS = ["against", "instead of", "rather than"] as const;

/** Endorsement: a cue word near the target means supporting it ("open to talks"). */
export const ENDORSEMENT_CUES = [
  "support", "supports", "supported", "supporting", "endorse", "endorses", "endorsed", "welcome", "welcomes",
  "welcomed", "favor", "favors", "favour", "favours", "accept", "accepts", "accepted", "embrace", "embraces",
  "pursue", "pursues", "pursuing", "seek", "seeks", "seeking", "ready", "willing", "open", "open to",
  "call for", "calls for", "urge", "urges", "promote", "promotes", "advocate", "advocates", "agree to",
  "committed", "commit", "continue", "continues", "resume", "resumes", "expand", "strengthen", "encourage",
  "encourages", "fruitful", "productive", "constructive", "useful", "possibilities", "cooperation",
] as const;

/** Closure words whose negation is an endorsement ("the door of talks is not closed"). */
export const CLOSURE_CUES = ["closed", "close", "closes", "shut", "over", "ended", "impossible", "off", "out of the question"] as const;

/** Outcome words: what a thing achieves; negated or "no ..." they count against it ("yield no results"). */
export const OUTCOME_CUES = [
  "results", "result", "solve", "solves", "resolve", "resolves", "help", "helps", "work", "works", "succeed",
  "succeeds", "success", "achieve", "achieves", "benefit", "benefits", "improve", "improves", "reduce",
  "reduces", "decrease", "decreases", "lift", "lifts", "progress", "compromise", "solution", "gain", "gains",
  "protect", "protects", "save", "saves", "prevent", "prevents", "effective", "value", "worth",
] as const;

/** Condition openers ("if the US returns to the deal, then ..."). */
export const CONDITION_CUES = ["if", "unless", "provided", "providing", "as long as", "only if", "on condition", "otherwise"] as const;

/**
 * Evaluative words missing from AFINN-165, with a score on AFINN's -5..5 scale, chosen for
 * political speech. AFINN (via the `sentiment` package) scores every other word.
 */
export const EXTRA_EVALUATIVE: Readonly<Record<string, number>> = {
  insolent: -3, impudent: -3, trick: -2, tricks: -2, deceit: -3, infiltration: -2, infiltrate: -2,
  imposition: -2, dictates: -2, dictatorship: -3, tyrannical: -3, usurpation: -3, arrogance: -2,
  collaborator: -2, puppet: -2, futile: -2, fruitless: -2, pointless: -2, contradictory: -1, excessive: -2,
  unjust: -3, unfair: -2, illegitimate: -2, reckless: -2, disastrous: -3, catastrophic: -3, corruption: -3,
  abuse: -3, exploitation: -2, pollution: -2, obesity: -1, addiction: -2, discrimination: -2, violence: -3,
  unemployment: -2, poverty: -2, disease: -2, diseases: -2, death: -2, deaths: -2, damage: -2, damages: -2,
  fruitful: 2, productive: 2, constructive: 2, beneficial: 2, effective: 2, efficient: 2, fairness: 2,
  prosperity: 2, stability: 2, security: 1, rights: 1, democracy: 1, dignity: 2, innovation: 2, growth: 1,
  transparency: 2, accountability: 2, cooperation: 2, participation: 1, equality: 2, empowerment: 2,
  necessary: 1, unnecessary: -2, essential: 2, expensive: -1, unconstitutional: -3, inequality: -2, censorship: -2,
  terrorism: -3, wasteful: -2, harmful: -2, unsafe: -2, inefficiency: -2, ineffectiveness: -2, unhealthy: -2,
};

/**
 * Diminishers: verbs that turn the valence of what they act on ("reduces crime" is good
 * news, "prevents disease" too). Used by claim stance.
 */
export const DIMINISHERS = [
  "reduce", "reduces", "reduced", "reducing", "reduction", "decrease", "decreases", "decreasing", "lower", "lowers",
  "lowering", "prevent", "prevents", "prevented", "preventing", "prevention", "cut", "cuts", "cutting", "eliminate",
  "eliminates", "eliminating", "combat", "combats", "combating", "fight", "fights", "fighting", "curb", "curbs",
  "curbing", "stop", "stops", "stopping", "end", "ends", "ending", "avoid", "avoids", "avoiding", "limit", "limits",
  "limiting", "alleviate", "alleviates", "mitigate", "mitigates", "ease", "eases", "counter", "counters", "protect",
  "protects", "protecting", "against", "remove", "removes", "ban", "bans", "outlaw", "minimize", "minimise",
  "deter", "deters", "deterring", "deterrent", "hinder", "hinders", "tackle", "tackles", "tackling", "overcome",
  "overcomes", "solve", "solves", "solving", "resolve", "resolves", "relieve", "relieves", "guard", "safeguard",
  "escape", "undermine", "undermines", "undermining", "restrict", "restricts", "restricting", "restriction",
  "restrictions", "suppress", "suppresses", "suppression", "destroy", "destroys", "destroying", "erode", "erodes",
  "weaken", "weakens", "weakening", "threaten", "threatens", "threatening", "deprive", "deprives", "lack", "lacks",
  "loss", "lose", "loses", "losing", "free from", "free of", "freedom from", "rid", "abolish", "abolishes", "abolishing",
];

/**
 * Words that put what follows on the other side of a comparison ("better than X",
 * "instead of X"): sentiment inside that phrase is about the alternative. Used by claim stance.
 */
export const CONTRAST_OPENERS = ["than", "rather than", "instead of", "unlike", "compared to", "compared with", "as opposed to"] as const;

/**
 * Openers that deny the proposition that follows ("it is not true that ...", "it is a myth
 * that ..."): the whole claim's sentiment is reversed. Used by claim stance.
 */
export const CLAIM_DENIALS = [
  "it is not true that", "it is false that", "it is a myth that", "it is wrong to say that", "it is a mistake to think that",
  "there is no evidence that", "there is little evidence that", "contrary to the belief that", "the myth that",
] as const;

/**
 * Reversers of a motion read only in predicate position ("would ban X", "X should be banned",
 * "X is harmful", "justified in forbidding X"), never inside a noun phrase ("term limits").
 * Used by claim stance; {@link MOTION_REVERSERS} counts them anywhere.
 */
export const MOTION_PREDICATE_REVERSERS = [
  "not", "no", "never", "ban", "banned", "banning", "prohibit", "prohibited", "prohibiting", "forbid", "forbidden",
  "forbidding", "abolish", "abolished", "abolishing", "outlaw", "outlawed", "criminalize", "criminalise", "criminalized",
  "criminalised", "criminal", "illegal", "disband", "disbanded", "restrict", "restricted", "restricting", "limit",
  "limited", "limiting", "end", "ended", "ending", "stop", "stopped", "cut", "reduce", "reduced", "oppose", "opposes",
  "reject", "rejects", "harmful", "bad", "wrong", "immoral", "unjust", "unjustified", "dangerous", "abandon",
  "abandoned", "remove", "removed", "repeal", "repealed", "scrap", "scrapped", "cap", "capped", "censor", "censored",
  "boycott", "boycotted", "sanction", "withdraw", "leave", "close", "closed", "phase", "condemn", "condemns",
] as const;

/**
 * Words after which a motion's predicate starts (modals, "to", forms of "be", "in"; "a"/"an"
 * are skipped, "be a criminal offence"):
 * a reverser counts when it follows one of them or opens the motion. Used by claim stance.
 */
export const MOTION_PREDICATE_OPENERS = [
  "would", "should", "shall", "must", "can", "could", "will", "may", "might", "to", "not", "never", "be", "is", "are",
  "was", "were", "been", "being", "in", "by", "does", "do", "did", "sometimes", "always", "also",
  "now", "further", "gradually", "immediately", "completely", "totally", "entirely",
] as const;

/**
 * Words that reverse the direction of a debate motion ("should not subsidize", "ban",
 * "criminalize"): used to read a motion's polarity toward its subject.
 */
export const MOTION_REVERSERS = [
  "not", "no", "never", "ban", "banned", "prohibit", "prohibited", "forbid", "forbidding", "abolish", "outlaw",
  "criminalize", "criminalise", "criminal", "disband", "restrict", "restricting", "limit", "limits", "end", "stop",
  "cut", "reduce", "oppose", "harmful", "bad", "abandon", "remove", "repeal", "scrap", "cap", "censor",
  "boycott", "sanction", "sanctions", "withdraw", "leave", "close",
] as const;

/**
 * Words of a debate motion that frame it rather than name its subject ("This house believes
 * that ... is justified"): skipped when claim stance looks for mentions of the subject.
 */
export const MOTION_FRAME_WORDS = [
  "this", "house", "believes", "believe", "that", "would", "should", "supports", "support", "with", "from", "have",
  "their", "there", "which", "when", "been", "were", "into", "than", "they", "them", "these", "those", "using",
  "order", "most", "some", "sometimes", "right", "justified", "method", "methods", "effective", "against", "other",
  "about", "more", "less", "better", "worse", "good", "harmful", "encourage", "allow", "allowed", "government",
  "governments", "state", "states",
] as const;
