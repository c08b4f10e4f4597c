import { describe, expect, test } from "vitest";
import { claimStance, CLAIM_STANCE_COLUMNS } from "../../../src/measure/stance/claim-stance";
import { trainStanceModel } from "../../../src/measure/stance/train-stance-model";

const BAN = "This house would ban smoking in public places";
const PROMOTE = "This house would promote cycling in cities";

describe("claimStance", () => {
  test("a negative claim about the subject of a ban motion supports the motion", () => {
    const [r] = claimStance([{ id: "1", target: BAN, text: "Smoking harms the health of bystanders" }]);
    expect(Object.keys(r)).toEqual([...CLAIM_STANCE_COLUMNS]);
    expect(r).toMatchObject({ id: "1", stance: "FAVOR", motion_polarity: -1, claim_sentiment: -2 });
    expect(r.cues).toBe("motion:-1(ban) harms:-2");
    expect(r.score).toBeCloseTo(Math.tanh(2 / 4), 6);
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
    expect(r.cues).toBe("motion:+1 help:-2(not) futility:not help");
    expect(r.claim_sentiment).toBe(-3);
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
    // pollution -2 (discourse-lab addition), turned by "reduces": +2.
    expect(r.claim_sentiment).toBe(2);
    expect(r.cues).toBe("motion:+1 pollution:-2 diminished:reduces pollution:2");
    expect(r.stance).toBe("FAVOR");
  });
  test("a diminisher does not reach across a comma", () => {
    const [r] = claimStance([{ id: "1", target: PROMOTE, text: "Cycling reduces, in short, pollution" }]);
    expect(r.claim_sentiment).toBe(-2);
  });
});
