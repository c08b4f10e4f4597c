/**
 * What `dl.show(...)` left in an executed notebook (shared by test/notebooks/notebooks.test.ts
 * and test/package/packed-install.test.ts): a chart is a display_data with image/png; a table
 * is a display_data whose text/html holds our `<table class="dl-table">` and whose
 * text/plain holds the same table as text, in one bundle.
 */

type MultilineString = string | string[];
/** An output of an executed notebook cell, as far as these checks read it. */
export interface ShownOutput {
  output_type: string;
  name?: string;
  text?: MultilineString;
  data?: Record<string, unknown>;
}

const joined = (s: unknown): string => (Array.isArray(s) ? s.join("") : typeof s === "string" ? s : "");
/** The start tag htmlTable writes (src/render/html-table.ts). */
export const TABLE_TAG = '<table class="dl-table">';

/** Whether an output is a table shown by show(): HTML table and its text copy in one bundle. */
export function isShownTable(o: ShownOutput): boolean {
  return o.output_type === "display_data" && joined(o.data?.["text/html"]).includes(TABLE_TAG) && joined(o.data?.["text/plain"]).trim() !== "";
}

/** Whether an output is a chart shown by show(). */
export function isShownChart(o: ShownOutput): boolean {
  return o.output_type === "display_data" && o.data?.["image/png"] !== undefined;
}

/** The cell's code calls `show(` (dl.show or a bare show, not a method x.show of something else). */
export const callsShow = (code: string): boolean => /(^|[^.\w$])(dl\.)?show\s*\(/m.test(code);

/**
 * What is wrong with what a cell shows, or [] : a cell that calls show( must show a chart or a
 * table; a table must come with its text copy; no table printed as box-drawn text on stdout
 * (a DataFrame's .print(); console.log(formatRows(...)) is caught by lint:notebooks), since
 * tables go through show().
 */
export function shownProblems(code: string, outputs: readonly ShownOutput[]): string[] {
  const problems: string[] = [];
  if (callsShow(code) && !outputs.some((o) => isShownChart(o) || isShownTable(o))) {
    const html = outputs.some((o) => o.output_type === "display_data" && o.data?.["text/html"] !== undefined);
    problems.push(
      html
        ? "calls show( but its HTML output is not a table with a text/plain copy in the same bundle"
        : "calls show( but has neither a chart (image/png) nor a table (text/html with text/plain)",
    );
  }
  for (const o of outputs) {
    if (o.output_type === "stream" && o.name === "stdout" && /[║│┃]/.test(joined(o.text))) {
      problems.push("prints a table as text on stdout (show it with dl.show: an HTML table with a text copy)");
      break;
    }
  }
  return problems;
}
