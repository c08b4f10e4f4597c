/**
 * A deterministic measure of how much work a rule does on a document: every element it
 * reads from the rule context (forms, kinds, offsets, sentence tables) and every character
 * a regular expression is handed while it runs. Unlike the clock, the count is the same on
 * a loaded machine as on an idle one, so "8x the input costs 8x the work" can be checked
 * exactly in the suite (wall-clock ratios, with repeats, are in bench/rhetoric-linear.mjs).
 */
import type { RuleContext } from "../../../src/measure/rhetoric/rule";

const ARRAYS = ["forms", "kind", "start", "end", "sentence", "sentenceStart", "sentenceEnd", "sentenceFirstToken"] as const;

/** `ctx` with its arrays wrapped so that each element read adds one to `counter.reads`. */
export function countingContext(ctx: RuleContext, counter: { reads: number }): RuleContext {
  const wrapped: Record<string, unknown> = { ...ctx };
  for (const key of ARRAYS) {
    const target = ctx[key] as unknown as object;
    wrapped[key] = new Proxy(target, {
      get(t, p) {
        if (typeof p === "string" && p.length > 0 && p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57) counter.reads++;
        const v = Reflect.get(t, p, t);
        // Methods of typed arrays need the real array as `this`.
        return typeof v === "function" ? v.bind(t) : v;
      },
    });
  }
  return wrapped as unknown as RuleContext;
}

/**
 * Runs `fn` with RegExp.prototype.exec counting: every regex call (test, match, replace
 * and exec all go through exec once it is replaced) adds the characters it may scan, from
 * lastIndex to the end of its subject, to `counter.chars`.
 */
export function countingRegex<T>(counter: { chars: number }, fn: () => T): T {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    counter.chars += Math.max(0, String(s).length - from);
    return exec.call(this, s);
  };
  try {
    return fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
}

/** The work of one call of `find` on `ctx`: context reads plus regex characters. */
export function workOf(find: (ctx: RuleContext) => unknown, ctx: RuleContext): number {
  const counter = { reads: 0, chars: 0 };
  const counted = countingContext(ctx, counter);
  countingRegex(counter, () => find(counted));
  return counter.reads + counter.chars;
}
