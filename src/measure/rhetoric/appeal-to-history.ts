import { NUMBER, WORD, type RhetoricRule, type RuleSpan } from "./rule";

const YEAR = /^(1[0-9]{3}|20[0-9]{2})(s|'s)?$/;
const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|many|several|few)$/;
const SPAN_UNITS = new Set(["years", "decades", "centuries", "generations"]);
const WORDS = new Set(["anniversary", "anniversaries", "history", "historic", "historical", "forefathers", "ancestors", "centuries", "generations"]);
const UNIT_AFTER = new Set(["%", "percent", "per", "km", "miles", "kilometers", "meters", "dollars", "people", "troops", "soldiers"]);

/**
 * `appeal-to-history`: history invoked. A year (1000-2099, "1953", "the 1960s") not
 * followed by a unit ("1500 troops", "2000 km"); a span of time ("41 years", "the past 40
 * years", "three decades", "centuries"); and the words anniversary, history, historic,
 * forefathers, ancestors, generations.
 */
export const appealToHistoryRule: RhetoricRule = {
  id: "appeal-to-history",
  description: "History invoked: years (1953, 1979), spans of years (41 years, decades), anniversary, history, forefathers.",
  references: [
    "Wodak, R., de Cillia, R., Reisigl, M. & Liebhart, K. (2009). The Discursive Construction of National Identity (2nd ed.). Edinburgh University Press (topos of history).",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const f = doc.forms[i];
      const next = i + 1 < doc.length && doc.sentence[i + 1] === doc.sentence[i] ? doc.forms[i + 1] : "";
      const prev = i > 0 ? doc.forms[i - 1] : "";
      if (doc.kind[i] === NUMBER && YEAR.test(f) && !UNIT_AFTER.has(next) && prev !== "$") {
        out.push({ start: doc.start[i], end: doc.end[i] });
      } else if ((doc.kind[i] === NUMBER && /^[0-9]{1,3}$/.test(f) || doc.kind[i] === WORD && NUMBER_WORD.test(f)) && SPAN_UNITS.has(next)) {
        out.push({ start: doc.start[i], end: doc.end[i + 1] });
        i++;
      } else if (doc.kind[i] === WORD && WORDS.has(f)) {
        out.push({ start: doc.start[i], end: doc.end[i] });
      }
    }
    return out;
  },
};
