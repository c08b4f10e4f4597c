import { cleanText, type RemovedRow } from "../clean/clean-text";
import { StatementKind, type StatementRow } from "../segment/statements";

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Background colours of the voices (colour-blind safe, Okabe-Ito tints). */
const COLOURS: Readonly<Record<StatementKind, string>> = {
  quote: "#cde6f7",
  mixed: "#d9f0e3",
  paraphrase: "#fbe3c6",
  narration: "transparent",
};

/** Options of {@link voicesHtml}. */
export interface VoicesHtmlOptions {
  /** The debris lines cleaning removed (default: the report is cleaned again to find them). */
  readonly removed?: readonly RemovedRow[];
}

/**
 * The report as HTML with its voices highlighted: quotes, mixed quotes and paraphrases in
 * their colours, each with a tooltip (speaker, cue, event date); narration plain; the page
 * debris left out is struck through in grey. Paragraphs keep their breaks. For a notebook
 * (`tslab.display.html`) or a saved page.
 *
 * @param original - The report's text as read (the rows' offsets point into it).
 * @param rows - Its statements ({@link statements}), one document's.
 * @returns A self-contained HTML fragment with a legend.
 * @example
 * const text = readFileSync("data/news-report-sample.txt", "utf8");
 * const html = voicesHtml(text, statements(text, { published: "2025-04-12" }));
 */
export function voicesHtml(original: string, rows: readonly StatementRow[], options: VoicesHtmlOptions = {}): string {
  const parts: string[] = [];
  let at = 0;
  const plain = (s: string): string => escape(s).replace(/\n{2,}/g, "</p><p>").replace(/\n/g, "<br>");
  const removed = options.removed ?? cleanText(original).removed;
  /** Text between statements: debris struck through, the rest grey; breaks outside the spans. */
  const gap = (from: number, to: number): string => {
    const out: string[] = [];
    const re = /\n+/g;
    let k = from;
    const piece = (a: number, b: number): void => {
      if (b <= a) return;
      const struck = removed.some((r) => r.start < b && a < r.end);
      out.push(`<span style="color:#999${struck ? ";text-decoration:line-through" : ""}">${escape(original.slice(a, b))}</span>`);
    };
    const chunk = original.slice(from, to);
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      piece(k, from + m.index);
      out.push(m[0].length >= 2 ? "</p><p>" : "<br>");
      k = from + m.index + m[0].length;
    }
    piece(k, to);
    return out.join("");
  };
  for (const r of [...rows].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    if (r.start > at) parts.push(gap(at, r.start));
    const body = plain(original.slice(r.start, r.end));
    if (r.kind === StatementKind.narration) parts.push(body);
    else {
      const tip = `${r.kind}${r.belief ? " (belief)" : ""}: ${r.speaker ?? "unknown"}${r.cue ? ` (${r.cue})` : ""}${r.frame ? ` [${r.frame}]` : ""}, ${r.event_date} (${r.date_basis})`;
      parts.push(`<span style="background:${COLOURS[r.kind]};border-radius:3px" title="${escape(tip)}">${body}<sup style="color:#555;font-size:70%"> ${escape(r.speaker ?? "?")}, ${escape(r.event_date)}</sup></span>`);
    }
    at = r.end;
  }
  if (at < original.length) parts.push(gap(at, original.length));
  const legend = (Object.keys(COLOURS) as StatementKind[])
    .filter((k) => k !== StatementKind.narration)
    .map((k) => `<span style="background:${COLOURS[k]};padding:0 4px;margin-right:6px">${k}</span>`)
    .join("") + '<span style="color:#999">grey: between statements; <s>struck: page debris removed</s></span>';
  return `<div style="font-family:sans-serif;line-height:1.5;max-width:48em"><p>${legend}</p><p>${parts.join("")}</p></div>`;
}
