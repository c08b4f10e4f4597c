/** The stance commands, driven in-process, checked against the library calls they stand for. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run, jsonl, asJson } from "./cli-harness";
import { stanceMarkerRates } from "../../src/compare/stance-marker-rates";
import { claimStance } from "../../src/measure/stance/claim-stance";
import { targetStance } from "../../src/measure/stance/target-stance";
import { trainStanceModel } from "../../src/measure/stance/train-stance-model";
import { predictStance } from "../../src/measure/stance/predict-stance";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-stance-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};
const docs = [
  { id: "a", date: "1990", speaker: "X", text: "We reject talks with Moscow. We may perhaps agree on trade." },
  { id: "b", date: "1991", speaker: "Y", text: "We welcome talks with Moscow. Clearly you know it." },
];
const corpusFile = write("corpus.jsonl", docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
const corpus = docs.map((d) => ({ ...d, meta: {} }));
const BAN = "This house would ban smoking in public";
const PRO = "This house would promote cycling";
const labelled = [
  { id: "1", target: BAN, text: "smoking kills people", stance: "FAVOR" },
  { id: "2", target: PRO, text: "cycling kills people", stance: "AGAINST" },
  { id: "3", target: BAN, text: "smoking relaxes people", stance: "AGAINST" },
  { id: "4", target: PRO, text: "cycling relaxes people", stance: "FAVOR" },
];
const dataFile = write("train.jsonl", labelled.map((r) => JSON.stringify(r)).join("\n") + "\n");
const claimsFile = write("claims.jsonl", labelled.map(({ stance: _s, ...r }) => JSON.stringify(r)).join("\n") + "\n");

describe("discourse-lab stance", () => {
  test("markers prints the rates of stanceMarkerRates; --hits every marker", async () => {
    const r = await run("stance", "markers", "--corpus", corpusFile, "--by", "speaker", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toEqual(asJson(stanceMarkerRates(corpus, { by: "speaker" })));
    const h = await run("stance", "markers", "--corpus", corpusFile, "--hits", "--categories", "hedge", "--format", "jsonl");
    expect(jsonl(h.stdout).map((x) => x.marker)).toEqual(["may", "perhaps"]);
  });
  test("markers --hits --dropped prints the hits a frame rules out with their rule; --dropped alone is a usage error", async () => {
    const h = await run("stance", "markers", "--corpus", corpusFile, "--hits", "--dropped", "--categories", "self_mention", "--format", "jsonl");
    expect(h.code).toBe(0);
    // Every "We" of the two speeches is the national we: none is counted, each names its rule.
    expect(jsonl(h.stdout).map((x) => `${x.marker}:${x.rule}`)).toEqual(["We:dropped:inclusive_we", "We:dropped:inclusive_we", "We:dropped:inclusive_we"]);
    const kept = await run("stance", "markers", "--corpus", corpusFile, "--hits", "--categories", "self_mention", "--format", "jsonl");
    expect(kept.stdout.trim()).toBe("");
    const bad = await run("stance", "markers", "--corpus", corpusFile, "--dropped");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--dropped needs --hits/);
  });
  test("target prints every mention with label and cues, --by aggregates", async () => {
    const args = ["stance", "target", "--corpus", corpusFile, "--target", "talks with Moscow", "--terms", "talks,negotiat*", "--near", "Moscow", "--format", "jsonl"];
    const r = await run(...args);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toEqual(asJson(targetStance(corpus, { name: "talks with Moscow", terms: ["talks", "negotiat*"], near: ["Moscow"] })));
    expect(jsonl(r.stdout).map((x) => x.label)).toEqual(["AGAINST", "FAVOR"]);
    const by = await run(...args, "--by", "speaker");
    expect(jsonl(by.stdout).map((x) => `${x.group}:${x.label}`)).toEqual(["X:AGAINST", "Y:FAVOR"]);
  });
  test("claim prints one JSON line per row with id, stance and score", async () => {
    const r = await run("stance", "claim", "--input", claimsFile);
    expect(r.code).toBe(0);
    const expected = claimStance(labelled).map(({ id, stance, score }) => ({ id, stance, score }));
    expect(jsonl(r.stdout)).toEqual(expected);
  });
  test("train writes the model trainStanceModel returns; predict labels with it; --cv prints per-class F1", async () => {
    const modelFile = path.join(tmp, "model.json");
    const t = await run("stance", "train", "--data", dataFile, "--model", modelFile, "--motion-polarity", "--min-count", "1");
    expect(t.code).toBe(0);
    const model = JSON.parse(fs.readFileSync(modelFile, "utf8"));
    expect(model).toEqual(trainStanceModel(labelled, { motionPolarity: true, minCount: 1 }));
    const p = await run("stance", "predict", "--model", modelFile, "--input", claimsFile);
    expect(jsonl(p.stdout)).toEqual(predictStance(model, labelled).map(({ id, stance, score, probability }) => ({ id, stance, score, probability })));
    const cv = await run("stance", "train", "--data", dataFile, "--cv", "2", "--motion-polarity", "--min-count", "1", "--format", "jsonl");
    expect(cv.code).toBe(0);
    expect(jsonl(cv.stdout).map((x) => x.label)).toEqual(["AGAINST", "FAVOR"]);
    expect(cv.stderr).toMatch(/2-fold cross-validation by target: accuracy \d\.\d{3}, macro-F1/);
  });
  test("usage errors exit 2; bad input files exit 1 naming file and line", async () => {
    expect((await run("stance", "train", "--data", dataFile)).code).toBe(2);
    expect((await run("stance", "target", "--corpus", corpusFile, "--target", "x")).code).toBe(2);
    const bad = write("bad.jsonl", '{"id":"1","target":"t","text":"x"}\n{"id":"2","target":"t"}\n');
    const r = await run("stance", "claim", "--input", bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`discourse-lab: ${bad}:2: field "text" must be a string\n`);
    const notModel = write("notmodel.json", '{"format":"x"}');
    const m = await run("stance", "predict", "--model", notModel, "--input", claimsFile);
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/notmodel\.json/);
  });
});
