import { describe, expect, test } from "vitest";
import { claimMotionPolarity } from "../../../src/measure/stance/claim-motion-polarity";
import { claimStance, CLAIM_STANCE_COLUMNS } from "../../../src/measure/stance/claim-stance";
import { trainStanceModel } from "../../../src/measure/stance/train-stance-model";

const BAN = "This house would ban smoking in public places";
const PROMOTE = "This house would promote cycling in cities";

describe("claimStance", () => {
  test("a negative claim about the subject of a ban motion supports the motion", () => {
    const [r] = claimStance([{ id: "1", target: BAN, text: "Smoking harms the health of bystanders" }]);
    expect(Object.keys(r)).toEqual([...CLAIM_STANCE_COLUMNS]);
    // "harms" -2, doubled: it sits in the clause of "Smoking", the motion's subject.
    expect(r).toMatchObject({ id: "1", stance: "FAVOR", motion_polarity: -1, claim_sentiment: -4 });
    expect(r.cues).toBe("motion:-1(ban) harms:-4(target)");
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
    expect(r.cues).toBe("motion:+1 help:-4(not,target) futility:not help");
    expect(r.claim_sentiment).toBe(-5);
    expect(r.stance).toBe("AGAINST");
  });
  test("a claim with no scored word is FAVOR with confidence 0", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling lanes are painted blue" }]);
    expect(r).toMatchObject({ stance: "FAVOR", confidence: 0, score: 0 });
  });
  test("a model trained with motionPolarity adds its score; a model without it is refused", () => {
    const rows = [
      { id: "1", target: BAN, text: "smoking kills", stance: "FAVOR" },
      { id: "2", target: PROMOTE, text: "cycling kills", stance: "AGAINST" },
      { id: "3", target: BAN, text: "smoking relaxes", stance: "AGAINST" },
      { id: "4", target: PROMOTE, text: "cycling relaxes", stance: "FAVOR" },
    ];
    const model = trainStanceModel(rows, { minCount: 1, lexicon: false, motionPolarity: true });
    const [r] = claimStance([{ id: "5", target: "This house would ban driving", text: "driving kills" }], { model });
    expect(r.cues).toMatch(/model:-?\d/);
    expect(r.stance).toBe("FAVOR");
    const plain = trainStanceModel(rows, { minCount: 1, motionPolarity: false });
    expect(() => claimStance([], { model: plain })).toThrow(/claimStance: option "model"/);
  });
});

describe("claimStance diminishers", () => {
  test("'reduces crime' is good news about the subject: supports a motion that promotes it", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling reduces pollution" }]);
    // pollution -2 (discourse-lab addition), turned by "reduces": +2, doubled near "Cycling".
    expect(r.claim_sentiment).toBe(4);
    expect(r.cues).toBe("motion:+1 pollution:4(turned:reduces,target)");
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
    expect(r.cues).toBe("motion:+1 restrict:0(shifter) freedom:-4(turned:restrict,target)");
    expect(r.stance).toBe("AGAINST");
  });
  test("a denial reverses the claim and its own words do not count", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "It is not true that cycling is dangerous" }]);
    expect(r.cues).toBe("motion:+1 dangerous:-4(target) denial");
    expect(r).toMatchObject({ stance: "FAVOR", claim_sentiment: 4 });
  });
  test("sentiment after 'rather than' is about the alternative", () => {
    const [r] = claimStance([{ id: "1", target: "This house would fund public libraries", text: "Money should go to schools rather than to useless libraries" }]);
    expect(r.cues).toBe("motion:+1 useless:4(contrast:than,target)");
    expect(r.stance).toBe("FAVOR");
  });
  test("a word naming the motion's subject is neither a shifter nor an opinion of it", () => {
    const [r] = claimStance([{ id: "1", target: "This house would enforce term limits on mayors", text: "Term limits bring fresh ideas" }]);
    expect(r.cues).toBe("motion:+1 fresh:2(target)");
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
