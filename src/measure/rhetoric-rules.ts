import { BUILT_IN_RULES } from "./rhetoric/catalogue";
import { CLAIM_EVIDENCE, type ClaimCounts } from "./rhetoric/claim-evidence";
import type { RhetoricRule } from "./rhetoric/rule";

export type { RhetoricRule, RuleContext, RuleSpan } from "./rhetoric/rule";

/** Columns of {@link rhetoricRules}, in order. */
export const RHETORIC_RULE_COLUMNS = ["rule", "technique", "precision_memes", "precision_speeches", "description", "references"] as const;

/** One row of the rule catalogue. */
export type RhetoricRuleRow = {
  readonly rule: string;
  /** SemEval-2021 Task 6 technique the rule is claimed to detect, or null. */
  readonly technique: string | null;
  /**
   * For a rule that claims a technique: the share of its spans overlapping a span people
   * marked with that technique on English meme captions (SemEval-2021 Task 6, train split,
   * where the claim was decided); null for an unclaimed rule.
   */
  readonly precision_memes: number | null;
  /**
   * The same on 400 State of the Union paragraphs (1946-2024) annotated by independent
   * annotators who had not seen the rules. Far lower (0.09 to 0.25): on speeches a technique
   * label marks a place to read, not a finding to count. Null for an unclaimed rule.
   */
  readonly precision_speeches: number | null;
  readonly description: string;
  /** The rule's references joined with " | ". */
  readonly references: string;
};

/**
 * The catalogue of built-in rhetoric rules as rows (id, technique, the claim's precision on
 * meme captions and on speeches, description, references). The rule objects themselves come
 * from {@link builtInRhetoricRules}.
 * @example
 * rhetoricRules().map((r) => r.rule); // ["rhetorical-question", "antithesis", ...]
 * rhetoricRules().find((r) => r.rule === "flag-waving")?.precision_speeches; // 0.124 (14 of 113)
 */
export function rhetoricRules(): RhetoricRuleRow[] {
  const share = (c: ClaimCounts | undefined) => (c && c.spans > 0 ? c.matched / c.spans : null);
  return BUILT_IN_RULES.map((r) => {
    const e = r.technique === null ? undefined : CLAIM_EVIDENCE[r.id];
    return {
      rule: r.id,
      technique: r.technique,
      precision_memes: share(e?.memes),
      precision_speeches: share(e?.speeches),
      description: r.description,
      references: r.references.join(" | "),
    };
  });
}

/**
 * The built-in rule objects, to extend or wrap: each has `id`, `description`,
 * `references`, `technique` and `find(doc)` (see {@link RhetoricRule}).
 * @example
 * const rules = [...builtInRhetoricRules().filter((r) => r.id !== "in-group"), myRule];
 * rhetoricMatches(corpus, { rules });
 */
export function builtInRhetoricRules(): readonly RhetoricRule[] {
  return BUILT_IN_RULES;
}
