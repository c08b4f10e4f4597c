import { argumentError } from "../../errors";
import { CONTEXT_CHARS, contextExcerpt } from "../../segment/context-excerpt";
import type { Corpus, OnWarning } from "../../types";
import { englishOnly } from "../english-only";
import { ATTITUDE_MARKERS, BOOSTERS, ENGAGEMENT_MARKERS, EXTRA_HEDGES, HEDGES_PACKAGE_EXCLUDED, SELF_MENTIONS } from "../lexicons/stance-lexicons";
import { markerFrame, type FrameSentence } from "./marker-frames";
import { corpusSentenceWords, negationScopes, phraseAt, phraseOf, type Phrase, type Word } from "./stance-words";

/** Stance marker categories (Hyland 2005), plus opt-in weasel words. */
export const StanceMarkerCategory = {
  hedge: "hedge",
  booster: "booster",
  attitude: "attitude",
  selfMention: "self_mention",
  engagement: "engagement",
  /** Vague "weasel" words from the `weasels` package; opt-in. */
  weasel: "weasel",
} as const;
export type StanceMarkerCategory = (typeof StanceMarkerCategory)[keyof typeof StanceMarkerCategory];

/** The five Hyland categories, the default of {@link stanceMarkers}. */
export const HYLAND_CATEGORIES: readonly StanceMarkerCategory[] = ["hedge", "booster", "attitude", "self_mention", "engagement"];

/** Columns of {@link stanceMarkers}. */
export const STANCE_MARKER_COLUMNS = ["doc_id", "date", "speaker", "category", "marker", "start", "end", "rule", "lexicon", "sentence_index", "sentence", "sentence_start", "sentence_end"] as const;

/** One stance marker found in a text. */
export type StanceMarkerRow = {
  readonly doc_id: string;
  readonly date: string | null;
  readonly speaker: string | null;
  readonly category: StanceMarkerCategory;
  /** The marker as written. */
  readonly marker: string;
  /** UTF-16 offsets in the document text. */
  readonly start: number;
  readonly end: number;
  /**
   * What decided the hit: "lexicon" (on the list, no frame rule speaks to it),
   * "negated_booster" ("not certain" hedges), "frame:<rule>" when a frame rule kept it
   * ("frame:epistemic_modal", "frame:speaker_believe"), or, with `dropped: true`,
   * "dropped:<rule>" for a hit its frame rules out ("dropped:root_can" for "we can build").
   */
  readonly rule: string;
  /** The list the marker comes from ("hedges@2.0.1", "weasels@2.0.1", "discourse-lab:hyland-2005"). */
  readonly lexicon: string;
  readonly sentence_index: number;
  /**
   * The sentence holding the marker, as written; a sentence longer than 300 characters on
   * either side of the marker is cut there and marked "…", so a row stays small however long
   * the sentence (a text without full stops is one sentence).
   */
  readonly sentence: string;
  /** UTF-16 offsets of the part of the sentence shown in `sentence` (the marks excluded). */
  readonly sentence_start: number;
  readonly sentence_end: number;
};

/** Options of {@link stanceMarkers}. */
export interface StanceMarkersOptions {
  /** Categories to find (default the five Hyland categories; add "weasel" for vague words). */
  readonly categories?: readonly StanceMarkerCategory[];
  /** Receives one `not_english` warning naming the languages of the documents left out (the lexicons are English). */
  readonly onWarning?: OnWarning;
  /**
   * Also return the hits their frame rules out, with rule "dropped:<rule>" (default false):
   * to print each decision with its evidence. Never count these rows as markers.
   */
  readonly dropped?: boolean;
}

// `hedges` and `weasels` are ESM-only lists without top-level await: Node 20.19+ loads them
// with require() from this CommonJS output, in scripts and in tslab alike.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hedgesPackage = require("hedges") as { hedges: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const weaselsPackage = require("weasels") as { weasels: string[] };

interface Entry {
  readonly phrase: Phrase;
  readonly category: StanceMarkerCategory;
  readonly lexicon: string;
}

const OWN = "discourse-lab:hyland-2005";
const HEDGES_LEX = "hedges@2.0.1";
const WEASELS_LEX = "weasels@2.0.1";
// A marker in several lists takes the first category here (a booster is not also a hedge).
const SOURCES: readonly [StanceMarkerCategory, readonly string[], string][] = [
  ["booster", BOOSTERS, OWN],
  ["attitude", ATTITUDE_MARKERS, OWN],
  ["engagement", ENGAGEMENT_MARKERS, OWN],
  ["self_mention", SELF_MENTIONS, OWN],
  ["hedge", EXTRA_HEDGES, OWN],
  ["hedge", hedgesPackage.hedges.filter((h) => !(HEDGES_PACKAGE_EXCLUDED as readonly string[]).includes(h)), HEDGES_LEX],
  ["weasel", weaselsPackage.weasels, WEASELS_LEX],
];
const ENTRIES: readonly Entry[] = (() => {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const [category, list, lexicon] of SOURCES) {
    for (const w of list) {
      const key = w.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ phrase: phraseOf(key), category, lexicon });
    }
  }
  // Longest phrase first, so "no doubt" wins over "no".
  return out.sort((a, b) => b.phrase.parts.length - a.phrase.parts.length);
})();

const MONTH_CONTEXT = new Set(["in", "on", "of", "since", "until", "till", "last", "next", "early", "late", "mid", "by", "during", "from", "through", "before", "after", "this"]);
const APPROXIMATORS = new Set(["about", "around", "roughly", "approximately", "some", "nearly", "almost"]);
const ORDINAL_NOUNS = new Set(["war", "part", "title", "chapter", "phase", "world", "king", "henry", "george", "charles", "elizabeth", "louis"]);

/**
 * Stance markers (Hyland 2005): hedges, boosters, attitude markers, self-mentions and
 * engagement markers, one row per hit with its sentence. Hedges come from the `hedges`
 * package (MIT) and a list after Hyland; the other categories from lists after Hyland
 * (src/measure/lexicons/stance-lexicons.ts); weasel words (`weasels` package) on request.
 * Traps handled: "May" the month (capitalised mid-sentence, or after "in", "last", ... or
 * before a number) and "May God ..." are not hedges; a booster inside a negation ("not
 * certain", "never clear") is counted as a hedge (rule "negated_booster"); "about" /
 * "around" hedge only before a number; "US" (all caps) is not the pronoun "us"; "I" after
 * "War" / "Part" is a numeral.
 *
 * Markers that mean what they say: each hit of a word the lists share with other senses is
 * kept only in the frame where it does its category's job, and its `rule` names the frame
 * rule ("frame:epistemic_modal"); `dropped: true` also returns the hits ruled out
 * ("dropped:root_can"). Hedges: "can" only in "can be said/argued", "can seem"; "could",
 * "may", "might" not when contingent ("such changes as may be"), in purpose clauses ("in
 * order that"), negated, asking or after a personal subject ("he could"); "should" is
 * deontic; "would" not in "would like", reported speech or relative "who would"; quantifiers
 * ("many", "much", "most", "few") never; "like" only as an approximation ("something like
 * 40"), not the verb or the preposition (compromise's part of speech); "say" only in ", say,
 * 40"; "estimate" not as a noun. Boosters: "must" only epistemic ("must have been"); "certain"
 * only predicative ("certain that"); "believe" and "know" only the speaker's ("I believe",
 * not "believe in", "to believe", ", I believe,"); "prove"/"show" only with "that".
 * Attitude: "even" not concessive or before a comparative; "hope" only the speaker's (verb
 * after I/we, "the hope that", "my hope"), not "hopes of" others. Engagement: directives
 * ("consider", "remember", "see") only addressed (you, we, let us) or imperative; "friends"
 * only as a vocative. Self-mention: "we", "our", "us" only in executive frames ("we propose",
 * "our plan"); the national "we" is not the speaker alone. Any marker inside quotation marks
 * is another speaker's. Developed on the DEV half of an annotated sample of the bundled
 * corpus (`bench/stance-markers.mjs`).
 *
 * Reads English only (see `isEnglishDocument`): documents in other languages have no rows,
 * and one `not_english` warning names their languages.
 *
 * @param corpus Documents.
 * @param options `categories` (the five Hyland categories), `onWarning`, `dropped`.
 * @returns Rows {@link STANCE_MARKER_COLUMNS}, in document and text order
 *   (`stanceMarkersIterate` gives them one at a time).
 * @example
 * stanceMarkers([{ id: "a", text: "I may perhaps agree. It is not certain. In May we can win.", meta: {} }])
 *   .map((r) => `${r.category}:${r.marker}:${r.rule}`);
 * // ["self_mention:I:lexicon", "hedge:may:frame:epistemic_modal", "hedge:perhaps:lexicon", "attitude:agree:lexicon", "hedge:certain:negated_booster"]
 * // ("we" is inclusive, "can" is ability: both dropped; pass `dropped: true` to see them)
 * @see Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum.
 */
export function stanceMarkers(corpus: Corpus, options: StanceMarkersOptions = {}): StanceMarkerRow[] {
  return Array.from(stanceMarkerSearch("stanceMarkers", corpus, options));
}

/**
 * Checks the arguments now, then finds the markers lazily: what {@link stanceMarkers}
 * collects and `stanceMarkersIterate` hands out one at a time.
 * @internal
 */
export function stanceMarkerSearch(FN: string, corpus: Corpus, options: StanceMarkersOptions): IterableIterator<StanceMarkerRow> {
  if (!Array.isArray(corpus)) throw argumentError(FN, 'argument "corpus"', "an array of documents", corpus);
  const all = Object.values(StanceMarkerCategory) as string[];
  const cats = options.categories ?? HYLAND_CATEGORIES;
  if (!Array.isArray(cats) || cats.length === 0 || cats.some((c) => !all.includes(c))) throw argumentError(FN, 'option "categories"', `a non-empty list of ${all.join(", ")}`, cats);
  const english = englishOnly(FN, corpus, options.onWarning);
  const withDropped = options.dropped ?? false;
  if (typeof withDropped !== "boolean") throw argumentError(FN, 'option "dropped"', "true or false", withDropped);
  return markerRows(english.corpus, new Set<string>(cats), withDropped);
}

function* markerRows(corpus: Corpus, wanted: ReadonlySet<string>, withDropped: boolean): Generator<StanceMarkerRow> {
  for (const s of corpusSentenceWords(corpus)) {
    const { doc, words } = s;
    const scope = negationScopes(words);
    const frameSentence: FrameSentence = { words, text: s.text, start: s.start, scope };
    for (let i = 0; i < words.length; ) {
      const hit = matchAt(words, i);
      if (!hit) {
        i++;
        continue;
      }
      const { entry, len } = hit;
      let category: StanceMarkerCategory = entry.category;
      let rule = "lexicon";
      if (category === "booster" && scope[i] >= 0) {
        category = "hedge";
        rule = "negated_booster";
      }
      let kept = true;
      if (rule === "lexicon" && wanted.has(category) && !isTrap(words, i, len, entry)) {
        const frame = markerFrame(frameSentence, i, len, category);
        if (frame) {
          kept = frame.keep;
          rule = `${frame.keep ? "frame" : "dropped"}:${frame.rule}`;
        }
      }
      if (wanted.has(category) && !isTrap(words, i, len, entry) && (kept || withDropped)) {
        const start = words[i].start;
        const end = words[i + len - 1].end;
        const shown = contextExcerpt(doc.text, s.start, s.end, start, end, CONTEXT_CHARS, false);
        yield {
          doc_id: doc.id,
          date: doc.date ?? null,
          speaker: doc.speaker ?? null,
          category,
          marker: doc.text.slice(start, end),
          start,
          end,
          rule,
          lexicon: entry.lexicon,
          sentence_index: s.index,
          sentence: shown.text,
          sentence_start: shown.start,
          sentence_end: shown.end,
        };
      }
      i += len;
    }
  }
}

/** Entries whose first part is matched by prefix or case-sensitively: tried at every word. */
const ALWAYS = ENTRIES.filter((e) => e.phrase.exactCase || e.phrase.prefix[0]);
/** Entries that can start at a word of a given norm, with ALWAYS, in ENTRIES order. */
const BY_FIRST: ReadonlyMap<string, readonly Entry[]> = (() => {
  const firsts = new Set(ENTRIES.filter((e) => !ALWAYS.includes(e)).map((e) => e.phrase.parts[0]));
  return new Map([...firsts].map((f) => [f, ENTRIES.filter((e) => ALWAYS.includes(e) || e.phrase.parts[0] === f)]));
})();

function candidatesFor(norm: string): readonly Entry[] {
  return BY_FIRST.get(norm) ?? ALWAYS;
}

function matchAt(words: readonly Word[], i: number): { entry: Entry; len: number } | undefined {
  // Plain version: for (const entry of ENTRIES) { const len = phraseAt(words, i, entry.phrase); if (len > 0) return { entry, len }; }
  for (const entry of candidatesFor(words[i].norm)) {
    const len = phraseAt(words, i, entry.phrase);
    if (len > 0) return { entry, len };
  }
  return undefined;
}

const isNumber = (w: Word | undefined) => w !== undefined && /^\p{N}/u.test(w.surface);

/** Whether the hit at word i is a known false friend of its marker. */
function isTrap(words: readonly Word[], i: number, len: number, entry: Entry): boolean {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + len];
  if (len === 1 && w.norm === "may") {
    if (w.surface === "May" && i > 0) return true; // capitalised mid-sentence: the month
    if (prev && MONTH_CONTEXT.has(prev.norm)) return true;
    if (isNumber(next)) return true;
    if (w.surface === "May" && next && /^\p{Lu}/u.test(next.surface)) return true; // "May God bless ..."
  }
  if (len === 1 && APPROXIMATORS.has(w.norm) && entry.category === "hedge" && entry.lexicon === HEDGES_LEX && !isNumber(next)) return true;
  if (len === 1 && w.norm === "us" && w.surface === "US") return true;
  if (len === 1 && w.surface === "I" && prev && ORDINAL_NOUNS.has(prev.norm)) return true;
  return false;
}
