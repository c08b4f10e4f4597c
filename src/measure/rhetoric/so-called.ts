import { phraseEnd } from "./clause";
import type { RhetoricRule, RuleSpan } from "./rule";

/**
 * `so-called`: "so-called X", the label the speaker distances himself from, with the words it
 * qualifies (up to 4, to the end of the phrase): "so-called experts", "the so-called free press".
 */
export const soCalledRule: RhetoricRule = {
  id: "so-called",
  description: '"so-called" with the phrase it qualifies (up to 4 words): a label the speaker mocks.',
  references: ["Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Name_Calling,Labeling; Doubt)."],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i + 2 < doc.length; i++) {
      if (doc.forms[i] !== "so" || doc.forms[i + 1] !== "-" || doc.forms[i + 2] !== "called" || doc.sentence[i + 2] !== doc.sentence[i]) continue;
      const b = phraseEnd(doc, i + 3, 4);
      if (b > i + 3) out.push({ start: doc.start[i], end: doc.end[b - 1] });
      i = Math.max(i + 2, b - 1);
    }
    return out;
  },
};
