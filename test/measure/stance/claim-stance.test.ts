import { describe, expect, test } from "vitest";
import { claimMotionPolarity } from "../../../src/measure/stance/claim-motion-polarity";
import { claimStance, CLAIM_STANCE_COLUMNS } from "../../../src/measure/stance/claim-stance";
import { trainStanceModel } from "../../../src/measure/stance/train-stance-model";
import { trainClaimStanceModel } from "../../../src/measure/stance/train-claim-stance-model";
import { predictClaimStance } from "../../../src/measure/stance/predict-claim-stance";
import { checkClaimStanceModel } from "../../../src/measure/stance/claim-stance-model";

/** The cues without the structure entries (motion target, claim target, relation). */
const wordCues = (cues: string) => cues.replace(/ motion_target:"[^"]*"| claim_target:"[^"]*"| relation:\w+\([^)]*\)/g, "");

const BAN = "This house would ban smoking in public places";
const PROMOTE = "This house would promote cycling in cities";

describe("claimStance", () => {
  test("a negative claim about the subject of a ban motion supports the motion", () => {
    const [r] = claimStance([{ id: "1", target: BAN, text: "Smoking harms the health of bystanders" }]);
    expect(Object.keys(r)).toEqual([...CLAIM_STANCE_COLUMNS]);
    // "harms" -2, doubled: it sits in the clause of "Smoking", the motion's subject.
    expect(r).toMatchObject({ id: "1", stance: "FAVOR", motion_polarity: -1, claim_sentiment: -4 });
    expect(wordCues(r.cues)).toBe("motion:-1(ban) harms:-4(target)");
    expect(r.score).toBeCloseTo(Math.tanh(4 / 4), 6);
  });
  test("the same claim contests a motion that promotes its subject; a positive one supports it", () => {
    const [a, b] = claimStance([
      { id: "a", target: PROMOTE, text: "Cycling in traffic is dangerous" },
      { id: "b", target: PROMOTE, text: "Cycling improves health and happiness" },
    ]);
    expect(a.stance).toBe("AGAINST");
    expect(b.stance).toBe("FAVOR");
  });
  test("negation flips the claim: 'do not help' counts against twice (the word and the outcome)", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling lanes do not help commuters" }]);
    expect(wordCues(r.cues)).toBe("motion:+1 help:-4(not,target) futility:not help");
    expect(r.claim_sentiment).toBe(-5);
    expect(r.stance).toBe("AGAINST");
  });
  test("a claim with no scored word is FAVOR with confidence 0", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling lanes are painted blue" }]);
    expect(r).toMatchObject({ stance: "FAVOR", confidence: 0, score: 0 });
  });
  test("every decision carries its structure: motion target, claim target, relation", () => {
    const [r] = claimStance([{ id: "1", target: BAN, text: "Smoking harms the health of bystanders" }]);
    expect(r).toMatchObject({ motion_target: "smoking in public places", claim_target: "Smoking", relation: "consistent" });
    expect(r.cues).toContain('motion_target:"smoking in public places" claim_target:"Smoking" relation:consistent(same words: smoking)');
  });
  test("a claim about a WordNet antonym of the motion's target, as its subject, is contrastive: its sentiment is turned", () => {
    const target = "This house would fund public schools";
    const [r] = claimStance([{ id: "1", target, text: "Private schools offer excellent teaching" }]);
    expect(r.relation).toBe("contrastive");
    expect(r.cues).toContain("relation:contrastive(private~public schools)");
    expect(r.stance).toBe("AGAINST");
    const [s] = claimStance([{ id: "2", target, text: "Public schools offer excellent teaching" }]);
    expect(s).toMatchObject({ relation: "consistent", stance: "FAVOR" });
  });
  test("an n-gram model from trainStanceModel is refused with a pointer to trainClaimStanceModel", () => {
    const rows = [
      { id: "1", target: BAN, text: "smoking kills", stance: "FAVOR" },
      { id: "2", target: PROMOTE, text: "cycling kills", stance: "AGAINST" },
    ];
    const plain = trainStanceModel(rows, { minCount: 1 });
    expect(() => claimStance([], { model: plain as never })).toThrow(/claimStance: option "model" must be a model from trainClaimStanceModel/);
  });
});

describe("trainClaimStanceModel", () => {
  // Claims written for this test, four motions, two stances each way; no topic word is a feature.
  const motions = ["This house would ban smoking in public places", "This house would promote cycling in cities", "This house would abolish the death penalty", "This house would subsidize solar power"];
  const rows = motions.flatMap((target, t) => [
    { id: `${t}a`, target, text: `${target.split(" ").slice(4).join(" ")} is harmful and dangerous`, stance: target.includes("promote") || target.includes("subsidize") ? "AGAINST" : "FAVOR" },
    { id: `${t}b`, target, text: `${target.split(" ").slice(4).join(" ")} brings great benefits`, stance: target.includes("promote") || target.includes("subsidize") ? "FAVOR" : "AGAINST" },
    { id: `${t}c`, target, text: `Critics say ${target.split(" ").slice(4).join(" ")} is a terrible failure`, stance: target.includes("promote") || target.includes("subsidize") ? "AGAINST" : "FAVOR" },
    { id: `${t}d`, target, text: `${target.split(" ").slice(4).join(" ")} improves lives`, stance: target.includes("promote") || target.includes("subsidize") ? "FAVOR" : "AGAINST" },
  ]);
  const model = trainClaimStanceModel(rows, { innerFolds: 2 });
  test("the model is plain JSON, readable back, and names no topic word among its features", () => {
    const back = checkClaimStanceModel(JSON.parse(JSON.stringify(model)));
    expect(back.trained).toEqual({ rows: 16, topics: 4, innerFolds: 2 });
    const features = Object.keys(model.classifier.features);
    expect(features.some((f) => /smok|cycl|solar|death/.test(f))).toBe(false);
    expect(features).toContain("bias");
  });
  test("predictions on an unseen motion follow the structure, with calibrated probabilities and abstention", () => {
    const test = [
      { id: "x", target: "This house would ban boxing", text: "Boxing is harmful and dangerous" },
      { id: "y", target: "This house would ban boxing", text: "Boxing brings great benefits" },
    ];
    const out = predictClaimStance(model, test);
    expect(out.map((o) => o.stance)).toEqual(["FAVOR", "AGAINST"]);
    for (const o of out) {
      expect(o.probability).toBeGreaterThanOrEqual(0.5);
      expect(o.probability).toBeLessThanOrEqual(1);
      expect(o.features).toMatch(/rule:/);
    }
    expect(predictClaimStance(model, test, { abstainBelow: 1 }).map((o) => o.stance)).toEqual(["NONE", "NONE"]);
    const viaRule = claimStance(test, { model });
    expect(viaRule.map((r) => r.stance)).toEqual(["FAVOR", "AGAINST"]);
    expect(viaRule[0].cues).toMatch(/model:P\(FAVOR\)=0\.\d+/);
  });
  test("bad input is refused before training", () => {
    expect(() => trainClaimStanceModel(rows.slice(0, 2))).toThrow(/trainClaimStanceModel: argument "rows"/);
    expect(() => trainClaimStanceModel(rows.map((r) => ({ ...r, stance: "FAVOR" })))).toThrow(/both stances/);
    expect(() => trainClaimStanceModel(rows.map((r, i) => (i === 3 ? { ...r, stance: "NONE" } : r)))).toThrow(/rows\[3\]/);
  });
});

describe("claimStance diminishers", () => {
  test("'reduces crime' is good news about the subject: supports a motion that promotes it", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling reduces pollution" }]);
    // pollution -2 (discourse-lab addition), turned by "reduces": +2, doubled near "Cycling".
    expect(r.claim_sentiment).toBe(4);
    expect(wordCues(r.cues)).toBe("motion:+1 pollution:4(turned:reduces,target)");
    expect(r.stance).toBe("FAVOR");
  });
  test("a diminisher does not reach across a comma", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling reduces, in short, pollution" }]);
    expect(r.claim_sentiment).toBe(-2);
  });
});

describe("claimStance shifters, denials and contrast", () => {
  test("a diminisher turns a positive word too, and its own value is dropped", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling lanes restrict the freedom of drivers" }]);
    expect(wordCues(r.cues)).toBe("motion:+1 restrict:0(shifter) freedom:-4(turned:restrict,target)");
    expect(r.stance).toBe("AGAINST");
  });
  test("a denial reverses the claim and its own words do not count", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "It is not true that cycling is dangerous" }]);
    expect(wordCues(r.cues)).toBe("motion:+1 dangerous:-4(target) denial");
    expect(r).toMatchObject({ stance: "FAVOR", claim_sentiment: 4 });
  });
  test("sentiment after 'rather than' is about the alternative", () => {
    const [r] = claimStance([{ id: "1", target: "This house would fund public libraries", text: "Money should go to schools rather than to useless libraries" }]);
    expect(wordCues(r.cues)).toBe("motion:+1 useless:4(contrast:than,target)");
    expect(r.stance).toBe("FAVOR");
  });
  test("a word naming the motion's subject is neither a shifter nor an opinion of it", () => {
    const [r] = claimStance([{ id: "1", target: "This house would enforce term limits on mayors", text: "Term limits bring fresh ideas" }]);
    expect(wordCues(r.cues)).toBe("motion:+1 fresh:2(target)");
    expect(r.stance).toBe("FAVOR");
  });
});

describe("claimMotionPolarity", () => {
  test.each([
    ["This house would ban smoking", -1, ["ban"]],
    ["This house believes that fireworks should be banned", -1, ["banned"]],
    ["This house believes that states should not subsidize farming", -1, ["not"]],
    ["This house believes that fast fashion is harmful", -1, ["harmful"]],
    ["This house believes the church is justified in forbidding dancing", -1, ["forbidding"]],
    ["This house believes that denial of the moon landing should be a criminal offence", -1, ["criminal"]],
    ["This house opposes zoos", -1, ["opposes"]],
    ["This house would enforce term limits on mayors", 1, []],
    ["This house would not ban smoking", 1, ["not", "ban"]],
    ["This house would promote cycling in cities", 1, []],
  ])("%s -> %d", (topic, polarity, reversers) => {
    expect(claimMotionPolarity(topic)).toEqual({ polarity, reversers });
  });
});
