import { STOP_OPENERS, unitOpenings } from "./units";
import type { RhetoricRule, RuleSpan } from "./rule";

/**
 * `epistrophe`: two or more consecutive sentences or clauses (split at ; and :) ending
 * with the same content word: three units sharing the last word ("... of the people, ...
 * by the people, ... for the people"), or two sharing the last two words ("... the
 * people. ... the people."). A shared function word ("... it. ... it.") is not enough.
 */
export const epistropheRule: RhetoricRule = {
  id: "epistrophe",
  description: "Three consecutive sentences or clauses ending with the same content word, or two ending with the same two words.",
  references: ["Fahnestock, J. (2011). Rhetorical Style. Oxford University Press (epistrophe)."],
  technique: null,
  find(doc) {
    const units = unitOpenings(doc);
    const out: RuleSpan[] = [];
    let k = 0;
    while (k < units.length) {
      const last = units[k].last;
      const last2 = units[k].beforeLast;
      let m = k;
      if (last !== "" && !STOP_OPENERS.has(last)) while (m + 1 < units.length && units[m + 1].last === last) m++;
      // Three units sharing the last word, or two sharing the last two words.
      let two = k;
      if (last2 !== "" && m > k && units[k + 1].beforeLast === last2) two = k + 1;
      if (m - k >= 2 || two > k) out.push({ start: units[k].start, end: units[Math.max(m, two)].end });
      k = m + 1;
    }
    return out;
  },
};
