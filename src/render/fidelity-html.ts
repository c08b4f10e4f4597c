import { alignQuote, WordCodes, wordsOf } from "../measure/voices/align-quote";
import type { FidelityLabel, QuoteFidelityRow } from "../measure/voices/quote-fidelity";

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Background colours of the labels (colour-blind safe tints). */
const COLOURS: Readonly<Record<FidelityLabel, string>> = {
  exact: "#d9f0e3",
  trimmed: "#cde6f7",
  elided: "#fbe3c6",
  altered: "#f6cfd6",
  not_found: "#e4e4e4",
};
/** Word marks inside a quote or passage. */
const WORD_STYLE: Readonly<Record<string, string>> = {
  elided: "text-decoration:line-through;color:#a33",
  changed: "text-decoration:underline wavy #c00;font-weight:bold",
  added: "text-decoration:underline wavy #c00;font-weight:bold",
};

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly row: number;
}

/** One text as HTML: spans of the marked quotes (numbered), word marks inside them, everything escaped. */
function markedText(text: string, spans: readonly Mark[], words: readonly (Mark & { op: string })[], rows: readonly QuoteFidelityRow[]): string {
  const outer = new Int32Array(text.length).fill(-1);
  const inner: (string | null)[] = new Array<string | null>(text.length).fill(null);
  for (const s of spans) for (let i = s.start; i < s.end; i++) outer[i] = s.row;
  for (const w of words) for (let i = w.start; i < w.end; i++) inner[i] = w.op;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && outer[j] === outer[i] && inner[j] === inner[i]) j++;
    let piece = escape(text.slice(i, j)).replace(/\n{2,}/g, "<br><br>").replace(/\n/g, "<br>");
    if (inner[i] !== null) piece = `<span style="${WORD_STYLE[inner[i]!]}" title="${inner[i]}">${piece}</span>`;
    const r = outer[i]!;
    if (r >= 0) {
      const row = rows[r]!;
      const first = i === 0 || outer[i - 1] !== r;
      const tip = `${r + 1}. ${row.label}${row.speaker ? ` (${row.speaker})` : ""}${row.changed ? `; changed: ${row.changed}` : ""}${row.elided ? `; left out: ${row.elided}` : ""}`;
      piece = `${first ? `<sup style="color:#555">[${r + 1}]</sup>` : ""}<span style="background:${COLOURS[row.label]}" title="${escape(tip)}">${piece}</span>`;
    }
    out.push(piece);
    i = j;
  }
  return out.join("");
}

/**
 * Quote fidelity as HTML: the report and the transcript side by side, each quote and the
 * passage it was aligned to in the colour of its label and numbered alike, the words left
 * out of the transcript struck through, the words changed or added underlined. All text is
 * escaped. For a notebook (`tslab.display.html`) or a saved page.
 *
 * @param report - The report as read (the rows' report offsets point into it).
 * @param transcript - The transcript as read.
 * @param rows - The rows of {@link quoteFidelity} for this report and transcript.
 * @returns A self-contained HTML fragment with a legend.
 * @example
 * const rows = quoteFidelity(report, transcript, { published: "2026-04-17" });
 * writeFileSync("fidelity.html", fidelityHtml(report, transcript, rows));
 */
export function fidelityHtml(report: string, transcript: string, rows: readonly QuoteFidelityRow[]): string {
  const words = wordsOf(transcript);
  const codes = new WordCodes();
  const reportSpans: Mark[] = [];
  const transcriptSpans: Mark[] = [];
  const reportWords: (Mark & { op: string })[] = [];
  const transcriptWords: (Mark & { op: string })[] = [];
  rows.forEach((row, k) => {
    reportSpans.push({ start: row.report_start, end: row.report_end, row: k });
    if (row.transcript_start === null || row.transcript_end === null) return;
    transcriptSpans.push({ start: row.transcript_start, end: row.transcript_end, row: k });
    for (const e of alignQuote(report, row.report_start, row.report_end, words, codes).edits) {
      if (e.quote.length > 0) reportWords.push({ start: e.quote[0]!.start, end: e.quote[e.quote.length - 1]!.end, row: k, op: e.op });
      if (e.transcript.length > 0) transcriptWords.push({ start: e.transcript[0]!.start, end: e.transcript[e.transcript.length - 1]!.end, row: k, op: e.op });
    }
  });
  const legend = (Object.keys(COLOURS) as FidelityLabel[]).map((l) => `<span style="background:${COLOURS[l]};padding:0 4px;margin-right:6px">${l.replace("_", " ")}</span>`).join("")
    + `<span style="${WORD_STYLE.elided}">left out</span> <span style="${WORD_STYLE.changed}">changed or added</span>`;
  const column = (title: string, body: string): string => `<div style="flex:1;min-width:0"><h4 style="margin:0 0 6px">${title}</h4><div>${body}</div></div>`;
  return `<div style="font-family:sans-serif;line-height:1.5"><p>${legend}</p><div style="display:flex;gap:24px">`
    + column("Report", markedText(report, reportSpans, reportWords, rows))
    + column("Transcript", markedText(transcript, transcriptSpans, transcriptWords, rows))
    + "</div></div>";
}
