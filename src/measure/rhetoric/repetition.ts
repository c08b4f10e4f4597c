import { REPORTING_FORMS } from "../lexicons/rhetoric-lexicons";
import { STOP_OPENERS } from "./units";
import { PUNCT, type RhetoricRule, type RuleSpan } from "./rule";

const N = 3;
/** A Capitalized (not ALL-CAPS) word starts like this. */
const NAME = /^[A-Z][a-z]/;
const REPORTING: ReadonlySet<string> = new Set(REPORTING_FORMS);

/**
 * `repetition`: the same sequence of 3 or more words said twice or more in one document
 * (slogans such as "not worth a penny", "maximum pressure policy"). Sequences run within a
 * sentence, never across punctuation; a sequence needs two content words, not all of them
 * Capitalized (so "one of the", "the United States" and other names do not count), and
 * attributions ("Khamenei said that") do not count. Each occurrence is a span; overlapping
 * repeated sequences merge into one span (a repeated 4-word slogan is one span, not two).
 */
export const repetitionRule: RhetoricRule = {
  id: "repetition",
  description: "The same 3+ word sequence repeated in a document (slogans, catchphrases), each occurrence a span.",
  references: [
    "Fahnestock, J. (2011). Rhetorical Style. Oxford University Press (ploce, repetition).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Repetition, Slogans).",
  ],
  technique: null,
  find(doc) {
    // Plain version: count every 3-gram of words in one sentence; mark those seen twice.
    const key: (string | null)[] = new Array(doc.length).fill(null);
    const counts = new Map<string, number>();
    for (let i = 0; i + N <= doc.length; i++) {
      if (doc.sentence[i + N - 1] !== doc.sentence[i]) continue;
      let ok = true;
      let content = 0;
      let names = 0;
      for (let k = i; k < i + N; k++) {
        const f = doc.forms[k];
        if (doc.kind[k] === PUNCT || REPORTING.has(f)) ok = false;
        else if (!STOP_OPENERS.has(f)) {
          content++;
          if (NAME.test(doc.text.slice(doc.start[k], doc.start[k] + 2))) names++;
        }
      }
      // Two content words at least, not all of them Capitalized (a proper name: "the United States").
      if (!ok || content < 2 || names === content) continue;
      const g = doc.forms[i] + " " + doc.forms[i + 1] + " " + doc.forms[i + 2];
      key[i] = g;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const out: RuleSpan[] = [];
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i < doc.length; i++) {
      const g = key[i];
      if (g === null || (counts.get(g) ?? 0) < 2) continue;
      if (runStart >= 0 && i < runEnd) {
        runEnd = i + N;
        continue;
      }
      if (runStart >= 0) out.push({ start: doc.start[runStart], end: doc.end[runEnd - 1] });
      runStart = i;
      runEnd = i + N;
    }
    if (runStart >= 0) out.push({ start: doc.start[runStart], end: doc.end[runEnd - 1] });
    return out;
  },
};
