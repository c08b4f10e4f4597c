import nlp from "compromise/two";
import type { Word } from "./stance-words";

/**
 * What the frame of a stance-marker hit decided: kept in its category (`keep`) or dropped, and
 * the rule that decided it (the row's `rule` column: "frame:<rule>" when kept,
 * "dropped:<rule>" when dropped).
 * @internal
 */
export interface FrameDecision {
  readonly keep: boolean;
  readonly rule: string;
}

/** One sentence being read: its words, and compromise's tags of them, computed on first use. @internal */
export interface FrameSentence {
  readonly words: readonly Word[];
  /** Text of the sentence and its offset in the document (the words' offsets are the document's). */
  readonly text: string;
  readonly start: number;
  /** Negation scope of each word (>= 0: inside one), from `negationScopes`. */
  readonly scope: Int32Array;
  tags?: (ReadonlySet<string> | undefined)[];
}

const EMPTY: ReadonlySet<string> = new Set();

/** Words on each side of a word that compromise reads to tag it (a window, not the whole sentence: long sentences cost). */
const TAG_WINDOW = 5;

/** compromise's part-of-speech tags of word i, from the words around it (tagged only when a rule asks). */
function pos(s: FrameSentence, i: number): ReadonlySet<string> {
  if (i < 0 || i >= s.words.length) return EMPTY;
  s.tags ??= new Array(s.words.length);
  if (s.tags[i] === undefined) {
    const a = Math.max(0, i - TAG_WINDOW);
    const b = Math.min(s.words.length - 1, i + TAG_WINDOW);
    const window = s.text.slice(s.words[a].start - s.start, s.words[b].end - s.start);
    // The k-th word of the window spelled like word i is compromise's k-th term spelled so
    // (its term objects, not its JSON: an order of magnitude cheaper).
    const target = s.words[i].norm;
    let k = 0;
    for (let j = a; j < i; j++) if (s.words[j].norm === target) k++;
    let found: ReadonlySet<string> = EMPTY;
    const docs = (nlp(window) as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs;
    outer: for (const sentence of docs) {
      for (const term of sentence) {
        if (term.text.toLowerCase().replace(/’/g, "'") !== target) continue;
        if (k-- === 0) {
          found = term.tags;
          break outer;
        }
      }
    }
    s.tags[i] = found;
  }
  return s.tags[i] ?? EMPTY;
}

const set = (...w: string[]): ReadonlySet<string> => new Set(w);
const keep = (rule: string): FrameDecision => ({ keep: true, rule });
const drop = (rule: string): FrameDecision => ({ keep: false, rule });

const isNumber = (w: Word | undefined) => w !== undefined && /^\p{N}/u.test(w.surface);
const norm = (s: FrameSentence, i: number) => s.words[i]?.norm ?? "";

const FIRST_PERSON = set("i", "we");
const PERSONAL_SUBJECTS = set("i", "we", "you", "he", "she", "they");
const DETERMINERS = set("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "each", "every", "general", "such");
const BE = set("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m");
const QUANTIFIERS = set("many", "much", "most", "few", "several", "little", "something", "some", "lot", "lots");
const ROOT_MODALS = set("can", "could", "may", "might");
/** Words before a modal that make it contingent, not a judgement of likelihood ("such changes as may be necessary", "all who may emigrate"). */
const CONTINGENT = set("as", "who", "whoever", "whatever", "whichever", "however", "whenever", "wherever");
const EPISTEMIC_PARTICIPLES = set("said", "argued", "expected", "assumed", "seen", "considered", "regarded", "supposed", "thought", "estimated", "doubted", "questioned");
const COMPARATIVES = set("more", "less", "greater", "better", "worse", "further", "larger", "higher", "lower", "smaller", "stronger", "fewer");
const DIRECTIVES = set("consider", "remember", "recall", "note", "imagine", "look", "see", "think");
const INCLUSIVE = set("you", "we", "us", "let", "let's");
const EXECUTIVE_VERBS = set("propose", "proposed", "recommend", "recommended", "request", "requested", "estimate", "estimated", "submit", "submitted", "send", "sent", "transmit", "transmitted", "direct", "directed", "ordered", "completed", "appointed", "instructed", "asked", "ask", "intend", "plan");
const EXECUTIVE_NOUNS = set("administration", "plan", "plans", "proposal", "proposals", "program", "budget", "request", "requests", "recommendation", "recommendations", "initiative", "reforms", "message", "policy");
/** Words whose part of speech is known without the tagger (its call costs: it is asked only about other words). */
const FUNCTION_WORDS = set(
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "each", "every", "such",
  "be", "is", "are", "was", "were", "been", "being", "am", "to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but",
  "which", "who", "it", "he", "she", "they", "we", "i", "you", "not", "will", "would", "can", "could", "may", "might", "shall", "should",
  "must", "have", "has", "had", "do", "does", "did", "as", "than", "so", "there", "no",
);
const APPROXIMATE_NUMBER = set("about", "around", "roughly", "approximately", "nearly", "almost", "some");

/**
 * Whether a word (or the first of a phrase) at i is inside quotation marks of the sentence: an
 * odd number of straight quotes before it with one after, or an opening curly quote before it
 * not closed before it. Quoted words are another speaker's (GUIDELINES principle 1).
 */
function quoted(s: FrameSentence, i: number): boolean {
  const at = s.words[i].start - s.start;
  const before = s.text.slice(0, at);
  const after = s.text.slice(at);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && after.includes('"')) return true;
  return before.lastIndexOf("“") > before.lastIndexOf("”") && after.includes("”");
}

/** Whether one of `subjects` stands within `n` words before i with no clause break or "to" between. */
function subjectBefore(s: FrameSentence, i: number, subjects: ReadonlySet<string>, n: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - n); k--) {
    if (subjects.has(s.words[k].norm)) return true;
    if (s.words[k + 1].breakBefore || s.words[k].norm === "to") return false;
  }
  return false;
}

/** Whether word i opens its clause (first of the sentence, or after , ; : or a dash). */
const clauseInitial = (s: FrameSentence, i: number) => i === 0 || s.words[i].breakBefore;

function hedge(s: FrameSentence, i: number, len: number): FrameDecision | undefined {
  const w = norm(s, i);
  const prev = norm(s, i - 1);
  const next = s.words[i + len];
  const n = next?.norm ?? "";
  if (len > 1) return w === "so" && norm(s, i + 1) === "far" ? drop("so_far_temporal") : undefined;
  if (QUANTIFIERS.has(w)) return w === "some" && isNumber(next) ? keep("approximator_before_number") : drop("quantifier");
  if (APPROXIMATE_NUMBER.has(w)) return isNumber(next) ? keep("approximator_before_number") : undefined;
  if (ROOT_MODALS.has(w) || w === "would" || w === "should") {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (CONTINGENT.has(s.words[k].norm)) return drop("contingent_modal");
      if (s.words[k + 1].breakBefore) break;
    }
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      if ((s.words[k].norm === "order" || s.words[k].norm === "so") && norm(s, k + 1) === "that") return drop("purpose_clause");
    }
  }
  if (w === "can") {
    // Ability and possibility in the root sense ("we can build"); epistemic only in "can be said/argued", "can seem".
    if ((n === "be" && EPISTEMIC_PARTICIPLES.has(norm(s, i + 2))) || n === "seem" || n === "appear") return keep("epistemic_can");
    return drop("root_can");
  }
  if (w === "could" || w === "might" || w === "may") {
    if (w === "may" && (n === "i" || n === "we") ) return drop("permission_may");
    if (w === "could" && PERSONAL_SUBJECTS.has(prev)) return drop("ability_could");
    if (s.scope[i] >= 0 || prev === "never" || n === "not" || n === "n't") return drop("negated_modal");
    if (i + 1 < s.words.length && PERSONAL_SUBJECTS.has(n)) return drop("modal_question_or_inversion");
    return keep("epistemic_modal");
  }
  if (w === "should") return drop("deontic_should");
  if (w === "would") {
    if (n === "like" || n === "rather" || n === "love" || (n === "you" && norm(s, i + 2) === "please")) return drop("volitional_would");
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (s.words[k].norm === "that" || s.words[k].norm === "who") return drop("reported_would");
      if (s.words[k + 1].breakBefore) break;
    }
    return keep("hypothetical_would");
  }
  if (w === "like") {
    if (prev === "something" || prev === "anything" || isNumber(next)) return keep("approximation_like");
    // Every other "like" is out; the rule says why when the words before show the verb.
    if (PERSONAL_SUBJECTS.has(prev) || prev === "would" || prev === "should" || prev === "'d" || prev === "to" || prev === "people") return drop("verb_like");
    return drop("like_not_approximating");
  }
  // "say" approximates only before a number it is set off from ("some, say, 40 firms"); otherwise it reports.
  if (w === "say" || w === "says" || w === "said") return (isNumber(next) && next?.breakBefore) || prev === "let's" ? keep("approximation_say") : drop("reporting_say");
  if (w === "estimate" || w === "estimates") return DETERMINERS.has(prev) || pos(s, i).has("Noun") ? drop("noun_estimate") : undefined;
  if (w === "largely") return n.endsWith("ed") ? drop("degree_largely") : undefined;
  if (w === "apparent") return DETERMINERS.has(prev) ? keep("attributive_apparent") : drop("predicative_apparent");
  if (w === "possible") return n === "to" || n === "for" ? drop("feasibility_possible") : undefined;
  if (w === "necessarily") return s.scope[i] >= 0 ? keep("negated_necessarily") : drop("emphatic_necessarily");
  if (w === "suggest" || w === "suggests" || w === "suggested") return n === "that" && !FIRST_PERSON.has(prev) ? keep("evidential_suggest") : drop("proposal_suggest");
  if (w === "rather" || w === "fairly" || w === "somewhat" || w === "relatively") {
    if (n === "than" || prev === "but" || prev === "or") return drop("contrast_rather");
    const t = next && !FUNCTION_WORDS.has(n) ? pos(s, i + 1) : EMPTY;
    return t.has("Adjective") || t.has("Adverb") || t.has("Comparative") ? keep("degree_before_adjective") : drop("manner_adverb");
  }
  if (w === "appear" || w === "appears" || w === "appeared") return n === "before" || n === "in" || n === "at" || n === "on" ? drop("physical_appear") : undefined;
  return undefined;
}

function booster(s: FrameSentence, i: number, len: number): FrameDecision | undefined {
  const w = norm(s, i);
  const prev = norm(s, i - 1);
  const n = norm(s, i + len);
  if (len > 1) return undefined;
  if (w === "must") {
    if (n === "have" && /ed$|en$|wn$|ne$/.test(norm(s, i + 2))) return keep("epistemic_must_have");
    if (n === "necessarily" || n === "inevitably" || n === "surely" || n === "certainly") return keep("epistemic_must");
    return drop("deontic_must");
  }
  if (w === "certain" || w === "sure") {
    if (n === "that" || n === "to" || n === "of" || BE.has(prev) || prev === "am" || prev === "feel" || prev === "quite" || prev === "very" || prev === "absolutely") return keep("predicative_certain");
    // "certain" before another word is attributive: "certain duties", "a certain statute" (specific, not sure).
    if (w === "certain" && (prev === "a" || (s.words[i + 1] !== undefined && !s.words[i + 1].breakBefore))) return drop("specific_certain");
    return undefined;
  }
  if (w === "known") return n === "that" || (BE.has(prev) && n !== "as" && n !== "to" && n !== "by") ? keep("known_that") : drop("known_named");
  if (w === "know" || w === "knows") return subjectBefore(s, i, set("i", "we", "you", "all", "everyone", "everybody"), 3) && s.scope[i] < 0 ? keep("speaker_know") : drop("know_other");
  if (w === "believe" || w === "believes") {
    if (n === "in") return drop("believe_in");
    if (s.scope[i] >= 0 || prev === "to" || prev === "must" || prev === "ever") return drop("believe_not_asserted");
    // ", I believe," set off by commas inside a clause is tentative.
    if (FIRST_PERSON.has(prev) && i > 1 && s.words[i - 1].breakBefore && s.words[i + 1]?.breakBefore) return drop("parenthetical_believe");
    return subjectBefore(s, i, FIRST_PERSON, 3) ? keep("speaker_believe") : drop("belief_of_others");
  }
  if (w === "prove" || w === "proves" || w === "proved" || w === "show" || w === "shows") {
    return n === "that" || n === "beyond" || n === "conclusively" ? keep("demonstrate_that") : drop("turn_out_or_display");
  }
  if (w === "clearly" || w === "plainly" || w === "firmly") {
    // After the verb it modifies it is manner ("spoken plainly"); before a clause or a belief verb it is stance.
    const p = i > 0 && !s.words[i].breakBefore && !FUNCTION_WORDS.has(prev) ? pos(s, i - 1) : EMPTY;
    return p.has("Verb") && !BE.has(prev) && !p.has("Modal") ? drop("manner_adverb") : undefined;
  }
  return undefined;
}

function attitude(s: FrameSentence, i: number): FrameDecision | undefined {
  const w = norm(s, i);
  const prev = norm(s, i - 1);
  const n = norm(s, i + 1);
  if (w === "even") {
    if (n === "if" || n === "though" || n === "when" || n === "so") return drop("concessive_even");
    if (COMPARATIVES.has(n) || (n.endsWith("er") && pos(s, i + 1).has("Comparative"))) return drop("comparative_even");
    return keep("scalar_even");
  }
  if (w === "hope" || w === "hopes") {
    if (n === "of" || prev === "little" || prev === "no") return drop("hope_of_others");
    // A determiner or possessive before it makes a noun; otherwise ask the tagger.
    const verb = !DETERMINERS.has(prev) && prev !== "new" && prev !== "greatest" && (FIRST_PERSON.has(prev) || prev === "to" || (w === "hope" && !FUNCTION_WORDS.has(prev) && pos(s, i).has("Verb")));
    if (verb) {
      if (s.scope[i] >= 0) return drop("negated_hope");
      if (prev === "to") return keep("hope_verb");
      return subjectBefore(s, i, FIRST_PERSON, 3) || prev === "," ? keep("speaker_hope") : drop("hope_of_others");
    }
    return n === "that" || prev === "my" || prev === "our" || norm(s, i - 2) === "our" ? keep("hope_that") : drop("hope_as_object");
  }
  if (w === "wise" && (prev === "no" || prev === "any")) return drop("in_no_wise");
  if (w === "agree" || w === "agrees") return n === "on" || n === "upon" || n === "to" ? drop("reach_agreement") : undefined;
  return undefined;
}

function engagement(s: FrameSentence, i: number, len: number): FrameDecision | undefined {
  const w = norm(s, i);
  const prev = norm(s, i - 1);
  if (len > 1) return undefined;
  if (w === "your" && norm(s, i + 1) === "committee") return drop("your_committee");
  if (w === "friends") {
    if (prev === "my" || prev === "dear" || prev === "fellow" || (clauseInitial(s, i) && s.words[i + 1]?.breakBefore)) return keep("vocative_friends");
    return drop("friends_as_allies");
  }
  if (DIRECTIVES.has(w) || w === "considers" || w === "notes") {
    if (w === "note" && (DETERMINERS.has(prev) || norm(s, i + 1) === "of")) return drop("noun_note");
    if (subjectBefore(s, i, INCLUSIVE, 6)) return keep("addressed_directive");
    if (clauseInitial(s, i) || prev === "and" || prev === "but" || prev === "so" || prev === "now" || prev === "just") return keep("imperative");
    return drop("not_directed");
  }
  return undefined;
}

/** `we`, `our`, `us`: the speaker only in executive frames ("we propose", "our plan"); national or inclusive otherwise. */
function selfMention(s: FrameSentence, i: number): FrameDecision | undefined {
  const w = norm(s, i);
  if (w !== "we" && w !== "our" && w !== "us" && w !== "ours" && w !== "ourselves") return undefined;
  const n = norm(s, i + 1);
  const n2 = norm(s, i + 2);
  if (w === "our") return EXECUTIVE_NOUNS.has(n) || EXECUTIVE_NOUNS.has(n2) ? keep("executive_our") : drop("national_our");
  if (w === "we" && (EXECUTIVE_VERBS.has(n) || EXECUTIVE_VERBS.has(n2) || EXECUTIVE_VERBS.has(norm(s, i + 3)))) return keep("executive_we");
  return drop("inclusive_we");
}

/**
 * The frame decision for a stance-marker hit of `len` words at word i of a sentence, in the
 * category the lists give it; undefined when no frame rule speaks to it (kept as "lexicon").
 * Hits inside quotation marks are another speaker's and are dropped in every category.
 * @internal
 */
export function markerFrame(s: FrameSentence, i: number, len: number, category: string): FrameDecision | undefined {
  if (quoted(s, i)) return drop("quoted");
  if (category === "hedge") return hedge(s, i, len);
  if (category === "booster") return booster(s, i, len);
  if (category === "attitude") return attitude(s, i);
  if (category === "engagement") return engagement(s, i, len);
  if (category === "self_mention") return selfMention(s, i);
  return undefined;
}
