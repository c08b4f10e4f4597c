import { STOP_OPENERS, unitOpenings, type Unit } from "./units";
import type { RhetoricRule, RuleSpan } from "./rule";

/**
 * `anaphora`: two or more consecutive sentences or clauses (split at ; and :) opening with
 * the same two words ("We will ... We will ..."), or the same content word ("Never ...
 * Never ..."). A single shared function word ("The ... The ...") is not enough. The span
 * runs from the first unit's start to the last unit's end.
 */
export const anaphoraRule: RhetoricRule = {
  id: "anaphora",
  description: "Consecutive sentences or clauses opening with the same two words, or the same content word.",
  references: [
    "Fahnestock, J. (2011). Rhetorical Style. Oxford University Press (anaphora).",
    "Dubremetz, M. & Nivre, J. (2015). Rhetorical figure detection: the case of chiasmus. NAACL workshop on computational linguistics for literature.",
  ],
  technique: null,
  find(doc) {
    const units = unitOpenings(doc);
    const out: RuleSpan[] = [];
    const same = (a: Unit, b: Unit) =>
      a.first !== "" && a.first === b.first && ((a.second !== "" && a.second === b.second) || !STOP_OPENERS.has(a.first));
    let k = 0;
    while (k < units.length) {
      let m = k;
      while (m + 1 < units.length && same(units[k], units[m + 1])) m++;
      if (m > k) out.push({ start: units[k].start, end: units[m].end });
      k = m + 1;
    }
    return out;
  },
};
