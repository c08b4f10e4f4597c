import { argumentError } from "../../errors";
import type { OnWarning } from "../../types";
import { warnNotEnglish } from "../english-only";
import { isEnglishText } from "../is-english-document";
import { CLAIM_DENIALS, CONTRAST_OPENERS, DIMINISHERS, MOTION_FRAME_WORDS, MOTION_PREDICATE_REVERSERS, OUTCOME_CUES, SCOPE_BREAKERS } from "../lexicons/stance-lexicons";
import { claimMotionPolarity, MOTION_PREFIX } from "./claim-motion-polarity";
import { predictStance } from "./predict-stance";
import { checkStanceModel, type StanceInput, type StanceModel } from "./stance-model";
import { anyPhraseAt, negationScopes, negatorText, phraseList, textWords, type Word } from "./stance-words";
import { scoreWords, type SentimentWord } from "./text-sentiment";

/** Columns of {@link claimStance}. */
export const CLAIM_STANCE_COLUMNS = ["id", "target", "stance", "score", "confidence", "motion_polarity", "claim_sentiment", "cues"] as const;

/** The stance of one claim toward its topic. */
export type ClaimStanceRow = {
  readonly id: string;
  readonly target: string;
  /** FAVOR (supports the topic) or AGAINST (contests it); null for a claim not in English (its numbers are NaN). */
  readonly stance: "FAVOR" | "AGAINST" | null;
  /** Above 0 for FAVOR, below for AGAINST. */
  readonly score: number;
  /** |score| squashed to 0..1: rank by it to trade coverage for accuracy. */
  readonly confidence: number;
  /** +1 when the motion speaks for its subject, -1 when against ("ban", "not", "harmful"); NaN for a claim not read. */
  readonly motion_polarity: number;
  /** Negation-aware lexicon score of the claim toward the motion's subject (AFINN-165 with outcome, diminisher, contrast, denial and target rules). */
  readonly claim_sentiment: number;
  /** What decided it: motion reversers, scored words, model score. */
  readonly cues: string;
};

/** Options of {@link claimStance}. */
export interface ClaimStanceOptions {
  /**
   * A model from `trainStanceModel` with `motionPolarity: true`, trained on other topics;
   * its score is added to the lexicon rule's (default: the rule alone).
   */
  readonly model?: StanceModel;
  /** Weight of the model score against the rule's (default 1). */
  readonly modelWeight?: number;
  /** Receives one `not_english` warning naming the languages of the claims left out. */
  readonly onWarning?: OnWarning;
}

const OUTCOME = phraseList(OUTCOME_CUES);
const DIMINISHER = phraseList(DIMINISHERS);
const CONTRAST = phraseList(CONTRAST_OPENERS);
const DENIAL = phraseList(CLAIM_DENIALS);
const BREAKERS: ReadonlySet<string> = new Set(SCOPE_BREAKERS);
const PREDICATE_REVERSERS: ReadonlySet<string> = new Set(MOTION_PREDICATE_REVERSERS);
/** Words between a diminisher and the word it turns. */
const DIMINISHER_WINDOW = 4;

/** Whether word k closes the clause of the word before it. */
function closes(words: readonly Word[], k: number): boolean {
  return words[k].breakBefore || BREAKERS.has(words[k].norm);
}

/**
 * Whether a claim supports or contests a debate topic ("This house would ban X"), for
 * topics never seen before (after Bar-Haim et al. 2017: sentiment toward the target, times the
 * motion's direction): the claim's negation-aware sentiment (AFINN-165) toward what it talks
 * about, times the polarity of the motion. The claim side: a negated outcome ("does not
 * reduce") counts -1; a word acted on by a diminisher ("reduces crime", "restricts freedom")
 * is turned; a word after "than", "rather than", "instead of" is about the alternative and is
 * turned; words near a mention of the motion's subject count double; a denial ("it is not
 * true that ...") reverses it all. The motion side ({@link claimMotionPolarity}): each
 * reverser in predicate position ("would ban X", "should not subsidize X", "X is harmful")
 * flips it; "enforce term limits" stays +1. A claim with no sentiment gets FAVOR with
 * confidence 0. With `options.model` the model's score is added.
 *
 * Reads English only: a claim whose `lang` names another language, or without `lang` whose
 * letters are mostly not Latin script (see `isEnglishDocument`), gets stance null and NaN
 * numbers, with one `not_english` warning naming the languages.
 *
 * @param rows Rows `{id, target, text, lang?}`: target the topic, text the claim.
 * @param options See {@link ClaimStanceOptions}.
 * @returns Rows {@link CLAIM_STANCE_COLUMNS}, in input order.
 * @example
 * claimStance([{ id: "1", target: "This house would ban smoking in public", text: "Smoking harms the health of bystanders" }])[0].stance;
 * // "FAVOR": the claim is negative about smoking, the motion is against it
 * @see Bar-Haim, R. et al. (2017). Stance classification of context-dependent claims. EACL.
 */
export function claimStance(rows: readonly StanceInput[], options: ClaimStanceOptions = {}): ClaimStanceRow[] {
  const FN = "claimStance";
  if (!Array.isArray(rows)) throw argumentError(FN, 'argument "rows"', "an array of {id, target, text}", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string") throw argumentError(FN, `rows[${i}]`, "an object with string id, target and text", r);
  });
  const model = options.model === undefined ? undefined : checkStanceModel(options.model);
  if (model && !model.settings.motionPolarity) throw argumentError(FN, 'option "model"', "a model trained with motionPolarity: true", "motionPolarity: false");
  const modelWeight = options.modelWeight ?? 1;
  if (typeof modelWeight !== "number" || !(modelWeight >= 0)) throw argumentError(FN, 'option "modelWeight"', "a number >= 0", modelWeight);
  const read = rows.map((r) => isEnglishText(r.text, r.lang));
  if (read.includes(false)) {
    warnNotEnglish(FN, rows.filter((_, i) => !read[i]).map((r) => r.lang), rows.length, "claim", options.onWarning);
    const scored = claimStance(rows.filter((_, i) => read[i]), { ...options, onWarning: undefined });
    let k = 0;
    return rows.map((r, i) => (read[i] ? scored[k++] : { id: String(r.id), target: r.target, stance: null, score: NaN, confidence: NaN, motion_polarity: NaN, claim_sentiment: NaN, cues: "" }));
  }
  const predicted = model ? predictStance(model, rows) : undefined;
  // Many claims share a motion: read each motion once.
  const motions = new Map<string, { polarity: 1 | -1; reversers: string[]; stems: string[] }>();
  const motionOf = (topic: string) => {
    let m = motions.get(topic);
    if (!m) motions.set(topic, (m = { ...claimMotionPolarity(topic), stems: motionStems(topic) }));
    return m;
  };
  return rows.map((r, i) => {
    const { polarity, reversers, stems } = motionOf(r.target);
    const { sentiment: claimSentiment, cues: sentimentCues } = claimSentimentOf(r.text, stems);
    const rule = Math.tanh((polarity * claimSentiment) / 4);
    const modelScore = predicted ? predicted[i].score : 0;
    const score = rule + modelWeight * modelScore;
    const cues = [
      `motion:${polarity > 0 ? "+1" : "-1"}${reversers.length ? `(${reversers.join(",")})` : ""}`,
      ...sentimentCues,
      ...(predicted ? [`model:${round(modelScore)}`] : []),
    ];
    return {
      id: String(r.id),
      target: r.target,
      stance: score >= 0 ? "FAVOR" : "AGAINST",
      score: round(score),
      confidence: round(Math.abs(Math.tanh(score))),
      motion_polarity: polarity,
      claim_sentiment: claimSentiment,
      cues: cues.join(" "),
    };
  });
}

/** Weight of a sentiment word within {@link TARGET_WINDOW} words of a mention of the motion's subject. */
const TARGET_WEIGHT = 2;
const TARGET_WINDOW = 6;
/** Words of a motion that do not name its subject (frame, evaluation, function words). */
const MOTION_FRAME: ReadonlySet<string> = new Set(MOTION_FRAME_WORDS);

/**
 * Stems (first 5 letters) of the content words of a motion that name its subject:
 * words over 3 letters, not frame words ("believes", "justified", "effective") or reversers.
 */
function motionStems(topic: string): string[] {
  return textWords(topic.replace(MOTION_PREFIX, "")).map((w) => w.norm).filter((w) => w.length > 3 && !MOTION_FRAME.has(w) && !PREDICATE_REVERSERS.has(w)).map((w) => w.slice(0, 5));
}
/**
 * The claim's sentiment toward the motion's subject: negation-aware AFINN; each negated
 * outcome ("does not help") -1; a word within 4 words after a diminisher in its clause
 * ("reduces crime", "restricts freedom") turned, the diminisher's own value dropped; a word
 * after a contrast opener in its clause ("rather than X", "better than X") turned, being about
 * the alternative; a word within 6 words of a mention of the subject, in its clause, doubled;
 * all of it reversed after a denial ("it is not true that ...").
 */
function claimSentimentOf(text: string, stems: readonly string[]): { sentiment: number; cues: string[] } {
  const words = textWords(text);
  const at = new Map(words.map((w, k) => [w.start, k]));
  const mention = words.map((w) => w.norm.length > 3 && stems.some((st) => w.norm.startsWith(st)));
  const denialAt = words.map((_, k) => anyPhraseAt(words, k, DENIAL));
  const scored: Scored[] = scoreWords(words).words.map((w) => ({ k: at.get(w.start)!, w, value: w.contribution, notes: w.negated_by ? [w.negated_by] : [] }));
  const dropped = shiftScores(words, scored, mention);
  if (stems.length) weightNearSubject(words, scored, mention);
  const inDenial = new Set<number>();
  denialAt.forEach((n, k) => {
    for (let d = k; d < k + n; d++) inDenial.add(d);
  });
  let total = 0;
  const cues: string[] = [];
  for (const s of scored) {
    // The words of a denial are its frame; the words naming the motion's subject are not an opinion of it.
    if (inDenial.has(s.k) || mention[s.k]) continue;
    if (dropped.has(s.k)) {
      cues.push(`${s.w.word}:0(shifter)`);
      continue;
    }
    total += s.value;
    cues.push(`${s.w.word}:${s.value}${s.notes.length ? `(${s.notes.join(",")})` : ""}`);
  }
  const scope = negationScopes(words);
  for (let k = 0; k < words.length; k++) {
    if (scope[k] >= 0 && anyPhraseAt(words, k, OUTCOME) > 0) {
      total -= 1;
      cues.push(`futility:${negatorText(words, scope[k])} ${words[k].surface}`);
    }
  }
  if (denialAt.some((n) => n > 0)) {
    total = -total;
    cues.push("denial");
  }
  return { sentiment: total, cues };
}

/** A scored word of a claim: its index, the scored word, its value so far and the notes on it. */
interface Scored {
  readonly k: number;
  readonly w: SentimentWord;
  value: number;
  readonly notes: string[];
}

/**
 * Turns the value of a word after a diminisher (within the window and the clause) or a
 * contrast opener (in the clause); returns the indices of the diminishers' own words.
 */
function shiftScores(words: readonly Word[], scored: readonly Scored[], mention: readonly boolean[]): Set<number> {
  // A word naming the motion's subject ("term limits") is not a shifter.
  const dimAt = words.map((_, k) => (mention[k] ? 0 : anyPhraseAt(words, k, DIMINISHER)));
  const contrastAt = words.map((_, k) => anyPhraseAt(words, k, CONTRAST));
  const dropped = new Set<number>();
  for (const s of scored) {
    const k = s.k;
    // The nearest diminisher before the word, within the window and the clause.
    for (let j = k - 1; j >= 0 && j >= k - DIMINISHER_WINDOW; j--) {
      if (dimAt[j] > 0 && j + dimAt[j] <= k) {
        s.value = -s.value;
        s.notes.push(`turned:${words.slice(j, j + dimAt[j]).map((w) => w.surface).join(" ")}`);
        for (let d = j; d < j + dimAt[j]; d++) dropped.add(d);
        break;
      }
      if (closes(words, j + 1)) break;
    }
    for (let j = k - 1; j >= 0; j--) {
      if (contrastAt[j] > 0 && j + contrastAt[j] <= k) {
        s.value = -s.value;
        s.notes.push(`contrast:${words[j].surface}`);
        break;
      }
      if (words[j + 1].breakBefore) break;
    }
  }
  return dropped;
}

/** Sentiment toward the motion's subject: words in the clause of a mention of it count more. */
function weightNearSubject(words: readonly Word[], scored: readonly Scored[], mention: readonly boolean[]): void {
  for (const s of scored) {
    let near = false;
    for (let j = s.k - 1; j >= 0 && j >= s.k - TARGET_WINDOW && !near; j--) {
      if (mention[j]) near = true;
      else if (words[j + 1].breakBefore) break;
    }
    for (let j = s.k + 1; j < words.length && j <= s.k + TARGET_WINDOW && !near && !words[j].breakBefore; j++) if (mention[j]) near = true;
    if (near) {
      s.value *= TARGET_WEIGHT;
      s.notes.push("target");
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
