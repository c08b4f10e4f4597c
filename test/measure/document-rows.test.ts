import { describe, expect, test } from "vitest";
import { DOCUMENT_COLUMNS, documentRows } from "../../src/measure/document-rows";
import type { Document } from "../../src/types";

const corpus: Document[] = [
  { id: "a", text: "War and peace.", date: "1861-04-12", speaker: "Lincoln", title: "First", source: "a.txt", meta: { party: "R", year: 1861 } },
  { id: "b", text: "Peace 😀", meta: { delivery: "written", id: "shadowed" } },
];

describe("documentRows(corpus)", () => {
  test("one row per document in corpus order: fixed columns, then metadata keys sorted", () => {
    const rows = documentRows(corpus);
    expect(rows.map((r) => Object.keys(r))).toEqual([
      [...DOCUMENT_COLUMNS, "delivery", "party", "year"],
      [...DOCUMENT_COLUMNS, "delivery", "party", "year"],
    ]);
    expect(rows[0]).toEqual({
      id: "a", date: "1861-04-12", speaker: "Lincoln", title: "First", source: "a.txt", n_chars: 14,
      delivery: null, party: "R", year: 1861,
    });
  });

  test("absent fields and metadata keys a document lacks are null", () => {
    const [, b] = documentRows(corpus);
    expect(b).toEqual({ id: "b", date: null, speaker: null, title: null, source: null, n_chars: 8, delivery: "written", party: null, year: null });
  });

  test("n_chars counts UTF-16 units, as offsets do", () => {
    expect(documentRows(corpus)[1].n_chars).toBe("Peace 😀".length);
  });

  test("a metadata key named like a fixed column does not replace it", () => {
    expect(documentRows(corpus)[1].id).toBe("b");
  });

  test("an empty corpus gives no rows", () => {
    expect(documentRows([])).toEqual([]);
  });
});
