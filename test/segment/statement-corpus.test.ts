import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { statementCorpus } from "../../src/segment/statement-corpus";
import { statements } from "../../src/segment/statements";

// The invented sample report of notebook 05 (data/, written for the project).
const SAMPLE = readFileSync(path.resolve(__dirname, "../../data/news-report-sample.txt"), "utf8");

describe("statementCorpus(rows)", () => {
  const rows = statements(SAMPLE, { published: "2025-04-12" });

  test("keeps the kinds and speakers asked for", () => {
    const withParaphrase = statementCorpus(rows, { kinds: ["quote", "mixed", "paraphrase"], speakers: ["Petra Alm"] });
    expect(withParaphrase.map((d) => [d.speaker, d.date, d.meta.date_basis, d.meta.n_statements])).toEqual([["Petra Alm", "2025-04-12", "publication", 1]]);
    expect(statementCorpus(rows, { speakers: ["Nobody"] })).toEqual([]);
  });

  test("takes a report's text directly and rejects unknown kinds", () => {
    expect(statementCorpus(SAMPLE, { published: "2025-04-12" }).map((d) => d.id)).toEqual(["report:2025-04-10:hana-vos", "report:2025-04-12:ruben-hale", "report:2025-03-03:hana-vos"]);
    expect(() => statementCorpus(rows, { kinds: ["quotes" as "quote"] })).toThrow(/statementCorpus: option "kinds" must be a non-empty list of quote, mixed, paraphrase, narration/);
  });

  test("turns a corpus of reports into one document per report, speaker and event", () => {
    const reports = [
      { id: "a", text: "“We stay,” Mayor Ed Falk said on Monday.", date: "2024-05-10", meta: {} },
      { id: "b", text: "“We go,” Mayor Ed Falk said. “Soon,” he added.", date: "2024-06-01", meta: {} },
    ];
    expect(statementCorpus(reports).map((d) => [d.id, d.speaker, d.date, d.text, d.meta.date_basis])).toEqual([
      ["a:2024-05-06:ed-falk", "Ed Falk", "2024-05-06", "We stay,", "frame"],
      ["b:2024-06-01:ed-falk", "Ed Falk", "2024-06-01", "We go,\n\nSoon,", "publication"],
    ]);
  });
});
