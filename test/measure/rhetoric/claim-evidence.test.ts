import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { rhetoricEvaluation, type GoldSpan } from "../../../src/measure/rhetoric-evaluation";
import { rhetoricMatches } from "../../../src/measure/rhetoric-matches";
import { rhetoricRules } from "../../../src/measure/rhetoric-rules";
import { CLAIM_EVIDENCE } from "../../../src/measure/rhetoric/claim-evidence";
import { unseenSample } from "./unseen-sample";

// The counts behind each claim are recomputed from the annotated data (nobody on the team
// wrote it): the SemEval-2021 Task 6 train spans in ../shared, and the State of the Union
// paragraphs annotated for bench/rhetoric.mjs --unseen (`unseenSample`, shared with that bench).
const SHARED = path.resolve(__dirname, "../../../../shared/corpora");
const jsonl = (f: string) =>
  fs.readFileSync(f, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, any>);

function memes() {
  const records = jsonl(path.join(SHARED, "semeval2021-task6-spans/data.jsonl"));
  const docs = records.map((r) => ({ id: r.id as string, text: r.text as string, meta: {} }));
  const gold: GoldSpan[] = records.flatMap((r) => (r.spans as any[]).map((s) => ({ doc_id: r.id, start: s.start, end: s.end, technique: s.technique })));
  return { docs, gold };
}

function speeches() {
  const { paragraphs, gold } = unseenSample(path.resolve(__dirname, "../../.."));
  return { docs: paragraphs.map(({ id, text }) => ({ id, text, meta: {} })), gold: gold as GoldSpan[] };
}

describe("claim evidence of the rule catalogue", () => {
  const claimed = rhetoricRules().filter((r) => r.technique !== null);

  test("every claiming rule has evidence on both sets, and only claiming rules have it", () => {
    expect(Object.keys(CLAIM_EVIDENCE).sort()).toEqual(claimed.map((r) => r.rule).sort());
    for (const r of rhetoricRules()) {
      if (r.technique === null) expect([r.precision_memes, r.precision_speeches]).toEqual([null, null]);
      else expect(r.precision_memes).toBeCloseTo(CLAIM_EVIDENCE[r.rule].memes.matched / CLAIM_EVIDENCE[r.rule].memes.spans, 12);
    }
  });

  for (const [set, load] of [["memes", memes], ["speeches", speeches]] as const) {
    test(`the ${set} counts are what the rules find on the annotated data`, () => {
      const { docs, gold } = load();
      expect(docs.length).toBe(set === "memes" ? 686 : 400);
      const rows = rhetoricMatches(docs);
      for (const r of claimed) {
        const e = rhetoricEvaluation(rows.filter((x) => x.rule === r.rule), gold)[0];
        expect({ rule: r.rule, spans: e.n_predicted, matched: e.n_predicted_matched }).toEqual({ rule: r.rule, ...CLAIM_EVIDENCE[r.rule][set] });
      }
    });
  }

  test("every claim keeps at least 0.5 precision on the memes it was decided on", () => {
    for (const r of claimed) expect(r.precision_memes!).toBeGreaterThan(0.5);
  });
});
