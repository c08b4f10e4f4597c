import { CONTEXT_CHARS, contextExcerpt, type ContextExcerpt } from "../segment/context-excerpt";
import { tokenStream } from "../segment/token-stream";
import type { Corpus, Document, OnWarning } from "../types";
import { englishOnly } from "./english-only";
import { builtInRhetoricRules } from "./rhetoric-rules";
import { resolveRules, type RhetoricRuleInput } from "./rhetoric/resolve-rules";
import { documentContext } from "./rhetoric/rule-context";
import type { RhetoricRule, RuleContext } from "./rhetoric/rule";

export type { RhetoricPatternRule, RhetoricRuleInput } from "./rhetoric/resolve-rules";

const FN = "rhetoricMatches";

/** Columns of {@link rhetoricMatches}, in order. */
export const RHETORIC_MATCH_COLUMNS = ["doc_id", "date", "speaker", "rule", "technique", "start", "end", "text", "sentence", "sentence_start", "sentence_end"] as const;

/**
 * One span a rule found: `text === doc.text.slice(start, end)` (UTF-16 offsets).
 * `sentence` is the sentence (or sentences) holding the span, whitespace collapsed and cut
 * to 300 characters either side of the span (marked "…").
 */
export type RhetoricMatchRow = {
  readonly doc_id: string;
  readonly date: string | null;
  readonly speaker: string | null;
  readonly rule: string;
  /** SemEval-2021 Task 6 technique name the rule maps to, or null. */
  readonly technique: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: string;
  /** UTF-16 offsets of the part of the sentences shown in `sentence` (the marks excluded; a span over 600 characters also has its middle left out). */
  readonly sentence_start: number;
  readonly sentence_end: number;
};

/** Options of {@link rhetoricMatches}. */
export interface RhetoricMatchesOptions {
  /**
   * Rules to run, in order: built-in ids ("absolutes"), rule objects with a `find`
   * function, or pattern rules (`{ id, pattern: /regex/ | ["phrase", ...] }`). Default:
   * every built-in rule.
   */
  readonly rules?: readonly RhetoricRuleInput[];
  /** Receives `invalid_span` warnings for spans outside the text (user rules). */
  readonly onWarning?: OnWarning;
}


/**
 * Rhetorical patterns with evidence spans: runs a catalogue of named rules over every
 * document and returns one row per span found, so every count can be checked by reading
 * the span. Rules see each document in the corpus's one tokenization (lowercased forms,
 * offsets, sentences; the tokens every other measure counts);
 * every built-in rule is linear in the length of the text (no regex backtracking on user
 * text; see `test/measure/rhetoric/adversarial.test.ts`).
 *
 * Built-in rules (see {@link rhetoricRules} for descriptions and references):
 * rhetorical-question, hypophora, antithesis, anaphora, epistrophe, list-of-three, false-dilemma,
 * neither-nor, absolutes, in-group, out-group, name-calling, loaded-language, repetition,
 * necessity, condition, appeal-to-history, quantification, flag-waving, appeal-to-fear,
 * doubt. `technique` is the SemEval-2021 Task 6 persuasion technique a rule is claimed to
 * detect, only where its measured span precision is at least 0.5 (bench/rhetoric.mjs;
 * the mapping is documented in src/measure/rhetoric/README.md).
 *
 * The built-in rules read English only (see `isEnglishDocument`): they are not run on
 * documents in other languages, and one `not_english` warning names those languages. Rules
 * of your own (patterns, functions, or wrapped built-ins) run on every document.
 *
 * @param corpus The documents.
 * @param options
 * - `rules` (all built-in): ids, rule objects or pattern rules; see {@link RhetoricRuleInput}.
 * - `onWarning`: `invalid_span` when a user rule returns a span outside the text (dropped);
 *   `not_english` for the documents the built-in rules left out.
 * @returns Rows with the columns {@link RHETORIC_MATCH_COLUMNS} (see {@link RhetoricMatchRow}),
 *   in corpus order, then by start, end and rule order; a rule reports a span once
 *   (`rhetoricMatchesIterate` gives them one at a time, a document's rules run when its
 *   first row is asked for).
 * @throws DiscourseError `invalid_argument` for an unknown rule id, duplicate ids or a
 *   malformed rule.
 * @example
 * const c = [{ id: "a", text: "He is either naive or a collaborator. We will never talk.", meta: {} }];
 * rhetoricMatches(c, { rules: ["false-dilemma", "absolutes"] }).map((r) => [r.rule, r.text]);
 * // [["false-dilemma", "either naive or a collaborator"], ["absolutes", "never"]]
 * rhetoricMatches(c, { rules: [{ id: "slogan", pattern: ["maximum pressure"] }] });
 * @see Da San Martino et al. (2019), "Fine-Grained Analysis of Propaganda in News Articles",
 *   EMNLP; Dimitrov et al. (2021), "SemEval-2021 Task 6"; Harris & Di Marco (2017),
 *   "Rhetorical figures, arguments, computation"; retext's messages (place, ruleId, source).
 */
export function rhetoricMatches(corpus: Corpus, options: RhetoricMatchesOptions = {}): RhetoricMatchRow[] {
  return Array.from(rhetoricMatchSearch(FN, corpus, options));
}

/**
 * Resolves the rules and the documents the built-in rules read now (errors and the
 * `not_english` warning before any work), then runs them document by document as rows are
 * read: what {@link rhetoricMatches} collects and `rhetoricMatchesIterate` hands out one at
 * a time. Spans outside their text are reported once per rule, with the count, when the
 * reading ends (also when it stops early).
 * @internal
 */
export function rhetoricMatchSearch(fn: string, corpus: Corpus, options: RhetoricMatchesOptions): IterableIterator<RhetoricMatchRow> {
  const rules = resolveRules(fn, options.rules);
  const own = rules.filter((r) => !builtInRhetoricRules().includes(r)); // rules of the caller's own read any language
  const english = englishOnly(`${fn} (built-in rules)`, corpus, own.length < rules.length ? options.onWarning : undefined);
  return (function* (): Generator<RhetoricMatchRow> {
    // Spans outside their text: one warning per rule with the count, not one per span.
    const bad = new Map<string, { n: number; first: string }>();
    const outside: BadSpan = (rule, doc, start, end) => {
      const b = bad.get(rule);
      if (b) b.n++;
      else bad.set(rule, { n: 1, first: `${start}-${end} in document ${JSON.stringify(doc)}` });
    };
    try {
      const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" }); // the corpus's one tokenization
      for (let d = 0; d < corpus.length; d++) {
        const doc = corpus[d];
        const run = english.isRead(doc) ? rules : own;
        if (run.length > 0) yield* documentMatches(doc, documentContext(tk, d, doc.text), run, outside);
      }
    } finally {
      for (const [rule, b] of bad) {
        options.onWarning?.({ code: "invalid_span", message: `${fn}: rule "${rule}" returned ${b.n} span(s) outside their document, dropped (first: ${b.first})` });
      }
    }
  })();
}

/** Receives a span a rule returned outside its document. @internal */
export type BadSpan = (rule: string, docId: string, start: number, end: number) => void;

/** Runs the rules over one tokenized document: its rows, sorted. @internal */
export function* documentMatches(doc: Document, ctx: RuleContext, rules: readonly RhetoricRule[], outside?: BadSpan): Generator<RhetoricMatchRow> {
  const found: { start: number; end: number; r: number }[] = [];
  rules.forEach((rule, r) => {
    const seen = new Set<string>();
    for (const s of rule.find(ctx)) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= doc.text.length)) {
        outside?.(rule.id, doc.id, s.start, s.end);
        continue;
      }
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      found.push({ start: s.start, end: s.end, r });
    }
  });
  found.sort((a, b) => a.start - b.start || a.end - b.end || a.r - b.r);
  for (const f of found) {
    const rule = rules[f.r];
    const shown = sentenceOf(ctx, f.start, f.end);
    yield {
      doc_id: doc.id,
      date: doc.date ?? null,
      speaker: doc.speaker ?? null,
      rule: rule.id,
      technique: rule.technique,
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      sentence: shown.text,
      sentence_start: shown.start,
      sentence_end: shown.end,
    };
  }
}

/** The sentences holding [start, end), cut around the span. */
function sentenceOf(ctx: RuleContext, start: number, end: number): ContextExcerpt {
  const n = ctx.sentences;
  if (n === 0) return contextExcerpt(ctx.text, 0, ctx.text.length, start, end, CONTEXT_CHARS);
  // Last sentence starting at or before `start`, first ending at or after `end`.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentenceStart[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  let last = lo;
  while (last + 1 < n && ctx.sentenceEnd[last] < end) last++;
  return contextExcerpt(ctx.text, Math.min(ctx.sentenceStart[lo], start), Math.max(ctx.sentenceEnd[last], end), start, end, CONTEXT_CHARS);
}
