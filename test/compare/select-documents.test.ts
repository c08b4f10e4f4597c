import { describe, expect, it } from "vitest";
import { selectDocuments } from "../../src/compare/select-documents";
import { parseSelection } from "../../src/compare/parse-selection";
import { DiscourseError } from "../../src/errors";
import type { Document, MetaValue, Warning } from "../../src/types";

const doc = (id: string, fields: Partial<Document> = {}, meta: Record<string, MetaValue> = {}): Document => ({ id, text: "", meta, ...fields });

const corpus: Document[] = [
  doc("carter-1979", { date: "1979-01-23", speaker: "Carter" }, { party: "Democratic", words: 3300 }),
  doc("reagan-1981", { date: "1981", speaker: "Reagan" }, { party: "Republican", words: 950 }),
  doc("bush-2001", { date: "2001-09-20", speaker: "Bush, George W." }, { party: "Republican", words: 10 }),
  doc("year-2001", { date: "2001" }, { party: "" }),
  doc("undated", { speaker: "Anon" }, { words: 9 }),
];
const ids = (selection: string, c: readonly Document[] = corpus): string[] => selectDocuments(c, selection).map((d) => d.id);

describe("selectDocuments(corpus, selection)", () => {
  it("keeps the same Document objects, in corpus order", () => {
    const out = selectDocuments(corpus, "party=Republican");
    expect(out).toEqual([corpus[1], corpus[2]]);
    expect(out[0]).toBe(corpus[1]);
  });

  it("supports each operator on strings, by codepoint and case-sensitive", () => {
    expect(ids("speaker=Carter")).toEqual(["carter-1979"]);
    expect(ids("speaker=carter")).toEqual([]);
    expect(ids("speaker!=Carter")).toEqual(["reagan-1981", "bush-2001", "undated"]);
    // An unquoted comma ends the clause, so "George W." is a clause without operator.
    expect(() => ids("speaker=Bush, George W.")).toThrow(/clause "George W." .* has no operator/);
  });

  it("compares ordering operators on strings in codepoint order", () => {
    expect(ids("speaker<C")).toEqual(["bush-2001", "undated"]);
    expect(ids("speaker<=Carter")).toEqual(["carter-1979", "bush-2001", "undated"]);
    expect(ids("speaker>Carter")).toEqual(["reagan-1981"]);
    expect(ids("speaker>=Carter")).toEqual(["carter-1979", "reagan-1981"]);
  });

  it("compares numbers numerically when both sides are numbers, strings otherwise", () => {
    // As strings "10" < "9"; as numbers 10 > 9.
    expect(ids("words>9")).toEqual(["carter-1979", "reagan-1981", "bush-2001"]);
    expect(ids("words<=9.0")).toEqual(["undated"]);
    expect(ids("words=1e1")).toEqual(["bush-2001"]);
    expect(ids("words>x")).toEqual([]); // "3300", "950", ... all sort before "x"
    expect(ids("words<x")).toEqual(["carter-1979", "reagan-1981", "bush-2001", "undated"]);
  });

  it("selects on metadata keys and on id, title and source", () => {
    expect(ids("party=Democratic")).toEqual(["carter-1979"]);
    expect(ids("id=reagan-1981")).toEqual(["reagan-1981"]);
    const c = [doc("a", { title: "State of the Union", source: "sotu.jsonl:1" }), doc("b", { title: "Farewell" })];
    expect(ids('title="State of the Union"', c)).toEqual(["a"]);
    expect(ids("source>=sotu", c)).toEqual(["a"]);
  });

  it("joins clauses with commas as AND", () => {
    expect(ids("party=Republican, date>=2000")).toEqual(["bush-2001"]);
    expect(ids("party=Republican,date<2000,words<1000")).toEqual(["reagan-1981"]);
  });

  it("never matches a document lacking the field, whatever the operator (!= included)", () => {
    expect(ids("party!=Republican")).toEqual(["carter-1979"]); // "" and absent are missing
    expect(ids("date<3000")).not.toContain("undated");
    expect(ids("date!=1979")).toEqual(["reagan-1981", "bush-2001", "year-2001"]);
  });

  it("rejects a field no document has, listing the fields they have and the nearest", () => {
    expect(() => selectDocuments(corpus, "partyy=Republican")).toThrow(
      'selectDocuments: clause "partyy=Republican" of selection "partyy=Republican" names a field no document has: "partyy" (did you mean "party"?); fields of the documents: id, date, speaker, party, words',
    );
    expect(() => selectDocuments(corpus, "region=south")).toThrow(/names a field no document has: "region"; fields of the documents: id, date, speaker, party, words$/);
    try {
      selectDocuments(corpus, "Speaker=Carter");
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_argument");
      expect((e as Error).message).toContain('(did you mean "speaker"?)');
    }
  });

  it("reports a selection matching no document once, naming the clause and the nearest value", () => {
    const warnings: Warning[] = [];
    expect(selectDocuments(corpus, "speaker=Cartr", { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings).toEqual([
      { code: "empty_selection", message: 'selectDocuments: selection "speaker=Cartr" matches none of the 5 documents; no document matches "speaker=Cartr" (did you mean "Carter"?)' },
    ]);
    expect(() => selectDocuments(corpus, "party=Republican, date<1980", { ifEmpty: "error" })).toThrow(
      'selectDocuments: selection "party=Republican, date<1980" matches none of the 5 documents; each clause matches some, but no document matches them all',
    );
    expect(() => selectDocuments(corpus, "party=Whig", { ifEmpty: "error" })).toThrow(/no document matches "party=Whig" \(values are "Democratic", "Republican"\)$/);
    expect(selectDocuments([], "party=Whig", { ifEmpty: "error" })).toEqual([]); // nothing to select from: no complaint
  });

  it("accepts quoted values holding commas, spaces, operators and escaped quotes", () => {
    expect(ids('speaker="Bush, George W."')).toEqual(["bush-2001"]);
    expect(ids('speaker = "Bush, George W." , date>=2001')).toEqual(["bush-2001"]);
    const c = [doc("a", { title: 'He said "no" <loudly>=1' })];
    expect(ids('title="He said \\"no\\" <loudly>=1"', c)).toEqual(["a"]);
  });
});

describe("selectDocuments date precision", () => {
  // Dates compare on their common precision: the longer one is cut to the shorter one.
  const c = [doc("y", { date: "2001" }), doc("m", { date: "2001-03" }), doc("d", { date: "2001-03-04" }), doc("old", { date: "2000-12-31" })];

  it('treats a document dated "2001" as equal to "2001-01-01" (year precision)', () => {
    expect(ids("date>=2001-01-01", c)).toEqual(["y", "m", "d"]);
    expect(ids("date<2001-01-01", c)).toEqual(["old"]);
    expect(ids("date=2001-01-01", c)).toEqual(["y"]);
    expect(ids("date>2001-01-01", c)).toEqual(["m", "d"]);
  });

  it('compares "2001-03-04" with "2001" as "2001" = "2001"', () => {
    expect(ids("date=2001", c)).toEqual(["y", "m", "d"]);
    expect(ids("date>2001", c)).toEqual([]);
    expect(ids("date<=2001", c)).toEqual(["y", "m", "d", "old"]);
    expect(ids("date!=2001", c)).toEqual(["old"]);
  });

  it("compares at month precision when either side is a month", () => {
    expect(ids("date=2001-03", c)).toEqual(["y", "m", "d"]); // "2001" vs "2001-03": year precision
    expect(ids("date<2001-03", c)).toEqual(["old"]);
    expect(ids("date>=2001-03-05", c)).toEqual(["y", "m"]);
    // "2001" and "2001-03" equal "2001-03-05" at their precision, so they are not before it.
    expect(ids("date<2001-03-05", c)).toEqual(["d", "old"]);
  });

  it("rejects an invalid date value, naming the selection", () => {
    expect(() => selectDocuments(c, "date>=2001-13")).toThrow(
      'selectDocuments: clause "date>=2001-13" of selection "date>=2001-13" compares with an invalid date: date "2001-13" has no month 13',
    );
    expect(() => selectDocuments(c, "party=x, date<2019-02-29")).toThrow(/clause "date<2019-02-29" .* is impossible/);
    expect(() => selectDocuments(c, "date=March 2001")).toThrow(/date must be YYYY, YYYY-MM or YYYY-MM-DD; got "March 2001"/);
  });
});

describe("selection errors", () => {
  const expectError = (selection: string, message: string | RegExp): void => {
    let error: unknown;
    try {
      selectDocuments(corpus, selection);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiscourseError);
    expect((error as DiscourseError).code).toBe("invalid_argument");
    expect((error as DiscourseError).message).toMatch(message);
  };

  it("rejects an empty selection or clause", () => {
    expectError("", 'selectDocuments: selection must be FIELD OP VALUE clauses joined by commas; got ""');
    expectError("   ", /got " {3}"/);
    expectError("party=x,", 'selectDocuments: clause "" of selection "party=x," is empty');
    expectError("party=x,,date=2001", /clause "" of selection .* is empty/);
  });

  it("rejects an unknown or missing operator, quoting the clause", () => {
    expectError("party==Republican", 'selectDocuments: clause "party==Republican" of selection "party==Republican" has unknown operator "=="; expected one of = != < <= > >=');
    expectError("date=>2001", /clause "date=>2001" .* unknown operator "=>"/);
    expectError("party<>Whig", /unknown operator "<>"/);
    expectError("party!Whig", /unknown operator "!"/);
    expectError("party~Whig", /clause "party~Whig" .* has no operator/);
    expectError('"party" Whig', /clause "\\"party\\" Whig" .* has no operator/);
  });

  it("rejects a missing field or value, quoting the clause", () => {
    expectError("party=", 'selectDocuments: clause "party=" of selection "party=" has no value after "="');
    expectError('speaker=""', /clause "speaker=\\"\\"" .* has no value/);
    expectError("date>=2001, speaker!=  ", /clause "speaker!=" .* has no value after "!="/);
    expectError("=Carter", /clause "=Carter" .* has no field/);
  });

  it("rejects unterminated quotes and stray text after a quoted value", () => {
    expectError('speaker="Bush, George', /has an unterminated quote/);
    expectError('speaker="Bush" Jr', /has text after its quoted value/);
    expectError('speaker=Bush "Jr"', /has a quote inside an unquoted value/);
  });
});

describe("parseSelection(selection)", () => {
  it("returns the clauses in order with unquoted values", () => {
    expect(parseSelection('speaker="Bush, George W.", date>=2001-09')).toEqual([
      { field: "speaker", op: "=", value: "Bush, George W.", text: 'speaker="Bush, George W."' },
      { field: "date", op: ">=", value: "2001-09", text: "date>=2001-09" },
    ]);
    expect(parseSelection(' "party name" != "a\\\\b" ')).toEqual([{ field: "party name", op: "!=", value: "a\\b", text: '"party name" != "a\\\\b"' }]);
  });

  it("names itself in its errors", () => {
    expect(() => parseSelection("x")).toThrow('parseSelection: clause "x" of selection "x" has no operator (one of = != < <= > >=)');
  });
});
