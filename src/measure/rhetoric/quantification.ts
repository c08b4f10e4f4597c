import { NUMBER, WORD, type RhetoricRule, type RuleSpan } from "./rule";

const YEAR = /^(1[0-9]{3}|20[0-9]{2})(s|'s)?$/;
const BIG = new Set(["hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens"]);
const PERCENT = new Set(["%", "percent", "per"]);
const ORDINAL = /(st|nd|rd|th)$/;
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/**
 * `quantification`: numbers as proof. A run of numerals and number words ("12", "2,000km",
 * "two million", "$4 billion"), with a following "%", "percent" or "per cent"; ranges
 * "from X to Y" and "X to Y" come out as one span. Years (1000-2099 alone) are left to
 * `appeal-to-history`, and "one", "two" alone are not counted.
 */
export const quantificationRule: RhetoricRule = {
  id: "quantification",
  description: "Numbers as proof: numerals, big-number words, percentages and ranges (12 conditions, 2,000km, $4 billion, 40%).",
  references: [
    "Roeh, I. & Feldman, S. (1984). The rhetoric of numbers in front-page journalism. Text 4(4), 347-368.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const isNum = (k: number) =>
        k < doc.length && ((doc.kind[k] === NUMBER && !YEAR.test(doc.forms[k])) || (doc.kind[k] === WORD && BIG.has(doc.forms[k])));
      if (!isNum(i)) continue;
      // Dates are not quantities: "November 4", "4 November", "the 8th".
      if (doc.kind[i] === NUMBER && (ORDINAL.test(doc.forms[i]) || (i > 0 && MONTHS.has(doc.forms[i - 1])) || (i + 1 < doc.length && MONTHS.has(doc.forms[i + 1])))) continue;
      const s = doc.sentence[i];
      let j = i + 1;
      for (;;) {
        while (j < doc.length && doc.sentence[j] === s && isNum(j)) j++;
        // A range: "X to Y", "X - Y".
        if (j + 1 < doc.length && doc.sentence[j + 1] === s && (doc.forms[j] === "to" || doc.forms[j] === "-") && isNum(j + 1)) {
          j += 2;
          continue;
        }
        break;
      }
      let a = i;
      if (a > 0 && doc.sentence[a - 1] === s && (doc.forms[a - 1] === "$" || doc.forms[a - 1] === "£" || doc.forms[a - 1] === "€")) a--;
      if (j < doc.length && doc.sentence[j] === s && PERCENT.has(doc.forms[j])) {
        j += doc.forms[j] === "per" && j + 1 < doc.length && doc.forms[j + 1] === "cent" ? 2 : 1;
      }
      out.push({ start: doc.start[a], end: doc.end[j - 1] });
      i = j - 1;
    }
    return out;
  },
};
