/** Small hand-made term-frequency rows shared by the chart and render tests. */
export interface Row {
  group: string;
  group_start: string | null;
  split: string | null;
  term: string;
  count: number;
  per_1k: number;
  doc_freq: number;
  tfidf: number;
  total_tokens: number;
  n_docs: number;
}

function row(group: string, group_start: string | null, split: string | null, term: string, count: number, total: number, docFreq: number, nDocs: number): Row {
  return {
    group,
    group_start,
    split,
    term,
    count,
    per_1k: (count / total) * 1000,
    doc_freq: docFreq,
    tfidf: count * Math.log10(nDocs / docFreq),
    total_tokens: total,
    n_docs: nDocs,
  };
}

/** Ungrouped: five terms of one corpus of 2,000 tokens in 4 documents. */
export const UNGROUPED: Row[] = [
  row("all", null, null, "union", 12, 2000, 3, 4),
  row("all", null, null, "liberty", 9, 2000, 2, 4),
  row("all", null, null, "war", 9, 2000, 4, 4),
  row("all", null, null, "tax", 4, 2000, 1, 4),
  row("all", null, null, "people", 20, 2000, 4, 4),
];

/** Three decades, three terms each (a term per decade missing in one). */
export const BY_DECADE: Row[] = [
  row("1790s", "1790", null, "union", 10, 5000, 3, 5),
  row("1790s", "1790", null, "liberty", 6, 5000, 2, 5),
  row("1790s", "1790", null, "war", 2, 5000, 1, 5),
  row("1800s", "1800", null, "union", 7, 4000, 2, 4),
  row("1800s", "1800", null, "war", 12, 4000, 3, 4),
  row("1800s", "1800", null, "liberty", 3, 4000, 2, 4),
  row("1810s", "1810", null, "war", 25, 6000, 5, 6),
  row("1810s", "1810", null, "union", 5, 6000, 2, 6),
];

/** Two decades split by party. */
export const BY_DECADE_AND_PARTY: Row[] = [
  row("1850s", "1850", "Democratic", "union", 8, 3000, 2, 3),
  row("1850s", "1850", "Democratic", "slavery", 5, 3000, 2, 3),
  row("1850s", "1850", "Whig", "union", 4, 2000, 1, 2),
  row("1850s", "1850", "Whig", "slavery", 1, 2000, 1, 2),
  row("1860s", "1860", "Democratic", "union", 6, 2500, 2, 2),
  row("1860s", "1860", "Democratic", "slavery", 2, 2500, 1, 2),
  row("1860s", "1860", "Republican", "union", 15, 4000, 3, 3),
  row("1860s", "1860", "Republican", "slavery", 9, 4000, 3, 3),
];
