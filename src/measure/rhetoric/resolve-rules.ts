import { argumentError } from "../../errors";
import { BUILT_IN_RULES } from "./catalogue";
import { phraseMatches, phraseTrie, tokenSpan } from "./phrase-list";
import type { RhetoricRule, RuleSpan } from "./rule";

/**
 * A rule written without a function: a regular expression run over the document text,
 * or a list of phrases matched on lowercased tokens (linear, with `*` prefixes).
 */
export interface RhetoricPatternRule {
  readonly id: string;
  readonly description?: string;
  readonly references?: readonly string[];
  /** SemEval-2021 Task 6 technique name, or null (default). */
  readonly technique?: string | null;
  /**
   * A RegExp (matched over the raw text; the caller answers for its running time: avoid
   * nested quantifiers), or phrases such as `["maximum pressure", "great satan"]`.
   */
  readonly pattern: RegExp | readonly string[];
}

/** A rule given to rhetoricMatches: a built-in id, a rule object, or a pattern rule. */
export type RhetoricRuleInput = string | RhetoricRule | RhetoricPatternRule;

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Resolves and validates the `rules` option. @internal */
export function resolveRules(fn: string, rules: readonly RhetoricRuleInput[] | undefined): RhetoricRule[] {
  if (rules === undefined) return [...BUILT_IN_RULES];
  if (!Array.isArray(rules) || rules.length === 0) throw argumentError(fn, 'option "rules"', "a non-empty array of rule ids or rules", rules);
  const out: RhetoricRule[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    const rule = resolveOne(fn, r);
    if (seen.has(rule.id)) throw argumentError(fn, 'option "rules"', "rules with distinct ids", rule.id);
    seen.add(rule.id);
    out.push(rule);
  }
  return out;
}

function resolveOne(fn: string, r: RhetoricRuleInput): RhetoricRule {
  if (typeof r === "string") {
    const found = BUILT_IN_RULES.find((b) => b.id === r);
    if (!found) throw argumentError(fn, 'option "rules"', `built-in rule ids among ${BUILT_IN_RULES.map((b) => b.id).join(", ")}`, r);
    return found;
  }
  if (r === null || typeof r !== "object" || typeof r.id !== "string" || !ID.test(r.id)) {
    throw argumentError(fn, 'option "rules"', "rules with a kebab-case id", r && typeof r === "object" ? (r as { id?: unknown }).id : r);
  }
  if (r.technique !== undefined && r.technique !== null && typeof r.technique !== "string") throw argumentError(fn, `rule "${r.id}" technique`, "a string or null", r.technique);
  if ("find" in r && typeof r.find === "function") {
    return { id: r.id, description: r.description ?? "", references: r.references ?? [], technique: r.technique ?? null, find: r.find };
  }
  const p = (r as RhetoricPatternRule).pattern;
  const base = { id: r.id, description: r.description ?? "", references: r.references ?? [], technique: r.technique ?? null };
  if (p instanceof RegExp) {
    const re = new RegExp(p.source, p.flags.includes("g") ? p.flags : p.flags + "g");
    return {
      ...base,
      find(doc) {
        const out: RuleSpan[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          out.push({ start: m.index, end: m.index + m[0].length });
        }
        return out;
      },
    };
  }
  if (Array.isArray(p) && p.length > 0 && p.every((x) => typeof x === "string" && x.trim().length > 0)) {
    const trie = phraseTrie(p);
    return { ...base, find: (doc) => phraseMatches(doc, trie).map(([i, j]) => tokenSpan(doc, i, j)) };
  }
  throw argumentError(fn, `rule "${r.id}"`, "a function find, a RegExp pattern or a non-empty list of phrases", p);
}
