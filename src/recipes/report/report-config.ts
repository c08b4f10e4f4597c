import * as path from "node:path";
import YAML from "yaml";
import { describe, inputError, invalidDateReason } from "../../errors";
import { parseSelection } from "../../compare/parse-selection";
import { compareDates, type Era } from "../../group/document-group";
import { decodeUtf8 } from "../../ingest/decode-utf8";
import { readFileBytes } from "../../ingest/read-file-bytes";
import type { StanceTarget } from "../../measure/stance/target-stance";
import { StatementKind } from "../../segment/statements";
import type { PeriodsSpec } from "./report-periods";
import { REPORT_SECTIONS, type ReportSectionName, type ReportSectionParams } from "./report-sections";
import type { TrendGrain } from "./trend-grain";

/** One section of a report file: a recipe and its parameters (each optional). */
export type ReportSectionEntry = {
  [K in ReportSectionName]: { readonly recipe: K; readonly params: ReportSectionParams[K] };
}[ReportSectionName];

/**
 * A report file (`discourse-lab report --config report.yml`), validated. Every key is
 * optional: what is left out is read from the corpus. Shared keys (periods, terms, groups,
 * targets, pair) apply to every section; a section's own `params` win over them.
 */
export interface ReportConfig {
  /** Format version: 1. */
  readonly format?: 1;
  /** Title of index.html. */
  readonly title?: string;
  /** The corpus when `--corpus` is not given, relative to the report file ("sotu" for the bundled one). */
  readonly corpus?: string;
  /** The output folder when `--out` is not given, relative to the report file. */
  readonly out?: string;
  /** Stopword language removed before ranking terms (default "en"). */
  readonly stopwords?: string;
  /** How time is cut into periods (default: the corpus's eras, else equal periods from its date range). */
  readonly periods?: PeriodsSpec;
  /** The time axis of trends: year, decade, century or era (the periods). Default: from the date range. */
  readonly trendBy?: TrendGrain;
  /** Terms followed over time (default: those that rose and fell most between periods). */
  readonly terms?: readonly string[];
  /** Fields of the group charts: `profile` (stance profile), `split` (small multiples of the trends). */
  readonly groups?: { readonly profile?: string; readonly split?: string };
  /** Stance targets followed over time, each with its terms. */
  readonly targets?: readonly StanceTarget[];
  /** The two documents set side by side: two selections of one document each. */
  readonly pair?: readonly [string, string];
  /** Whether the corpus holds news reports (adds the voices section). Default: from its documents. */
  readonly news?: boolean;
  /** The sections, in order (default: every section that applies to the corpus). */
  readonly sections?: readonly ReportSectionEntry[];
}

/** The keys of a report file, for messages and docs. */
export const REPORT_CONFIG_KEYS = ["format", "title", "corpus", "out", "stopwords", "periods", "trendBy", "terms", "groups", "targets", "pair", "news", "sections"] as const;

/** Where the shipped report file of the bundled State of the Union corpus is. */
export const SOTU_REPORT_CONFIG = path.resolve(__dirname, "..", "..", "..", "data", "report-sotu.yml");

type Path = readonly (string | number)[];
class Problem extends Error {
  constructor(readonly at: Path, message: string) {
    super(message);
  }
}
type Check<T> = (v: unknown, at: Path) => T;

const fail = (at: Path, expected: string, v: unknown): never => {
  throw new Problem(at, `must be ${expected}; got ${describe(v)}`);
};
const text: Check<string> = (v, at) => (typeof v === "string" && v.trim() !== "" ? v : fail(at, "a non-empty string", v));
const bool: Check<boolean> = (v, at) => (typeof v === "boolean" ? v : fail(at, "true or false", v));
const int = (min: number, max: number): Check<number> => (v, at) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : fail(at, `a whole number from ${min} to ${max}`, v));
const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v, at) => (values.includes(v as T) ? (v as T) : fail(at, `one of ${values.join(", ")}`, v));
const list = <T>(item: Check<T>, min = 1): Check<T[]> => (v, at) => {
  if (!Array.isArray(v) || v.length < min) return fail(at, `a list of ${min} or more`, v);
  return v.map((x, i) => item(x, [...at, i]));
};
const isoDate: Check<string> = (v, at) => {
  const s = typeof v === "number" ? String(v) : v; // YAML reads 1861 as a number
  if (typeof s !== "string") return fail(at, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", v);
  const why = invalidDateReason(s);
  return why === undefined ? s : fail(at, `an ISO date (${why})`, v);
};
const selection: Check<string> = (v, at) => {
  const s = text(v, at);
  try {
    parseSelection(s);
  } catch (e) {
    throw new Problem(at, `must be a selection FIELD OP VALUE[,...] (${(e as Error).message.replace(/^parseSelection: /, "")})`);
  }
  return s;
};
/** An object with known keys only; `required` keys must be there. */
function object<T>(fields: { readonly [k: string]: Check<unknown> }, required: readonly string[] = []): Check<T> {
  return (v, at) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(at, "a mapping (key: value)", v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const check = fields[k];
      if (!check) throw new Problem([...at, k], `is not a known key; known: ${Object.keys(fields).join(", ")}`);
      if (x !== null && x !== undefined) out[k] = check(x, [...at, k]);
    }
    for (const k of required) if (!(k in out)) throw new Problem(at, `needs the key "${k}"`);
    return out as T;
  };
}

const era: Check<Era> = object<Era>({ name: text, start: isoDate, end: isoDate }, ["name", "start"]);
const eras: Check<Era[]> = (v, at) => {
  const out = list(era)(v, at);
  for (let i = 1; i < out.length; i++) {
    if (compareDates(out[i - 1].start, out[i].start) >= 0) throw new Problem([...at, i, "start"], `must come after the start of the period before (${out[i - 1].start}); got ${describe(out[i].start)}`);
  }
  return out;
};
const periods: Check<PeriodsSpec> = object<PeriodsSpec>({ eras, breaks: list(isoDate), by: oneOf(["year", "decade", "century"] as const), field: text, maxPeriods: int(2, 50) });
const grain = oneOf(["year", "decade", "century", "era"] as const);
const target: Check<StanceTarget> = object<StanceTarget>({ name: text, terms: list(text), near: list(text), exclude: list(text) }, ["name", "terms"]);
const pair: Check<[string, string]> = (v, at) => {
  if (!Array.isArray(v) || v.length !== 2) return fail(at, "a list of two selections", v);
  return [selection(v[0], [...at, 0]), selection(v[1], [...at, 1])];
};

const textPair: Check<[string, string]> = (v, at) => {
  if (!Array.isArray(v) || v.length !== 2) return fail(at, "a list of two names", v);
  return [text(v[0], [...at, 0]), text(v[1], [...at, 1])];
};

/** The parameters each section takes: one entry per section of {@link REPORT_SECTIONS}. */
const SECTION_PARAMS: { readonly [K in ReportSectionName]: Check<ReportSectionParams[K]> } = {
  quickstart: object({ stopwords: text, top: int(1, 100), eras, trendBy: grain, trendTerms: list(text), splitField: (v, at) => (typeof v === "string" ? v : fail(at, "a field name, or \"\" for none", v)), splitTerms: list(text) }),
  compareAcrossDates: object({ stopwords: text, since: selection, eras, top: int(1, 100), trendBy: grain, trendTerms: list(text), dispersionTerms: list(text), dispersionWhere: selection, speechA: selection, speechB: selection }),
  stanceReport: object({ profileWhere: selection, profileBy: text, targets: list(target), targetBy: grain, eras }),
  rhetoricProfile: object({ eras, trendBy: grain, trendRules: list(text) }),
  styleAndScaling: object({ by: oneOf(["year", "decade", "century"] as const), dictionaryLevel: int(1, 10), scaleBy: text, scaleDir: textPair, minDocFreq: int(1, 1_000_000), minCount: int(1, 1_000_000), labelWords: list(text), query: text, top: int(1, 100) }),
  newsVoices: object({ published: isoDate, kinds: list(oneOf(Object.values(StatementKind))) }),
};
const SECTION_NAMES = Object.keys(REPORT_SECTIONS) as ReportSectionName[];

const section: Check<ReportSectionEntry> = (v, at) => {
  if (typeof v === "string") {
    const recipe = oneOf(SECTION_NAMES)(v, at);
    return { recipe, params: {} } as ReportSectionEntry;
  }
  const entry = object<{ recipe: ReportSectionName; params?: unknown }>({ recipe: oneOf(SECTION_NAMES), params: (x) => x }, ["recipe"])(v, at);
  const params = entry.params === undefined ? {} : SECTION_PARAMS[entry.recipe](entry.params, [...at, "params"]);
  return { recipe: entry.recipe, params } as ReportSectionEntry;
};
const sections: Check<ReportSectionEntry[]> = (v, at) => {
  const out = list(section)(v, at);
  const seen = new Set<string>();
  out.forEach((s, i) => {
    if (seen.has(s.recipe)) throw new Problem([...at, i], `repeats the section "${s.recipe}" (each section once)`);
    seen.add(s.recipe);
  });
  return out;
};

const CONFIG: Check<ReportConfig> = object<ReportConfig>({
  format: (v, at) => (v === 1 ? 1 : fail(at, "1", v)),
  title: text,
  corpus: text,
  out: text,
  stopwords: text,
  periods,
  trendBy: grain,
  terms: list(text),
  groups: object({ profile: text, split: text }),
  targets: list(target),
  pair,
  news: bool,
  sections,
});

/**
 * Reads and validates a report file's text (YAML, or JSON, which YAML also reads). A key
 * that is unknown, of the wrong type or out of range is an `invalid_input` error naming the
 * file, the line and the key's path, and saying what is expected:
 * `report.yml:7: sections[1].params.top must be a whole number from 1 to 100; got "ten"`.
 *
 * @param source The file's text.
 * @param file The file's name, for messages.
 * @returns The validated {@link ReportConfig}.
 * @example
 * const config = parseReportConfig("terms: [ferry, budget]\nsections: [quickstart]\n", "report.yml");
 * config.sections; // [{ recipe: "quickstart", params: {} }]
 */
export function parseReportConfig(source: string, file: string): ReportConfig {
  const lines = new YAML.LineCounter();
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(source);
    } catch (e) {
      throw inputError(`not valid JSON: ${(e as Error).message.split("\n")[0]}`, file, jsonErrorLine(source, (e as Error).message));
    }
  }
  const doc = YAML.parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw inputError(`not valid YAML: ${err.message.split("\n")[0]}`, file, err.linePos?.[0]?.line);
  }
  const data: unknown = doc.toJS() ?? {};
  try {
    return CONFIG(data, []);
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    const node = nodeAt(doc, e.at);
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    const key = e.at.length === 0 ? "the file" : keyPath(e.at);
    throw inputError(`${key} ${e.message}`, file, line);
  }
}

/**
 * Reads a report file from disk ({@link parseReportConfig}); "sotu" names the shipped
 * report of the bundled corpus ({@link SOTU_REPORT_CONFIG}). A `corpus` or `out` in the file
 * is made absolute relative to the file's folder.
 * @example
 * const config = await readReportConfig("report.yml");
 * await writeReport(fullReport(await loadCorpus(config.corpus ?? "sotu"), config), config.out ?? "report");
 */
export async function readReportConfig(file: string): Promise<ReportConfig> {
  const real = file === "sotu" ? SOTU_REPORT_CONFIG : file;
  const bytes = await readFileBytes(real);
  const config = parseReportConfig(decodeUtf8(bytes, real), real);
  const dir = path.dirname(path.resolve(real));
  const at = (p: string | undefined) => (p === undefined || p === "sotu" ? p : path.resolve(dir, p));
  return { ...config, ...(config.corpus !== undefined ? { corpus: at(config.corpus) } : {}), ...(config.out !== undefined ? { out: at(config.out) } : {}) };
}

function keyPath(at: Path): string {
  return at.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

/** The YAML node at a path, or its nearest existing parent. */
function nodeAt(doc: YAML.Document, at: Path): { range?: [number, number, number] | null } | undefined {
  for (let n = at.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true);
    if (node && typeof node === "object" && "range" in (node as object)) return node as { range?: [number, number, number] | null };
    // A mapping key that is there but unknown: point at the pair's key.
    if (n === at.length && n > 0) {
      const parent = n === 1 ? doc.contents : doc.getIn(at.slice(0, n - 1), true);
      if (YAML.isMap(parent)) {
        const pair = parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === at[n - 1]);
        if (pair && YAML.isScalar(pair.key)) return pair.key as { range?: [number, number, number] | null };
      }
    }
  }
  return undefined;
}

/** The line of a JSON.parse error: from its position, else from the text it quotes ("Unexpected token ']', ..."a",]" is not valid JSON"). */
function jsonErrorLine(source: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineOf(source, Number(position[1]));
  const quoted = /^Unexpected token '(.)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!quoted) return undefined;
  const at = source.indexOf(quoted[2]);
  return at < 0 ? undefined : lineOf(source, at + Math.max(0, quoted[2].indexOf(quoted[1])));
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
