import { argumentError, checkString } from "../../errors";
import { CONTEXT_CHARS, contextExcerpt } from "../../segment/context-excerpt";
import type { Corpus, OnWarning } from "../../types";
import { englishOnly } from "../english-only";
import { CLOSURE_CUES, CONDITION_CUES, ENDORSEMENT_CUES, OPPOSITION_PREPOSITIONS, OUTCOME_CUES, REFUSAL_CUES } from "../lexicons/stance-lexicons";
import { anyPhraseAt, corpusSentenceWords, isNegator, negationScopes, negatorText, phraseList, valenceAt, type Phrase, type Word } from "./stance-words";

/** Stance labels, one list serving types, validation and docs. */
export const StanceLabel = { favor: "FAVOR", against: "AGAINST", none: "NONE" } as const;
export type StanceLabel = (typeof StanceLabel)[keyof typeof StanceLabel];

/** Kinds of cue that decide a mention's stance. */
export const StanceCue = {
  /** A refusal or rejection word near the target ("avoiding negotiations", "objection to talks"). */
  refusal: "refusal",
  /** An endorsement word near the target ("open to talks"), or a negated closure ("the door ... is not closed"). */
  endorsement: "endorsement",
  /** The target itself negated ("no talks", "will not negotiate"). */
  negation: "negation",
  /** A negated outcome ("will yield no results", "do not decrease"). */
  futility: "futility",
  /** An evaluative word near the target (AFINN-165, negation-aware). */
  evaluative: "evaluative",
  /** A condition ("if the US returns to the deal, then ..."): weight 0, flagged. */
  condition: "condition",
} as const;
export type StanceCue = (typeof StanceCue)[keyof typeof StanceCue];

/** A named target: what a speaker can be for or against. */
export interface StanceTarget {
  /** Name shown in rows and charts ("talks with the US"). */
  readonly name: string;
  /**
   * Words or phrases naming the target ("talks", "negotiat*"): a trailing `*` matches any
   * ending; all-caps words ("US") match case-sensitively, others ignore case.
   */
  readonly terms: readonly string[];
  /** When given, a term counts only with one of these within `window` words in its sentence ("US", "Americans", "Washington"). */
  readonly near?: readonly string[];
  /** A term with one of these within `window` words does not count ("North Korea"). */
  readonly exclude?: readonly string[];
}

/** Options of {@link targetStance}. */
export interface TargetStanceOptions {
  /** Words between a term and a `near` or `exclude` phrase (default 15). */
  readonly window?: number;
  /** Words between a term and a cue for the cue to count (default 8). */
  readonly cueWindow?: number;
  /** Receives one `not_english` warning naming the languages of the documents left out (the cues are English). */
  readonly onWarning?: OnWarning;
}

/** Columns of {@link targetStance}. */
export const TARGET_STANCE_COLUMNS = ["doc_id", "date", "speaker", "target", "sentence_index", "start", "end", "match", "score", "label", "conditional", "cues", "sentence", "sentence_start", "sentence_end"] as const;

/** One mention of a target with its stance and the cues behind it. */
export type TargetStanceRow = {
  readonly doc_id: string;
  readonly date: string | null;
  readonly speaker: string | null;
  readonly target: string;
  readonly sentence_index: number;
  /** UTF-16 offsets of the first matched term in the document text. */
  readonly start: number;
  readonly end: number;
  readonly match: string;
  /** Sum of the cue weights: above 0 for, below 0 against. */
  readonly score: number;
  /** FAVOR when score >= 1, AGAINST when score <= -1, else NONE. */
  readonly label: StanceLabel;
  /** A condition word precedes the target in the sentence. */
  readonly conditional: boolean;
  /** The cues, `kind:words(weight)` joined by "; " (e.g. "negation:not(-2); evaluative:deceptive(-1)"). */
  readonly cues: string;
  /**
   * The sentence, as written; one longer than 300 characters on either side of the first
   * matched term is cut there and marked "…" (a text without full stops is one sentence).
   */
  readonly sentence: string;
  /** UTF-16 offsets of the part of the sentence shown in `sentence` (the marks excluded). */
  readonly sentence_start: number;
  readonly sentence_end: number;
};

/** Weights of the cue kinds (evaluative: the word's AFINN contribution divided by 3). */
export const STANCE_CUE_WEIGHTS = { refusal: 2, endorsement: 2, negation: 2, futility: 1.5, evaluativeDivisor: 3 } as const;

const REFUSAL = phraseList(REFUSAL_CUES);
const ENDORSE = phraseList(ENDORSEMENT_CUES);
const CLOSURE = phraseList(CLOSURE_CUES);
const OUTCOME = phraseList(OUTCOME_CUES);
const CONDITION = phraseList(CONDITION_CUES);
const OPPOSITION = phraseList(OPPOSITION_PREPOSITIONS);

/**
 * Stance toward a named target in every sentence that mentions it: a score, a label
 * FAVOR / AGAINST / NONE and the cues that decided it. Cues within `cueWindow` words of a
 * target term: refusal words ("avoiding", "objection to", weight -2), endorsement words
 * ("welcome", "open to", +2; negated, they count against), the target negated ("no
 * talks", "will not negotiate", -2), a negated closure ("is not closed", +2), a negated
 * outcome ("yield no results", -1.5), evaluative words (negation-aware AFINN value / 3)
 * and conditions ("if ...", weight 0, flagged in `conditional`).
 *
 * Reads English only (see `isEnglishDocument`): documents in other languages have no rows,
 * and one `not_english` warning names their languages.
 *
 * @param corpus Documents.
 * @param target Name, terms, and optional `near` / `exclude` phrases.
 * @param options `window` (15) and `cueWindow` (8), in words; `onWarning`.
 * @returns Rows {@link TARGET_STANCE_COLUMNS}, one per sentence mentioning the target, in document order
 *   (`targetStanceIterate` gives them one at a time).
 * @example
 * const rows = targetStance(
 *   [{ id: "a", text: "We will not negotiate with Washington.", meta: {} }],
 *   { name: "talks with the US", terms: ["talks", "negotiat*"], near: ["US", "Washington", "American*"] },
 * );
 * rows[0].label; // "AGAINST"; rows[0].cues: "negation:not(-2)"
 */
export function targetStance(corpus: Corpus, target: StanceTarget, options: TargetStanceOptions = {}): TargetStanceRow[] {
  return Array.from(targetStanceSearch("targetStance", corpus, target, options));
}

/**
 * Checks the arguments now, then scores the mentions lazily: what {@link targetStance}
 * collects and `targetStanceIterate` hands out one at a time.
 * @internal
 */
export function targetStanceSearch(FN: string, corpus: Corpus, target: StanceTarget, options: TargetStanceOptions): IterableIterator<TargetStanceRow> {
  if (!Array.isArray(corpus)) throw argumentError(FN, 'argument "corpus"', "an array of documents", corpus);
  if (target === null || typeof target !== "object") throw argumentError(FN, 'argument "target"', "an object {name, terms, near?, exclude?}", target);
  const name = checkString(FN, 'target "name"', target.name);
  const list = (key: "terms" | "near" | "exclude", required: boolean): Phrase[] | undefined => {
    const v = target[key];
    if (v === undefined && !required) return undefined;
    if (!Array.isArray(v) || v.length === 0 || v.some((t) => typeof t !== "string" || t.trim() === "" || t.trim() === "*")) {
      throw argumentError(FN, `target "${key}"`, "a non-empty list of words or phrases", v);
    }
    return phraseList(v);
  };
  const terms = list("terms", true)!;
  const near = list("near", false);
  const exclude = list("exclude", false);
  const window = windowOption(FN, "window", options.window, 15);
  const cueWindow = windowOption(FN, "cueWindow", options.cueWindow, 8);
  const english = englishOnly(FN, corpus, options.onWarning);

  return mentionRows(english.corpus, name, terms, near, exclude, window, cueWindow);
}

function* mentionRows(corpus: Corpus, name: string, terms: Phrase[], near: Phrase[] | undefined, exclude: Phrase[] | undefined, window: number, cueWindow: number): Generator<TargetStanceRow> {
  for (const s of corpusSentenceWords(corpus)) {
    const { doc, words } = s;
    const hits = termHits(words, terms, near, exclude, window);
    if (hits.length === 0) continue;
    const { score, cues, conditional } = mentionCues(words, hits, near ? occurrences(words, near) : [], cueWindow);
    const first = hits[0];
    const start = words[first.at].start;
    const end = words[first.at + first.len - 1].end;
    const shown = contextExcerpt(doc.text, s.start, s.end, start, end, CONTEXT_CHARS, false);
    yield {
      doc_id: doc.id,
      date: doc.date ?? null,
      speaker: doc.speaker ?? null,
      target: name,
      sentence_index: s.index,
      start,
      end,
      match: doc.text.slice(start, end),
      score: round(score),
      label: score >= 1 ? StanceLabel.favor : score <= -1 ? StanceLabel.against : StanceLabel.none,
      conditional,
      cues: cues.join("; "),
      sentence: shown.text,
      sentence_start: shown.start,
      sentence_end: shown.end,
    };
  }
}

interface Hit {
  readonly at: number;
  readonly len: number;
}

function windowOption(fn: string, key: string, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 100) throw argumentError(fn, `option "${key}"`, "an integer from 1 to 100", v);
  return v;
}

function occurrences(words: readonly Word[], list: readonly Phrase[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const len = anyPhraseAt(words, i, list);
    if (len > 0) out.push({ at: i, len });
  }
  return out;
}

function termHits(words: readonly Word[], terms: readonly Phrase[], near: readonly Phrase[] | undefined, exclude: readonly Phrase[] | undefined, window: number): Hit[] {
  const hits = occurrences(words, terms);
  if (hits.length === 0) return hits;
  const within = (h: Hit, others: readonly Hit[]) => others.some((o) => o.at <= h.at + h.len - 1 + window && o.at + o.len - 1 >= h.at - window);
  const nearHits = near ? occurrences(words, near) : undefined;
  const excludeHits = exclude ? occurrences(words, exclude) : [];
  return hits.filter((h) => (nearHits === undefined || within(h, nearHits)) && !within(h, excludeHits));
}

function mentionCues(words: readonly Word[], hits: readonly Hit[], nearHits: readonly Hit[], cueWindow: number): { score: number; cues: string[]; conditional: boolean } {
  const scope = negationScopes(words);
  const inTarget = new Uint8Array(words.length);
  for (const h of [...hits, ...nearHits]) inTarget.fill(1, h.at, h.at + h.len);
  const distance = (i: number) => Math.min(...hits.map((h) => (i < h.at ? h.at - i : Math.max(0, i - (h.at + h.len - 1)))));
  const cues: string[] = [];
  let score = 0;
  const add = (kind: StanceCue, text: string, weight: number) => {
    score += weight;
    cues.push(`${kind}:${text}(${round(weight)})`);
  };
  const negator = (i: number) => (scope[i] >= 0 ? negatorText(words, scope[i]) : null);
  // The target negated ("no talks", "will not negotiate"): once per sentence.
  // Not when a cue word stands between ("do not reject talks": the cue carries the negation).
  const cueBetween = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (anyPhraseAt(words, k, REFUSAL) > 0 || anyPhraseAt(words, k, ENDORSE) > 0) return true;
    return false;
  };
  const negatedHit = hits.find((h) => scope[h.at] >= 0 && !cueBetween(scope[h.at] + 1, h.at));
  if (negatedHit) add(StanceCue.negation, `${negatorText(words, scope[negatedHit.at])}${scope[negatedHit.at] === negatedHit.at - 1 ? " " : " … "}${words[negatedHit.at].surface}`, -STANCE_CUE_WEIGHTS.negation);
  let conditional = false;
  const used = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (inTarget[i] || used[i]) continue;
    if (anyPhraseAt(words, i, CONDITION) > 0 && i < hits[hits.length - 1].at) {
      conditional = true;
      cues.push(`${StanceCue.condition}:${words[i].surface}(0)`);
      continue;
    }
    if (distance(i) > cueWindow || isNegator(words[i].norm)) continue;
    const span = (n: number) => {
      used.fill(1, i, i + n);
      return words.slice(i, i + n).map((w) => w.surface).join(" ");
    };
    const neg = negator(i);
    let n: number;
    if ((n = anyPhraseAt(words, i, OPPOSITION)) > 0) {
      // "against talks": only right before a target term.
      if (hits.some((h) => h.at >= i + n && h.at <= i + n + 1)) add(StanceCue.refusal, span(n), -STANCE_CUE_WEIGHTS.refusal);
    } else if ((n = anyPhraseAt(words, i, REFUSAL)) > 0) {
      const text = span(n);
      add(neg ? StanceCue.endorsement : StanceCue.refusal, neg ? `${neg} ${text}` : text, neg ? STANCE_CUE_WEIGHTS.refusal : -STANCE_CUE_WEIGHTS.refusal);
    } else if ((n = anyPhraseAt(words, i, ENDORSE)) > 0) {
      const text = span(n);
      add(neg ? StanceCue.refusal : StanceCue.endorsement, neg ? `${neg} ${text}` : text, neg ? -STANCE_CUE_WEIGHTS.endorsement : STANCE_CUE_WEIGHTS.endorsement);
    } else if ((n = anyPhraseAt(words, i, CLOSURE)) > 0 && neg) {
      add(StanceCue.endorsement, `${neg} ${span(n)}`, STANCE_CUE_WEIGHTS.endorsement);
    } else if ((n = anyPhraseAt(words, i, OUTCOME)) > 0 && neg) {
      add(StanceCue.futility, `${neg} ${span(n)}`, -STANCE_CUE_WEIGHTS.futility);
    } else {
      const v = valenceAt(words, i);
      if (v !== 0) add(StanceCue.evaluative, neg ? `${neg} ${words[i].surface}` : words[i].surface, (neg ? -v : v) / STANCE_CUE_WEIGHTS.evaluativeDivisor);
    }
  }
  return { score, cues, conditional };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
