import { phraseMatches, phraseTrie, tokenSpan } from "./phrase-list";
import type { RhetoricRule, RuleContext, RuleSpan } from "./rule";

/** What a lexicon rule is made of. @internal */
export interface LexiconRuleSpec {
  readonly id: string;
  readonly description: string;
  readonly references: readonly string[];
  readonly technique: string | null;
  /** Phrases matched on token forms; a trailing `*` on an element is a prefix. */
  readonly phrases: readonly string[];
  /** Forms that, right before a match, cancel it ("not" before "all"). */
  readonly blockedAfter?: readonly string[];
  /** Forms that, right after a match, cancel it. */
  readonly blockedBefore?: readonly string[];
  /** Whole phrases whose tokens are never matched (checked first: "all right"). */
  readonly exceptions?: readonly string[];
}

/**
 * A rule matching a list of phrases on lowercased token forms, longest match first,
 * never across a sentence end; linear in the number of tokens.
 * @internal
 */
export function lexiconRule(spec: LexiconRuleSpec): RhetoricRule {
  const trie = phraseTrie(spec.phrases);
  const exceptions = spec.exceptions && spec.exceptions.length > 0 ? phraseTrie(spec.exceptions) : undefined;
  const before = new Set(spec.blockedAfter ?? []);
  const after = new Set(spec.blockedBefore ?? []);
  return {
    id: spec.id,
    description: spec.description,
    references: spec.references,
    technique: spec.technique,
    find(doc: RuleContext): RuleSpan[] {
      const excluded = exceptions ? maskOf(doc, phraseMatches(doc, exceptions)) : undefined;
      const out: RuleSpan[] = [];
      for (const [i, j] of phraseMatches(doc, trie)) {
        if (excluded && excluded[i] === 1) continue;
        if (i > 0 && doc.sentence[i - 1] === doc.sentence[i] && before.has(doc.forms[i - 1])) continue;
        if (j < doc.length && doc.sentence[j] === doc.sentence[i] && after.has(doc.forms[j])) continue;
        out.push(tokenSpan(doc, i, j));
      }
      return out;
    },
  };
}

function maskOf(doc: RuleContext, ranges: [number, number][]): Uint8Array {
  const m = new Uint8Array(doc.length);
  for (const [i, j] of ranges) m.fill(1, i, j);
  return m;
}
