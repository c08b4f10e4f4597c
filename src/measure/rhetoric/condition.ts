import { phraseEnd } from "./clause";
import type { RhetoricRule, RuleSpan } from "./rule";

const OPENERS = new Set(["if", "unless", "otherwise"]);

/**
 * `condition`: conditions and ultimatums. "if ... then" (span from "if" to the end of
 * the phrase after "then", both in one sentence), and "if", "unless", "otherwise", "or
 * else", "as long as" each with the phrase that follows (to the next comma or 12
 * tokens). Not "as if", "even if", "what if" (no condition laid down), nor "if any" /
 * "if necessary" asides.
 */
export const conditionRule: RhetoricRule = {
  id: "condition",
  description: "Conditions and ultimatums: if ... then, if, unless, otherwise, or else, as long as, with the phrase they govern.",
  references: [
    "Walton, D. (2000). Scare Tactics. Kluwer (threats as conditional speech acts).",
    "Dancygier, B. & Sweetser, E. (2005). Mental Spaces in Grammar: Conditional Constructions. Cambridge University Press.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const f = doc.forms[i];
      const prev = i > 0 && doc.sentence[i - 1] === doc.sentence[i] ? doc.forms[i - 1] : "";
      let from = i;
      let open = false;
      if (OPENERS.has(f)) open = true;
      else if (f === "else" && prev === "or") {
        open = true;
        from = i - 1;
      } else if (f === "long" && prev === "as" && i + 1 < doc.length && doc.forms[i + 1] === "as") {
        open = true;
        from = i - 1;
        i++;
      }
      if (!open) continue;
      if (f === "if" && (prev === "as" || prev === "even" || prev === "what")) continue;
      const next = i + 1 < doc.length ? doc.forms[i + 1] : "";
      if (f === "if" && (next === "any" || next === "necessary" || next === "possible" || next === "so" || next === "not")) continue;
      let end = phraseEnd(doc, i + 1, 12);
      if (end === i + 1 && f !== "otherwise") continue;
      if (f === "if") {
        // Reach a "then" in the same sentence, at most 30 tokens on.
        const s = doc.sentence[i];
        for (let j = end; j < doc.length && j - i <= 30 && doc.sentence[j] === s; j++) {
          if (doc.forms[j] === "if") break;
          if (doc.forms[j] === "then") {
            end = Math.max(j + 1, phraseEnd(doc, j + 1, 12));
            break;
          }
        }
      }
      out.push({ start: doc.start[from], end: doc.end[Math.max(end, i + 1) - 1] });
      i = Math.max(i, end - 1);
    }
    return out;
  },
};
