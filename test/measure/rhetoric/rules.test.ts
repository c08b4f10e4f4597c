/**
 * Every built-in rhetoric rule on hand-written sentences: what it must find (the exact
 * matched text) and near-misses it must leave alone.
 */
import { describe, expect, test } from "vitest";
import { rhetoricMatches } from "../../../src/measure/rhetoric-matches";
import { rhetoricRules } from "../../../src/measure/rhetoric-rules";

const found = (rule: string, text: string) => rhetoricMatches([{ id: "t", text, meta: {} }], { rules: [rule] }).map((r) => r.text);

type Case = { hits: [string, string[]][]; misses: string[] };

const CASES: Record<string, Case> = {
  "rhetorical-question": {
    hits: [
      ["Who pays for this war? We do.", ["Who pays for this war?"]],
      ["He said: \"And what did they get?!\" Nothing.", ["He said: \"And what did they get?!\""]],
    ],
    misses: ["They asked the 'why?' of it all and moved on.", "We will win."],
  },
  hypophora: {
    hits: [
      ["Who pays for this war? We do. And we will.", ["Who pays for this war? We do."]],
      ["What did they promise? Nothing at all.", ["What did they promise? Nothing at all."]],
    ],
    misses: ["Who pays? Who cares?", "Who pays?\n\nThe next chapter begins here.", "Why? Because the long answer takes many more words than fifteen to give in full here today."],
  },
  antithesis: {
    hits: [
      ["Talks do not lower pressure but open the way to demands.", ["not lower pressure but open the way to demands"]],
      ["We want peace, not war.", ["We want peace, not war"]],
      ["They say it began in 1979. No. It began much earlier.", ["No. It began much earlier."]],
    ],
    misses: [
      "This is not only about oil but also about pride.",
      "I did not go. But she went.",
      "We want peace, not to mention stability for the whole region and beyond our borders today.",
    ],
  },
  anaphora: {
    hits: [
      ["We will fight. We will win. Then we rest.", ["We will fight. We will win."]],
      ["Never again war; never again fear.", ["Never again war; never again fear."]],
    ],
    misses: ["The sun rose. The rain fell.", "We will fight. They will run."],
  },
  epistrophe: {
    hits: [
      ["Government of the people, by the people; for the people.", []],
      ["They took the land. We want the land. Give back the land.", ["They took the land. We want the land. Give back the land."]],
      ["It harms our nation. We defend our nation.", ["It harms our nation. We defend our nation."]],
    ],
    misses: ["They took the land. We want a land.", "Say it. Do it. Mean it."],
  },
  "list-of-three": {
    hits: [
      ["They used coups, sanctions, sieges, etc. against us.", ["coups, sanctions, sieges, etc."]],
      ["They met the president, the foreign minister and others.", ["the president, the foreign minister and others"]],
      ["We need jobs, schools, and hospitals.", ["jobs, schools, and hospitals"]],
    ],
    misses: ["We need jobs and schools.", "When the war ended, the soldiers who had fought for years came home, and the country slowly rebuilt."],
  },
  "false-dilemma": {
    hits: [["Whoever trusts them is either hopelessly naive or an accomplice of theirs.", ["either hopelessly naive or an accomplice of theirs"]]],
    misses: ["I do not like it either.", "Tea or coffee?", "Either way, we go. Or not."],
  },
  "neither-nor": {
    hits: [["We will answer neither by letter nor by phone.", ["neither by letter nor by phone"]]],
    misses: ["Neither did I.", "Neither side came. Nor did the press."],
  },
  absolutes: {
    hits: [
      ["There will be no talks at any level, and everyone knows it.", ["no talks", "at any level", "everyone"]],
      ["No one will ever again trust them.", ["No one", "ever again"]],
      ["There will be no negotiations and no results.", ["no negotiations", "no results"]],
    ],
    misses: ["Not all of them agreed.", "It is all right, after all.", "The tall wall stood overall.", "It is no longer true, no doubt.", "No, thanks."],
  },
  "in-group": {
    hits: [["We defend our nation.", ["We", "our nation"]]],
    misses: ["He defends his home.", "Use the USB ports."],
  },
  "out-group": {
    hits: [["They lied to the other side about their plans.", ["They", "the other side", "their"]]],
    misses: ["The theme is thermal.", "We came home."],
  },
  "name-calling": {
    hits: [["It installed a puppet regime; they are traitors and thugs.", ["puppet", "regime", "traitors", "thugs"]]],
    misses: ["The puppy slept.", "The rat race never ends.", "We reformed criminal justice."],
  },
  "loaded-language": {
    hits: [["It was a brutal, vicious and disastrous act.", ["brutal", "disastrous"]]],
    misses: ["It was a sad, vicious day.", "The weather is good."],
  },
  repetition: {
    hits: [["The plan: not worth a penny. Their promise? Not worth a penny.", ["not worth a penny", "Not worth a penny"]]],
    misses: [
      "One of the men came. One of the women left.",
      "The United States spoke. Then the United States left.",
      "Not worth a penny, said the clerk. It is worth a lot.",
    ],
  },
  necessity: {
    hits: [["Everyone should know that we must act and have to win.", ["Everyone should know", "must", "have to"]]],
    misses: ["It must have rained.", "We have two cars."],
  },
  condition: {
    hits: [
      ["If they return to the deal, then talks can begin.", ["If they return to the deal, then talks can begin"]],
      ["Stop now, otherwise we leave.", ["otherwise we leave"]],
      ["We wait unless they move.", ["unless they move"]],
    ],
    misses: ["He acted as if nothing happened.", "Even if small, it counts.", "Come early if possible."],
  },
  "appeal-to-history": {
    hits: [["Since 1953, for 41 years, we marked the anniversary.", ["1953", "41 years", "anniversary"]]],
    misses: ["They sent 1500 troops and 2,000km missiles.", "It cost $1999."],
  },
  quantification: {
    hits: [["They have 2,000km-range missiles, 12 conditions and 40% more, 3 to 5 times.", ["2,000km", "12", "40%", "3 to 5"]]],
    misses: ["In 1979 on November 4, the 8th month.", "One man came."],
  },
  "flag-waving": {
    hits: [["Our nation will stand united with the patriots.", ["Our nation", "stand united", "patriots"]]],
    misses: ["The nationwide store opened.", "A flagpole fell."],
  },
  "appeal-to-fear": {
    hits: [["The threat of infiltration will destroy us.", ["threat", "infiltration", "destroy"]]],
    misses: ["The threadbare coat.", "The movie Die Hard was shown in the war room."],
  },
  doubt: {
    hits: [["It is a trick, a deceptive move by the so-called experts.", ["trick", "deceptive", "so-called"]]],
    misses: ["The trickle of water.", "The answer lies in the data."],
  },
  // Issue 15 rules: test sentences written for this suite (wire copy, blog, transcript styles).
  accusation: {
    hits: [
      ["Records show the mayor lied under oath, the inquiry found.", ["Records show the mayor lied under oath"]],
      ["THEY RIGGED THE VOTE", ["THEY RIGGED THE VOTE"]],
    ],
    misses: ["The committee met on Tuesday to discuss the budget.", "He lay down on the sofa."],
  },
  whataboutism: {
    hits: [["Sure, he was late. But what about the senator who never showed up at all?", ["what about the senator who never showed up at all"]]],
    misses: ["I talked about the weather.", "How do we fix the roads?"],
  },
  cliche: {
    hits: [["Taxes are up and it is what it is.", ["it is what it is"]], ["ENOUGH IS ENOUGH. WAKE UP!", ["ENOUGH IS ENOUGH", "WAKE UP"]]],
    misses: ["What it is, nobody knows.", "Enough food for all."],
  },
  exaggeration: {
    hits: [
      ["The worst deal in history, never before seen.", ["The worst deal in history", "never before seen"]],
      ["This is the greatest economy in the history of our country.", ["the greatest economy in the history of our country"]],
      ["Never in the history of mankind has so much been owed.", ["Never in the history of mankind"]],
      ["The most favored period in the history of the country will end.", ["The most favored period in the history of the country"]],
      ["They run the most corrupt government on earth!", ["the most corrupt government on earth"]],
      ["Our biggest tax cut ever", ["Our biggest tax cut ever"]],
      ["The reform is totally disastrous, and the minister says it was just a joke.", ["totally disastrous", "just a joke"]],
      ["Our troops are second to none; the plan is a drop in the bucket.", ["second to none", "a drop in the bucket"]],
      ["We will grow like never before.", ["like never before"]],
    ],
    misses: [
      "The deal was signed in March.",
      "She read the report.",
      "The best, ever since the war, have left.",
      "He was the eldest son of a farmer in Ohio.",
      "A forest in the world of fairy tales.",
      "The plan is totally new.",
      "It is the largest state, and the world watched.",
    ],
  },
  "so-called": {
    hits: [["The so-called free press ignored it.", ["so-called free press ignored it"]]],
    misses: ["He called so many people.", "So, called it off."],
  },
  "scare-quotes": {
    hits: [['The company calls the layoffs a "restructuring" of the unit.', ['"restructuring"']]],
    misses: ['"We will win."', 'She said: "the board met on Monday to review all of the accounts".'],
  },
  slogan: {
    hits: [["Jobs are coming back. Drain the swamp!", ["Drain the swamp!"]], ["Vote today #VoteThemOut", ["#VoteThemOut"]]],
    misses: ["The committee will meet again next week to discuss the plan!", "Wow!"],
  },
  "loaded-language-mild": {
    hits: [["It was a sad, vicious day.", ["sad", "vicious"]]],
    misses: ["It was a brutal act.", "The weather is good."],
  },
  "person-label": {
    hits: [["The scoundrels and nitwits in the council voted again.", ["scoundrels", "nitwits"]]],
    misses: ["The council voted again.", "A mannequin was placed in the window."],
  },
};

describe("rhetoric rules: hits and near-misses", () => {
  test("every built-in rule has cases here, and every case names a built-in rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(rhetoricRules().map((r) => r.rule).sort());
  });
  for (const [rule, c] of Object.entries(CASES)) {
    describe(rule, () => {
      for (const [text, expected] of c.hits) {
        if (expected.length === 0) continue;
        test(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
          expect(found(rule, text)).toEqual(expected);
        });
      }
      for (const text of c.misses) {
        test(`finds nothing in ${JSON.stringify(text)}`, () => {
          expect(found(rule, text)).toEqual([]);
        });
      }
    });
  }
});

describe("rule catalogue", () => {
  test("every rule has an id, a description, references; techniques are SemEval names or null", () => {
    const semeval = new Set(["Loaded Language", "Name calling/Labeling", "Flag-waving", "Black-and-white Fallacy/Dictatorship", "Repetition", "Slogans", "Doubt", "Appeal to fear/prejudice", "Exaggeration/Minimisation"]);
    for (const r of rhetoricRules()) {
      expect(r.rule).toMatch(/^[a-z][a-z-]*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.references.length).toBeGreaterThan(10);
      if (r.technique !== null) expect(semeval.has(r.technique)).toBe(true);
    }
  });
});
