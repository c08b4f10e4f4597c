import { describe, expect, test } from "vitest";
import { STANCE_MARKER_COLUMNS, stanceMarkers } from "../../../src/measure/stance/stance-markers";

const doc = (text: string) => [{ id: "a", text, meta: {}, speaker: "S", date: "2000" }];
const hits = (text: string, categories?: Parameters<typeof stanceMarkers>[1]) => stanceMarkers(doc(text), categories).map((r) => `${r.category}:${r.marker}`);

describe("stanceMarkers", () => {
  test("finds the five Hyland categories with offsets, rule, lexicon and sentence", () => {
    const text = "I may perhaps agree. Clearly you should remember this.";
    const rows = stanceMarkers(doc(text));
    // "should" here is deontic (an obligation), not a hedge: dropped by its frame.
    expect(rows.map((r) => `${r.category}:${r.marker}`)).toEqual(["self_mention:I", "hedge:may", "hedge:perhaps", "attitude:agree", "booster:Clearly", "engagement:you", "engagement:remember"]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.marker);
    expect(Object.keys(rows[0])).toEqual([...STANCE_MARKER_COLUMNS]);
    expect(rows[1]).toMatchObject({ rule: "frame:epistemic_modal", lexicon: "discourse-lab:hyland-2005", sentence_index: 0, sentence: "I may perhaps agree." });
    expect(rows[2]).toMatchObject({ rule: "lexicon" });
  });
  test("'May' the month is no hedge; 'may' the modal is", () => {
    expect(hits("In May the talks resumed.")).toEqual([]);
    expect(hits("The vote of 3 May passed.")).toEqual([]);
    expect(hits("They met on May 4.")).toEqual([]);
    expect(hits("May God bless America.")).toEqual([]);
    // "May we go?" asks permission (and its "we" is not the speaker alone): only the second "may" hedges.
    expect(hits("May we go? It may rain.")).toEqual(["hedge:may"]);
  });
  test("a booster inside a negation is a hedge (rule negated_booster)", () => {
    const rows = stanceMarkers(doc("It is not certain. It is certainly true."));
    expect(rows.map((r) => `${r.category}:${r.marker}:${r.rule}`)).toEqual(["hedge:certain:negated_booster", "booster:certainly:lexicon"]);
  });
  test("hedges from the hedges package: 'about' only before a number", () => {
    const rows = stanceMarkers(doc("About 40 people came to talk about it. It apparently worked."));
    expect(rows.map((r) => `${r.category}:${r.marker}:${r.lexicon}`)).toEqual(["hedge:About:hedges@2.0.1", "hedge:apparently:discourse-lab:hyland-2005"]);
  });
  test("'will' from the hedges package is not a hedge", () => {
    expect(hits("It will rain.")).toEqual([]);
  });
  test("'US' is not the pronoun us; 'World War I' is not a self-mention", () => {
    expect(hits("The US helped me. World War I ended.")).toEqual(["self_mention:me"]);
  });
  test("reads the shared tokens: 'we're' is we + 're and 'couldn't' is could + n't, as 'we are' and 'could not'", () => {
    // Inclusive "we" is no self-mention; the frame still sees "'re" and "'ll" as words after it.
    expect(hits("We're ready, and we'll go.", { dropped: true })).toEqual(["self_mention:We", "self_mention:we"]);
    expect(stanceMarkers(doc("We're ready, and we'll go."), { dropped: true }).map((r) => r.rule)).toEqual(["dropped:inclusive_we", "dropped:inclusive_we"]);
    expect(hits("It couldn't be clearer.", { dropped: true })).toEqual(hits("It could not be clearer.", { dropped: true }));
    // A negated modal is emphatic certainty, not tentativeness ("could not be clearer").
    expect(stanceMarkers(doc("It couldn't be clearer."), { dropped: true }).map((r) => `${r.category}:${r.marker}:${r.rule}`)).toEqual(["hedge:could:dropped:negated_modal"]);
    expect(hits("It couldn't be clearer.")).toEqual([]);
  });
  test("the longest phrase wins: 'of course' is one booster", () => {
    expect(hits("Of course it works.")).toEqual(["booster:Of course"]);
  });
  test("categories pick the lists; weasel words are opt-in", () => {
    expect(hits("We clearly did a lot.", { categories: ["booster"] })).toEqual(["booster:clearly"]);
    expect(() => stanceMarkers([], { dropped: "yes" as never })).toThrow(/stanceMarkers: option "dropped"/);
    expect(hits("We did a lot.", { categories: ["weasel"] })).toEqual(["weasel:a lot"]);
    expect(() => stanceMarkers([], { categories: ["hedging" as never] })).toThrow(/stanceMarkers: option "categories"/);
  });
});

/** category:marker:rule of every hit, the dropped ones included. */
const decisions = (text: string) => stanceMarkers(doc(text), { dropped: true }).map((r) => `${r.category}:${r.marker}:${r.rule}`);

// Texts written for these tests, in several styles; every expectation checked by hand against
// bench/data/stance-markers/GUIDELINES.md (Hyland 2005 categories).
describe("stanceMarkers: markers that mean what they say (frame rules, issue 15)", () => {
  test("wire copy: epistemic 'could' and 'about' + number hedge; ability 'can' and quantifier 'many' do not", () => {
    expect(decisions("The ministry said prices could rise by about 3 percent next year. Officials can release the figures on Monday, and many analysts expect a rate cut.")).toEqual([
      "hedge:could:frame:epistemic_modal",
      "hedge:about:frame:approximator_before_number",
      "hedge:can:dropped:root_can",
      "hedge:many:dropped:quantifier",
    ]);
    expect(hits("It can be argued that the cuts came too late.")).toEqual(["hedge:can"]);
  });
  test("transcript: the verb 'like' and the comparing 'like' are no hedges; 'something like 40' is", () => {
    expect(decisions("I like this plan. It's like a second chance, you know.")).toEqual([
      "self_mention:I:lexicon",
      "hedge:like:dropped:verb_like",
      "hedge:like:dropped:like_not_approximating",
      "engagement:you:lexicon",
      "booster:know:frame:speaker_know",
    ]);
    expect(hits("Something like 40 towns flooded.")).toEqual(["hedge:like"]);
    expect(decisions("Even the chairman agreed, and I would like to thank him.")).toEqual([
      "attitude:Even:frame:scalar_even",
      "self_mention:I:lexicon",
      "hedge:would:dropped:volitional_would",
      "hedge:like:dropped:verb_like",
    ]);
  });
  test("press release: 'we' and 'our' are the speaker in executive frames only", () => {
    expect(decisions("We propose a new budget. Our plan will cut costs; our nation must act now.")).toEqual([
      "self_mention:We:frame:executive_we",
      "self_mention:Our:frame:executive_our",
      "self_mention:our:dropped:national_our",
      "booster:must:dropped:deontic_must",
    ]);
  });
  test("blog: 'I think', 'might', 'seems' and the speaker's hope count; concessive 'even if' does not", () => {
    expect(hits("Honestly, I think this might be the worst idea ever. It seems wrong. I hope they listen, even if they won't.")).toEqual([
      "self_mention:I",
      "hedge:think",
      "hedge:might",
      "hedge:seems",
      "self_mention:I",
      "attitude:hope",
    ]);
    expect(decisions("Sales were even higher in May.")).toEqual(["attitude:even:dropped:comparative_even"]);
    expect(decisions("Their hopes of a deal faded. Aid workers spread hope in the camps.")).toEqual(["attitude:hopes:dropped:hope_of_others", "attitude:hope:dropped:hope_as_object"]);
  });
  test("broadsheet: 'certain' meaning specific, a parenthetical 'I believe' and 'believe in' are no boosters", () => {
    expect(decisions("Certain provisions of the bill are, I believe, unlikely to survive. I am certain that it will pass, but critics believe in a different outcome.")).toEqual([
      "booster:Certain:dropped:specific_certain",
      "self_mention:I:lexicon",
      "booster:believe:dropped:parenthetical_believe",
      "hedge:unlikely:lexicon",
      "self_mention:I:lexicon",
      "booster:certain:frame:predicative_certain",
      "booster:believe:dropped:believe_in",
    ]);
    expect(decisions("There must have been an error. The report shows that costs rose; it will prove ample.")).toEqual([
      "booster:must:frame:epistemic_must_have",
      "booster:shows:frame:demonstrate_that",
      "booster:prove:dropped:turn_out_or_display",
    ]);
  });
  test("speech: directives count when addressed to the audience; perception 'see' does not; quoted words are another speaker's", () => {
    expect(decisions("Let us remember the fallen. The people see a city in trouble. Consider the cost.")).toEqual([
      "engagement:Let us:lexicon",
      "engagement:remember:frame:addressed_directive",
      "engagement:see:dropped:not_directed",
      "engagement:Consider:frame:imperative",
    ]);
    expect(decisions('She wrote: "You must see this."')).toEqual(["engagement:You:dropped:quoted", "booster:must:dropped:quoted", "engagement:see:dropped:quoted"]);
    expect(decisions("Thank you, my friends. The friends of the treaty met.")).toEqual([
      "engagement:you:lexicon",
      "self_mention:my:lexicon",
      "engagement:friends:frame:vocative_friends",
      "engagement:friends:dropped:friends_as_allies",
    ]);
  });
  test("report prose: contingent and purpose modals, noun 'estimate' and 'say' reporting are dropped", () => {
    expect(decisions("Such changes as may be necessary will follow, in order that the ports may open. The estimate of 40,000 jobs is high, the unions say.")).toEqual([
      "hedge:may:dropped:contingent_modal",
      "hedge:may:dropped:purpose_clause",
      "hedge:estimate:dropped:noun_estimate",
      "hedge:say:dropped:reporting_say",
    ]);
    expect(decisions("We would need, say, 40 more inspectors.")).toEqual(["self_mention:We:dropped:inclusive_we", "hedge:would:frame:hypothetical_would", "hedge:say:frame:approximation_say"]);
  });
  test("without `dropped` the rows are exactly the kept ones, and every dropped row names its rule", () => {
    const text = "We can and we will. Many say it may work, and I hope it does.";
    const all = stanceMarkers(doc(text), { dropped: true });
    const kept = stanceMarkers(doc(text));
    expect(kept).toEqual(all.filter((r) => !r.rule.startsWith("dropped:")));
    expect(all.filter((r) => r.rule.startsWith("dropped:")).length).toBeGreaterThan(0);
    for (const r of all) expect(r.rule).toMatch(/^(lexicon|negated_booster|frame:[a-z_]+|dropped:[a-z_]+)$/);
  });
});
