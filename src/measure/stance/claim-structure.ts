/**
 * The structure of a claim toward a debate motion (after Bar-Haim et al., EACL 2017): the
 * motion's target and its polarity, the claim's target and how it relates to the motion's
 * (consistent or contrastive), the sentiment toward it, and the evidence for each. Claim
 * stance is the product; the trainable claim model reads the same structure as
 * topic-abstract features. Internal to measure/stance/.
 */
import { CLAIM_DENIALS, CONTRAST_OPENERS, DIMINISHERS, MOTION_FRAME_WORDS, MOTION_PREDICATE_REVERSERS, OUTCOME_CUES, SCOPE_BREAKERS } from "../lexicons/stance-lexicons";
import { claimMotionPolarity, MOTION_PREFIX } from "./claim-motion-polarity";
import { claimValence, contrastiveTo } from "./claim-lexicon";
import { anyPhraseAt, isNegator, negationScopes, negatorText, phraseList, textWords, type Word } from "./stance-words";

/** What a motion is about and which way it points. */
export interface MotionStructure {
  /** +1 when the motion speaks for its subject, -1 against. */
  readonly polarity: 1 | -1;
  /** Reversers in predicate position that set the polarity ("ban", "not"). */
  readonly reversers: readonly string[];
  /** The motion's target as written (its content words, first to last). */
  readonly target: string;
  /** Normalized content words naming the target. */
  readonly targetWords: readonly string[];
  /** Their 5-letter stems (a claim word starting with one mentions the target). */
  readonly stems: readonly string[];
}

/** A scored word of a claim and what happened to its value. */
export interface ClaimCue {
  readonly k: number;
  readonly word: string;
  /** Its lexicon value, and where the value comes from ("afinn", "wordnet:derivation of harm"). */
  readonly valence: number;
  readonly source: string;
  value: number;
  readonly notes: string[];
  /** Within the window and clause of a mention of the claim's target. */
  near: boolean;
}

/** How a claim's target relates to the motion's. */
export type TargetRelation = "consistent" | "contrastive" | "unstated";

/** The structure of one claim toward one motion. */
export interface ClaimStructure {
  readonly motion: MotionStructure;
  /** The claim's target as written, or "" when the claim names no target word of the motion. */
  readonly target: string;
  /** Where the target is: "subject" (starts in the first third of the claim), "object", "none". */
  readonly position: "subject" | "object" | "none";
  readonly relation: TargetRelation;
  /** Why: "same words: video games", "antonym: private~public", "alternative: instead of". */
  readonly relationEvidence: string;
  /** Sentiment toward the claim's target (sum of the cues' values, reversed after a denial). */
  readonly sentiment: number;
  /** The part of it within reach of a mention of the target. */
  readonly nearSentiment: number;
  /** What the words of the WordNet expansion add (counted in `sentiment` only with `expand`). */
  readonly wordnetSentiment: number;
  readonly cues: readonly ClaimCue[];
  readonly futility: readonly string[];
  readonly denial: boolean;
  readonly negations: number;
  /** Modal words: "deontic" (should, must, ought, need), "epistemic" (may, might, could). */
  readonly modality: readonly ("deontic" | "epistemic")[];
  /** A contrast marker ("but", "however", "although", "despite", "whereas"). */
  readonly contrast: boolean;
  /**
   * Motion polarity x sentiment toward the motion's target: each cue already carries the
   * relation of what it is said about (turned near a contrastive counterpart, and everywhere
   * in a claim whose only target is a counterpart).
   */
  readonly score: number;
}

const OUTCOME = phraseList(OUTCOME_CUES);
const DIMINISHER = phraseList(DIMINISHERS);
const CONTRAST = phraseList(CONTRAST_OPENERS);
const DENIAL = phraseList(CLAIM_DENIALS);
const BREAKERS: ReadonlySet<string> = new Set(SCOPE_BREAKERS);
const PREDICATE_REVERSERS: ReadonlySet<string> = new Set(MOTION_PREDICATE_REVERSERS);
const MOTION_FRAME: ReadonlySet<string> = new Set(MOTION_FRAME_WORDS);
const DEONTIC: ReadonlySet<string> = new Set(["should", "must", "ought", "need", "needs", "shall"]);
const EPISTEMIC: ReadonlySet<string> = new Set(["may", "might", "could", "perhaps", "possibly", "probably"]);
const CONTRAST_MARKERS: ReadonlySet<string> = new Set(["but", "however", "although", "though", "despite", "whereas", "nevertheless", "yet"]);
/** Words between a diminisher and the word it turns. */
const DIMINISHER_WINDOW = 4;
/** Weight of a sentiment word within {@link TARGET_WINDOW} words of a mention of the target. */
const TARGET_WEIGHT = 2;
const TARGET_WINDOW = 6;

/** The motion's polarity, target and target stems. */
export function motionStructure(topic: string): MotionStructure {
  const { polarity, reversers } = claimMotionPolarity(topic);
  const body = topic.replace(MOTION_PREFIX, "");
  const words = textWords(body);
  const content = words.filter((w) => w.norm.length > 3 && !MOTION_FRAME.has(w.norm) && !PREDICATE_REVERSERS.has(w.norm));
  const target = content.length ? body.slice(content[0].start, content[content.length - 1].end) : body.trim();
  return { polarity, reversers, target, targetWords: content.map((w) => w.norm), stems: content.map((w) => w.norm.slice(0, 5)) };
}

/** Whether word k closes the clause of the word before it. */
function closes(words: readonly Word[], k: number): boolean {
  return words[k].breakBefore || BREAKERS.has(words[k].norm);
}

/**
 * Reads the structure of claim `text` toward `motion`: mentions of the motion's target
 * (words starting with one of its stems) and of a contrastive counterpart (a WordNet
 * antonym of a target word, or "anti-"/"non-" before one); the sentiment words with
 * negation, diminishers ("reduces crime"), the other side of a comparison ("than X"),
 * outcomes denied ("does not help"), the words near a mention doubled; a denial ("it is not
 * true that") reverses it all. Words of the WordNet expansion count only with `expand`; their
 * sum is kept apart either way (`wordnetSentiment`).
 */
export function claimStructure(motion: MotionStructure, text: string, expand = false): ClaimStructure {
  const words = textWords(text);
  const stems = motion.stems;
  const mention = words.map((w) => w.norm.length > 3 && stems.some((st) => w.norm.startsWith(st)));
  const counter = counterMentions(words, motion, mention);
  const denialAt = words.map((_, k) => anyPhraseAt(words, k, DENIAL));
  const scope = negationScopes(words);
  const cues: ClaimCue[] = [];
  for (let k = 0; k < words.length; k++) {
    if (isNegator(words[k].norm) || mention[k] || counter[k] !== "") continue;
    const v = claimValence(words, k);
    if (v.value === 0) continue;
    const neg = scope[k] >= 0 ? negatorText(words, scope[k]).toLowerCase().replace(/’/g, "'") : null;
    cues.push({ k, word: words[k].surface, valence: v.value, source: v.source, value: neg === null ? v.value : -v.value, notes: neg ? [neg] : [], near: false });
  }
  const dropped = shiftValues(words, cues, mention);
  const rel = relationOf(words, mention, counter);
  weightNearTarget(words, cues, mention, counter, rel.relation === "contrastive");
  const inDenial = new Set<number>();
  denialAt.forEach((n, k) => {
    for (let d = k; d < k + n; d++) inDenial.add(d);
  });
  let total = 0;
  let near = 0;
  let wordnet = 0;
  const kept: ClaimCue[] = [];
  for (const c of cues) {
    if (inDenial.has(c.k)) continue;
    if (dropped.has(c.k)) {
      kept.push({ ...c, value: 0, notes: ["shifter"] });
      continue;
    }
    if (c.source !== "afinn") {
      wordnet += c.value;
      if (!expand) continue;
    }
    total += c.value;
    if (c.near) near += c.value;
    kept.push(c);
  }
  const futility: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (scope[k] >= 0 && anyPhraseAt(words, k, OUTCOME) > 0) {
      total -= 1;
      futility.push(`${negatorText(words, scope[k])} ${words[k].surface}`);
    }
  }
  const denial = denialAt.some((n) => n > 0);
  if (denial) {
    total = -total;
    near = -near;
    wordnet = -wordnet;
  }
  const { target, position } = targetOf(text, words, rel.relation === "contrastive" ? counter.map((c) => c !== "") : mention);
  const modality: ("deontic" | "epistemic")[] = [];
  for (const w of words) {
    if (DEONTIC.has(w.norm)) modality.push("deontic");
    else if (EPISTEMIC.has(w.norm)) modality.push("epistemic");
  }
  return {
    motion,
    target,
    position,
    relation: rel.relation,
    relationEvidence: rel.evidence,
    sentiment: total,
    nearSentiment: near,
    wordnetSentiment: wordnet,
    cues: kept,
    futility,
    denial,
    negations: words.filter((w) => isNegator(w.norm)).length,
    modality,
    contrast: words.some((w) => CONTRAST_MARKERS.has(w.norm)),
    score: motion.polarity * total,
  };
}

/**
 * For each word, the motion-target word it is a contrastive counterpart of ("" when none):
 * a WordNet antonym of a target word ("private" for "public"), or a target word after
 * "anti" / "non" ("anti-abortion").
 */
function counterMentions(words: readonly Word[], motion: MotionStructure, mention: readonly boolean[]): string[] {
  const counter = words.map((w, k) => {
    if (mention[k]) {
      const prev = words[k - 1];
      return prev && (prev.norm === "anti" || prev.norm === "non") && prev.end + 1 >= w.start ? `${prev.norm}-${w.norm}` : "";
    }
    const of = contrastiveTo(w.norm, motion.targetWords);
    return of ? `${w.norm}~${of}` : "";
  });
  // A mention right after a counterpart ("private schools" for "public schools") names the counterpart.
  for (let k = 1; k < words.length; k++) {
    if (counter[k] === "" && mention[k] && counter[k - 1] !== "" && !mention[k - 1] && !words[k].breakBefore) counter[k - 1] = counter[k] = `${counter[k - 1]} ${words[k].norm}`;
  }
  return counter;
}

/** The claim's target: the longest stretch of mentions (function words between allowed), and where it starts. */
function targetOf(text: string, words: readonly Word[], mention: readonly boolean[]): { target: string; position: ClaimStructure["position"] } {
  let best: [number, number] | undefined;
  for (let k = 0; k < words.length; k++) {
    if (!mention[k]) continue;
    let j = k;
    while (j + 1 < words.length && !words[j + 1].breakBefore && (mention[j + 1] || (j + 2 < words.length && mention[j + 2] && words[j + 1].norm.length <= 3))) j += mention[j + 1] ? 1 : 2;
    if (!best || j - k > best[1] - best[0]) best = [k, j];
    k = j;
  }
  if (!best) return { target: "", position: "none" };
  return { target: text.slice(words[best[0]].start, words[best[1]].end), position: best[0] < words.length / 3 ? "subject" : "object" };
}

/**
 * Consistent when the claim names the motion's target; contrastive when it does not and its
 * subject (a counterpart in the first third of the claim) is a counterpart of it; else
 * unstated (read as consistent).
 */
function relationOf(words: readonly Word[], mention: readonly boolean[], counter: readonly string[]): { relation: TargetRelation; evidence: string } {
  const named = words.filter((_, k) => mention[k] && counter[k] === "").map((w) => w.norm);
  if (named.length > 0) return { relation: "consistent", evidence: `same words: ${[...new Set(named)].join(" ")}` };
  const subject = counter.findIndex((c) => c !== "");
  if (subject >= 0 && subject < words.length / 3) return { relation: "contrastive", evidence: [...new Set(counter.filter((c) => c !== ""))].join(",") };
  return { relation: "unstated", evidence: "no target word of the motion (taken as consistent)" };
}

/**
 * Turns the value of a word after a diminisher (within the window and the clause) or a
 * contrast opener (in the clause); returns the indices of the diminishers' own words.
 */
function shiftValues(words: readonly Word[], cues: readonly ClaimCue[], mention: readonly boolean[]): Set<number> {
  // A word naming the motion's subject ("term limits") is not a shifter.
  const dimAt = words.map((_, k) => (mention[k] ? 0 : anyPhraseAt(words, k, DIMINISHER)));
  const contrastAt = words.map((_, k) => anyPhraseAt(words, k, CONTRAST));
  const dropped = new Set<number>();
  for (const c of cues) {
    const k = c.k;
    for (let j = k - 1; j >= 0 && j >= k - DIMINISHER_WINDOW; j--) {
      if (dimAt[j] > 0 && j + dimAt[j] <= k) {
        c.value = -c.value;
        c.notes.push(`turned:${words.slice(j, j + dimAt[j]).map((w) => w.surface).join(" ")}`);
        for (let d = j; d < j + dimAt[j]; d++) dropped.add(d);
        break;
      }
      if (closes(words, j + 1)) break;
    }
    for (let j = k - 1; j >= 0; j--) {
      if (contrastAt[j] > 0 && j + contrastAt[j] <= k) {
        c.value = -c.value;
        c.notes.push(`contrast:${words[j].surface}`);
        break;
      }
      if (words[j + 1].breakBefore) break;
    }
  }
  return dropped;
}

/**
 * Sentiment toward the target: words in the clause of a mention of it count double; in a
 * claim whose target is a contrastive counterpart, every word is turned (bad news for the
 * counterpart is good news for the motion's target), those near the counterpart doubled.
 */
function weightNearTarget(words: readonly Word[], cues: readonly ClaimCue[], mention: readonly boolean[], counter: readonly string[], contrastive: boolean): void {
  const about = contrastive ? counter.map((c) => c !== "") : mention.map((m, k) => m && counter[k] === "");
  for (const c of cues) {
    let near = false;
    for (let j = c.k - 1; j >= 0 && j >= c.k - TARGET_WINDOW && !near; j--) {
      near = about[j];
      if (!near && words[j + 1].breakBefore) break;
    }
    for (let j = c.k + 1; j < words.length && j <= c.k + TARGET_WINDOW && !near && !words[j].breakBefore; j++) near = about[j];
    if (near) {
      c.value *= TARGET_WEIGHT;
      c.notes.push(contrastive ? "counterpart" : "target");
      c.near = true;
    }
    if (contrastive) {
      c.value = -c.value;
      if (!near) c.notes.push("counterpart-claim");
    }
  }
}

/** The structure of each claim toward its motion (each motion read once). @internal */
export function claimStructures(rows: readonly { readonly target: string; readonly text: string }[], expand = false): ClaimStructure[] {
  const motions = new Map<string, MotionStructure>();
  return rows.map((r) => {
    let m = motions.get(r.target);
    if (!m) motions.set(r.target, (m = motionStructure(r.target)));
    return claimStructure(m, r.text, expand);
  });
}
