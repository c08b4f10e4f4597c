/** `discourse-lab rhetoric` and `chart rhetoric`, driven in-process, checked against the library. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run, jsonl } from "./cli-harness";
import { rhetoricMatches } from "../../src/measure/rhetoric-matches";
import { rhetoricSummary } from "../../src/measure/rhetoric-summary";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-rhetoric-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const DOCS = [
  { id: "a", text: "😀 They are either fools or liars. We will never talk.", spans: [{ start: 0, end: 2 }], date: "not a date" },
  { id: 7, text: "Talks? Neither here nor there, not worth a penny; not worth a penny.", score: 3 },
];
const INPUT = path.join(tmp, "in.jsonl");
fs.writeFileSync(INPUT, DOCS.map((d) => JSON.stringify(d)).join("\n") + "\n");
const CORPUS = DOCS.map((d) => ({ id: String(d.id), text: d.text, meta: {} }));

describe("discourse-lab rhetoric", () => {
  test("--input FILE.jsonl --format jsonl prints one row per match {doc_id, rule, technique, start, end, text}; other fields ignored", async () => {
    const r = await run("rhetoric", "--input", INPUT, "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const rows = jsonl(r.stdout);
    const lib = rhetoricMatches(CORPUS).map(({ doc_id, rule, technique, start, end, text }) => ({ doc_id, rule, technique, start, end, text }));
    expect(rows).toEqual(lib);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["doc_id", "rule", "technique", "start", "end", "text"]);
      const doc = CORPUS.find((d) => d.id === row.doc_id)!;
      expect(doc.text.slice(row.start as number, row.end as number)).toBe(row.text); // UTF-16 offsets (the emoji counts 2)
    }
    expect(rows).toContainEqual({ doc_id: "a", rule: "false-dilemma", technique: null, start: 12, end: 33, text: "either fools or liars" });
    expect(rows).toContainEqual(expect.objectContaining({ doc_id: "7", rule: "neither-nor", technique: null, text: "Neither here nor there" }));
  });

  test("--rules keeps the named rules; --summary prints counts and rates derived from the rows", async () => {
    const r = await run("rhetoric", "--input", INPUT, "--rules", "repetition,absolutes", "--format", "jsonl");
    expect(new Set(jsonl(r.stdout).map((x) => x.rule))).toEqual(new Set(["repetition", "absolutes"]));
    const s = await run("rhetoric", "--input", INPUT, "--rules", "repetition,absolutes", "--summary", "--format", "jsonl");
    expect(s.code).toBe(0);
    const lib = rhetoricSummary(CORPUS, rhetoricMatches(CORPUS, { rules: ["repetition", "absolutes"] }), { by: "document", rules: ["repetition", "absolutes"] });
    expect(jsonl(s.stdout)).toEqual(JSON.parse(JSON.stringify(lib)));
    expect(jsonl(s.stdout).find((x) => x.group === "7" && x.rule === "repetition")).toMatchObject({ count: 2 });
  });

  test("--list-rules prints the catalogue", async () => {
    const r = await run("rhetoric", "--list-rules", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.rule)).toContain("false-dilemma");
  });

  test("an unknown rule is a usage error (exit 2); a bad input line names file and line (exit 1)", async () => {
    const bad = await run("rhetoric", "--input", INPUT, "--rules", "absolute");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^discourse-lab: rhetoricMatchesIterate: option "rules" must be built-in rule ids among .*; got "absolute"\n$/);
    const file = path.join(tmp, "bad.jsonl");
    fs.writeFileSync(file, '{"id": "x", "text": "ok"}\n{"id": "y"}\n');
    const r = await run("rhetoric", "--input", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`discourse-lab: ${file}:2: field "text" must be a string\n`);
    const both = await run("rhetoric", "--input", INPUT, "--corpus", file);
    expect(both.code).toBe(2);
  });

  test("chart rhetoric writes the heatmap", async () => {
    const out = path.join(tmp, "charts");
    const r = await run("chart", "rhetoric", "--input", INPUT, "--out", out, "--rules", "absolutes,repetition");
    expect(r.code).toBe(0);
    const spec = JSON.parse(fs.readFileSync(path.join(out, "rhetoric.vl.json"), "utf8"));
    expect(spec.mark).toEqual({ type: "rect" });
    expect(fs.existsSync(path.join(out, "rhetoric.png"))).toBe(true);
  }, 30_000);
});
