import { CHART_FONT, CHART_PALETTE } from "../chart/theme";
import { argumentError } from "../errors";
import type { Document } from "../types";
import { escapeHtml } from "./escape-html";

/** The fields of a match row {@link rhetoricSpansHtml} reads. */
export interface HighlightSpan {
  readonly doc_id: string;
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly technique?: string | null;
}

/** Options of {@link rhetoricSpansHtml}. */
export interface RhetoricSpansHtmlOptions {
  /** Rules highlighted (default: every rule of the rows for this document, in order of first appearance). */
  readonly rules?: readonly string[];
  /** A heading above the text (default: the document's id, date and speaker). */
  readonly title?: string;
}

/**
 * A document view that highlights the matched spans: the text, HTML-escaped, with every
 * stretch covered by one or more matches wrapped in `<mark>` (coloured by its first rule
 * from the theme palette, the rule ids in `data-rules` and the hover title, underlined
 * twice where rules overlap), a legend with each rule's count, and line breaks kept.
 * Self-contained: inline styles only, no script. Spans outside the text are ignored.
 *
 * @param doc The document (its `text` is what the offsets point into).
 * @param matches Match rows (e.g. {@link rhetoricMatches}); rows of other documents are skipped.
 * @param options `rules` to show (default all), `title`.
 * @returns An HTML fragment (a `<div>`), safe to embed: every text is escaped.
 * @throws DiscourseError `invalid_argument` when `doc` has no string text.
 * @example
 * const m = rhetoricMatches([speech]);
 * fs.writeFileSync("speech.html", rhetoricSpansHtml(speech, m));
 * tslab.display.html(rhetoricSpansHtml(speech, m, { rules: ["absolutes", "repetition"] }));
 */
export function rhetoricSpansHtml(doc: Pick<Document, "id" | "text" | "date" | "speaker">, matches: readonly HighlightSpan[], options: RhetoricSpansHtmlOptions = {}): string {
  const fn = "rhetoricSpansHtml";
  if (doc === null || typeof doc !== "object" || typeof doc.text !== "string") throw argumentError(fn, "doc", "a document with a string text", doc);
  if (!Array.isArray(matches)) throw argumentError(fn, "matches", "an array of match rows", matches);
  const text = doc.text;
  const own = matches.filter((m) => m.doc_id === doc.id && m.start >= 0 && m.start < m.end && m.end <= text.length);
  const rules = options.rules ? [...options.rules] : [...new Set(own.map((m) => m.rule))];
  const rank = new Map(rules.map((r, i) => [r, i]));
  const shown = own.filter((m) => rank.has(m.rule));
  const colour = (rule: string) => CHART_PALETTE[rank.get(rule)! % CHART_PALETTE.length];

  // Boundaries where the set of covering spans changes; one pass per segment (sorted events).
  const cuts = [...new Set([0, text.length, ...shown.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const starts = [...shown].sort((a, b) => a.start - b.start);
  const active: HighlightSpan[] = [];
  let next = 0;
  const parts: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k];
    const b = cuts[k + 1];
    while (next < starts.length && starts[next].start <= a) active.push(starts[next++]);
    for (let i = active.length - 1; i >= 0; i--) if (active[i].end <= a) active.splice(i, 1);
    const piece = escapeHtml(text.slice(a, b)).replace(/\n/g, "<br>\n");
    if (active.length === 0) {
      parts.push(piece);
      continue;
    }
    const ids = [...new Set(active.map((m) => m.rule))].sort((x, y) => rank.get(x)! - rank.get(y)!);
    const c = colour(ids[0]);
    const deco = ids.length > 1 ? "text-decoration: underline double;" : "";
    parts.push(`<mark data-rules="${escapeHtml(ids.join(" "))}" title="${escapeHtml(ids.join(", "))}" style="background: ${c}33; border-bottom: 2px solid ${c}; ${deco}">${piece}</mark>`);
  }
  const counts = new Map<string, number>();
  for (const m of shown) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  const legend = rules
    .map((r) => `<span style="margin-right: 1em; white-space: nowrap;"><span style="display: inline-block; width: 0.9em; height: 0.9em; background: ${colour(r)}; vertical-align: middle;"></span> ${escapeHtml(r)} (${counts.get(r) ?? 0})</span>`)
    .join("\n");
  const heading = options.title ?? [doc.id, doc.date, doc.speaker].filter((x) => typeof x === "string" && x.length > 0).join(" · ");
  return [
    `<div class="discourse-lab-spans" style="font-family: '${CHART_FONT}', sans-serif; line-height: 1.6; max-width: 60em;">`,
    `<h3>${escapeHtml(heading)}</h3>`,
    `<p style="font-size: 0.9em;">${legend}</p>`,
    `<div>${parts.join("")}</div>`,
    `</div>`,
    "",
  ].join("\n");
}
