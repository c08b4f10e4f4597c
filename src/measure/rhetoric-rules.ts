import { BUILT_IN_RULES } from "./rhetoric/catalogue";
import type { RhetoricRule } from "./rhetoric/rule";

export type { RhetoricRule, RuleContext, RuleSpan } from "./rhetoric/rule";

/** Columns of {@link rhetoricRules}, in order. */
export const RHETORIC_RULE_COLUMNS = ["rule", "technique", "description", "references"] as const;

/** One row of the rule catalogue. */
export type RhetoricRuleRow = {
  readonly rule: string;
  /** SemEval-2021 Task 6 technique the rule is claimed to detect, or null. */
  readonly technique: string | null;
  readonly description: string;
  /** The rule's references joined with " | ". */
  readonly references: string;
};

/**
 * The catalogue of built-in rhetoric rules as rows (id, technique, description,
 * references). The rule objects themselves come from {@link builtInRhetoricRules}.
 * @example
 * rhetoricRules().map((r) => r.rule); // ["rhetorical-question", "antithesis", ...]
 */
export function rhetoricRules(): RhetoricRuleRow[] {
  return BUILT_IN_RULES.map((r) => ({ rule: r.id, technique: r.technique, description: r.description, references: r.references.join(" | ") }));
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
