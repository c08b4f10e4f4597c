/**
 * A seeded generator of adversarial corpora, written for discourse-lab's fuzz test
 * (test/fuzz/cli-fuzz.test.ts) and its bench (bench/fuzz.mjs): texts that ordinary input
 * reaches too, only more of them at once. Every document mixes, at random:
 *
 * - scripts: English (with the words the commands look for: said, talks, never, we, they),
 *   Cyrillic, Persian with zero-width non-joiners, Arabic, Chinese (no spaces, "。"),
 *   Devanagari ("।"); right-to-left runs wrapped in bidi controls;
 * - emoji (ZWJ families, flags, skin tones), combining marks (decomposed accents, stacks of
 *   diacritics), astral letters (𝕏);
 * - unbalanced quotes and brackets, quotes with speech verbs (for voices), markup in the text
 *   (HTML with <script>, markdown links, tables, code);
 * - lines of many thousand characters, runs of words without a full stop, repeated words;
 * - dates written in many formats, some impossible or ambiguous; metadata with odd values
 *   (empty, emoji, nested objects, arrays, numbers, very long strings, `__proto__`);
 * - empty and whitespace-only texts.
 *
 * Records the loader must refuse (empty text, an impossible date, ...) are marked `invalid`
 * with the reason, so a test can check that each is reported and none is lost silently.
 * Same seed, same bytes. No imports beyond Node's own, so bench/ can transpile it alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** A small seeded PRNG (mulberry32): 32-bit state, uniform floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link adversarialCorpus}. */
export interface AdversarialOptions {
  /** Seed of the PRNG (same seed, same corpus). */
  readonly seed: number;
  /** Documents to write, valid and invalid together (at least 12). */
  readonly documents: number;
  /** About how many characters a valid document holds (default 1,500). */
  readonly meanChars?: number;
  /** Characters of the one very long line (one document, without a line break; default 20,000). */
  readonly longLine?: number;
}

/** One generated JSON Lines record, and why the loader must refuse it (when it must). */
export interface AdversarialRecord {
  readonly record: Record<string, unknown>;
  /** Why the record is not a document (empty text, impossible date, ...); undefined for a valid record. */
  readonly invalid?: string;
  /** The ISO form of the record's date, when it has a valid one. */
  readonly iso?: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const EN_WORDS = [
  "we", "they", "the", "talks", "said", "never", "always", "people", "nation", "enemy", "must", "will", "not", "may", "perhaps",
  "certainly", "negotiate", "negotiations", "sanctions", "pressure", "no", "word", "freedom", "our", "their", "either", "or",
  "clearly", "believe", "government", "war", "peace", "it", "is", "a", "of", "and", "to", "in", "2019", "3.5", "U.S.", "e-mail",
];
const RU = ["мы", "никогда", "не", "будем", "переговоры", "сказал", "народ", "свобода", "санкции", "враг"];
const FA = ["ما", "هرگز", "گفت‌وگو", "می‌کنیم", "مذاکره", "نمی‌خواهیم", "مردم", "آزادی", "تحریم‌ها", "گفت"];
const AR = ["نحن", "لن", "نتفاوض", "أبدا", "قال", "الشعب", "الحرية", "العقوبات", "العدو", "المحادثات"];
const ZH = ["我们", "绝不", "谈判", "他说", "人民", "自由", "制裁", "敌人", "和平", "政府"];
const HI = ["हम", "कभी", "नहीं", "बातचीत", "कहा", "लोग", "स्वतंत्रता", "प्रतिबंध", "शत्रु", "सरकार"];
const EMOJI = ["👨‍👩‍👧‍👦", "🇺🇸", "🇮🇷", "👍🏽", "🔥", "❤️", "🏳️‍🌈", "😂", "𝕏", "🫠"];
const MARKUP = [
  "<script>alert('x')</script>",
  '<a href="javascript:alert(1)">click</a>',
  "<b>bold</b> <i>it",
  "**strong** _em_ [link](http://example.org/a?b=1&c=<2>)",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "`code()` <!-- comment --> &amp; &lt;tag&gt;",
  "# Heading\n\n- item one\n- item two",
  "<img src=x onerror=alert(1)>",
];
const SPEAKERS = ["Alice Smith", "the minister", "Борис", "مریم", "王伟", "", "😀 Spokes-person", "O'Brien", 'Dr. "Q"', "x".repeat(300)];
const CUES = ["said", "told reporters", "insisted", "warned", "added", "claimed"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** An English sentence of `n` words, maybe with its full stop, maybe with a quote and a speech verb. */
function english(r: Rand, n: number): string {
  const words = Array.from({ length: n }, () => pick(r, EN_WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  const s = words.join(" ");
  const x = r();
  if (x < 0.15) return `"${s}," ${pick(r, SPEAKERS.slice(0, 5))} ${pick(r, CUES)}.`;
  if (x < 0.25) return `${pick(r, SPEAKERS.slice(0, 5))} ${pick(r, CUES)} that ${s.toLowerCase()}.`;
  if (x < 0.35) return `${s}?`;
  if (x < 0.45) return s; // no full stop
  return `${s}.`;
}

/** A run of words of another script, with its own sentence end (or none). */
function foreign(r: Rand): string {
  const which = int(r, 0, 4);
  const words = [RU, FA, AR, ZH, HI][which];
  const n = int(r, 3, 12);
  const parts = Array.from({ length: n }, () => pick(r, words));
  if (which === 3) return parts.join("") + (r() < 0.7 ? "。" : "");
  const s = parts.join(" ") + (which === 4 ? " ।" : r() < 0.7 ? (which === 1 || which === 2 ? "؟" : ".") : "");
  // Right-to-left runs, sometimes wrapped in bidi embedding or isolate controls.
  if ((which === 1 || which === 2) && r() < 0.4) return r() < 0.5 ? `\u202b${s}\u202c` : `\u2067${s}\u2069`;
  return s;
}

/** A piece of oddity: marks, emoji, markup, unbalanced quotes and brackets. */
function oddity(r: Rand): string {
  switch (int(r, 0, 6)) {
    case 0: return pick(r, EMOJI) + pick(r, EMOJI) + "👩‍💻"; // always one ZWJ sequence
    case 1: return "Cafe\u0301 nai\u0308ve Z\u0351\u0352\u0353a\u0354\u0355\u0356l\u0357\u0358go"; // decomposed accents, stacked marks
    case 2: return pick(r, MARKUP);
    case 3: return pick(r, ["“We will never", "«никогда", "(see [note", "{ unbalanced", "'quoted", "„Nie“ said", ")) ]] }}", '"""']);
    case 4: return "\u200f\u200e\u200b\u2060\ufeff"; // direction marks, zero-width space, word joiner, BOM mid-text
    case 5: return "tab\tand\r\nCRLF\rCR\u2028LS\u2029PS";
    default: return "no no no no no said said word word";
  }
}

/** A valid date in one of many written formats (weekdays correct), and its ISO form. */
function oddDate(r: Rand): { written: string | number; iso: string } {
  const y = int(r, 1950, 2025);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const p2 = (x: number) => String(x).padStart(2, "0");
  const iso = `${y}-${p2(m)}-${p2(d)}`;
  const wd = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const forms: (string | number)[] = [
    iso, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`, `${y}/${p2(m)}/${p2(d)}`, `${y}${p2(m)}${p2(d)}`,
    `${wd}, ${MONTHS[m - 1]} ${d}, ${y}`, `${iso}T23:59:59Z`, `${wd.slice(0, 3)}, ${p2(d)} ${MONTHS[m - 1].slice(0, 3)} ${y} 10:00:00 +0000`,
  ];
  const k = int(r, 0, forms.length + 1);
  if (k === forms.length) return { written: `${MONTHS[m - 1]} ${y}`, iso: `${y}-${p2(m)}` };
  if (k === forms.length + 1) return { written: y, iso: String(y) };
  return { written: forms[k], iso };
}

/** Odd metadata: a value of any JSON type, empty, emoji, long, nested. */
function oddMeta(r: Rand): Record<string, unknown> {
  const values: unknown[] = ["", "😀", "Democratic", "x".repeat(int(r, 200, 2000)), 0, -1.5, 1e21, true, null, [1, "a"], { nested: { deep: [null] } }, "a,b;c\n\"d\"", "=1+1"];
  const meta: Record<string, unknown> = { party: pick(r, values), region: pick(r, ["north", "south", "شمال", "北"]) };
  if (r() < 0.3) meta["field with spaces"] = pick(r, values);
  if (r() < 0.2) meta["ünïcödé"] = pick(r, values);
  // "__proto__" as a plain own key (as JSON.parse makes it), never the prototype.
  if (r() < 0.1) Object.defineProperty(meta, "__proto__", { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  return meta;
}

/** A valid document's text: paragraphs mixing every kind of piece, about `chars` long. */
function text(r: Rand, chars: number): string {
  const paras: string[] = [];
  let n = 0;
  while (n < chars) {
    const parts: string[] = [];
    const k = int(r, 1, 6);
    for (let i = 0; i < k; i++) {
      const x = r();
      parts.push(x < 0.55 ? english(r, int(r, 3, 18)) : x < 0.8 ? foreign(r) : oddity(r));
    }
    const p = parts.join(" ");
    paras.push(p);
    n += p.length + 2;
  }
  return paras.join(pick(r, ["\n\n", "\n", "\r\n\r\n", " "]));
}

/**
 * The records of an adversarial corpus: about 85% valid documents (ids unique, dates in
 * many formats or none, odd metadata), one very long line, one long text without any full
 * stop, and invalid records (empty or whitespace text, impossible, ambiguous or two-digit
 * dates) marked with the reason.
 */
export function adversarialCorpus(options: AdversarialOptions): AdversarialRecord[] {
  const { seed, documents } = options;
  if (!Number.isInteger(documents) || documents < 12) throw new Error(`adversarialCorpus: documents must be a whole number of at least 12; got ${documents}`);
  const mean = options.meanChars ?? 1500;
  const r = prng(seed);
  const out: AdversarialRecord[] = [];
  const invalid = [
    { text: "", why: "empty text" },
    { text: " \n\t\u00a0 ", why: "whitespace-only text" },
    { date: "February 30, 2019", why: "impossible date" },
    { date: "03/04/2019", why: "ambiguous date" },
    { date: "19-11-04", why: "two-digit year" },
    { date: "yesterday", why: "unknown date word" },
  ];
  const nInvalid = Math.max(invalid.length, Math.round(documents * 0.15));
  const step = Math.max(1, Math.floor((documents - 4) / nInvalid));
  let k = 0;
  for (let i = 0; i < documents; i++) {
    const id = `d${String(i).padStart(5, "0")}${pick(r, ["", "-é", "_🙂", " space", "/slash"])}`;
    // Documents 2 and 3 are the long line and the text without full stops; invalid records come after them.
    const bad = i >= 4 && (i - 4) % step === 0 && k < nInvalid ? invalid[k++ % invalid.length] : undefined;
    if (bad) {
      const d = oddDate(r);
      out.push({ record: { id, text: bad.text ?? text(r, 200), date: bad.date ?? d.written, speaker: pick(r, SPEAKERS) }, invalid: bad.why });
      continue;
    }
    let body: string;
    if (i === 2) body = `${english(r, 5)} ${"word said no ".repeat(Math.ceil((options.longLine ?? 20_000) / 13)).trim()} ${oddity(r)}`; // one very long line
    else if (i === 3) body = Array.from({ length: Math.ceil(mean / 6) }, () => pick(r, EN_WORDS.filter((w) => !/[.]/.test(w)))).join(" "); // no full stop anywhere
    else body = text(r, int(r, Math.floor(mean / 4), mean * 2));
    const record: Record<string, unknown> = { id, text: body, ...oddMeta(r) };
    const date = r() < 0.9 ? oddDate(r) : undefined; // some documents are undated
    if (date) record.date = date.written;
    if (r() < 0.85) record.speaker = pick(r, SPEAKERS);
    if (r() < 0.1) record.title = pick(r, ["", "<b>T</b>", "Тема", "\u202eevil"]);
    out.push({ record, iso: date?.iso });
  }
  return out;
}

/** What {@link writeAdversarialCorpus} wrote. */
export interface AdversarialFiles {
  /** The corpus, JSON Lines: one record per line (valid and invalid). */
  readonly corpus: string;
  /** The valid records alone, JSON Lines (for commands that stop at the first bad record). */
  readonly valid: string;
  /** The valid records as news reports: the date kept only where it gives the day (a report's publication date). */
  readonly reports: string;
  /** Stance rows {id, target, text, stance}, one per valid text, cut to 20-600 characters (for stance claim / train / predict). */
  readonly stanceRows: string;
  /** A news report (a text file) and a transcript for `voices fidelity`. */
  readonly report: string;
  readonly transcript: string;
  /** The valid documents: id -> text, as written. */
  readonly texts: ReadonlyMap<string, string>;
  /** Invalid records: line number (from 1) -> reason. */
  readonly invalid: ReadonlyMap<number, string>;
  /** Bytes of the corpus file. */
  readonly bytes: number;
}

/** Writes an adversarial corpus and its side files into `dir` (created if needed). */
export function writeAdversarialCorpus(dir: string, options: AdversarialOptions): AdversarialFiles {
  fs.mkdirSync(dir, { recursive: true });
  const records = adversarialCorpus(options);
  const corpus = path.join(dir, "corpus.jsonl");
  const lines = records.map((x) => JSON.stringify(x.record)).join("\n") + "\n";
  fs.writeFileSync(corpus, lines);
  const texts = new Map<string, string>();
  const invalid = new Map<number, string>();
  records.forEach((x, i) => {
    if (x.invalid) invalid.set(i + 1, x.invalid);
    else texts.set(x.record.id as string, x.record.text as string);
  });
  const valid = path.join(dir, "valid.jsonl");
  fs.writeFileSync(valid, records.filter((x) => !x.invalid).map((x) => JSON.stringify(x.record)).join("\n") + "\n");
  const reports = path.join(dir, "reports.jsonl");
  const asReport = (x: AdversarialRecord) => {
    const { date, ...rest } = x.record;
    return x.iso?.length === 10 ? { ...rest, date } : rest;
  };
  fs.writeFileSync(reports, records.filter((x) => !x.invalid).map((x) => JSON.stringify(asReport(x))).join("\n") + "\n");
  const r = prng(options.seed ^ 0x5eed);
  const good = [...texts.values()];
  const stance = good.map((t, i) => ({
    id: `s${i}`,
    target: pick(r, ["talks", "sanctions", "мир", "گفت‌وگو", "<b>x</b>", "we should ban 😀"]),
    text: t.slice(0, int(r, 20, 600)),
    stance: i % 2 === 0 ? "FAVOR" : "AGAINST",
  }));
  const stanceRows = path.join(dir, "stance.jsonl");
  fs.writeFileSync(stanceRows, stance.map((s) => JSON.stringify(s)).join("\n") + "\n");
  const report = path.join(dir, "report.txt");
  const transcript = path.join(dir, "transcript.txt");
  // Both grow with the corpus: texts 4.. make the report, the transcript overlaps it by all but one.
  const k = Math.max(3, Math.floor(good.length / 10));
  fs.writeFileSync(report, good.slice(4, 4 + k).join("\n\n"));
  fs.writeFileSync(transcript, good.slice(5, 5 + k).join("\n"));
  return { corpus, valid, reports, stanceRows, report, transcript, texts, invalid, bytes: Buffer.byteLength(lines) };
}
