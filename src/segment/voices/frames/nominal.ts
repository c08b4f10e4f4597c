import { SPEECH_NOUNS } from "./cues";
import { FrameId, type FrameMatch, type ReportingFrame, type SentenceView } from "./frame";
import { contentEnd } from "./grammar";
import type { Mention } from "../speakers/speaker-mentions";

const NOUNS = [...SPEECH_NOUNS].sort((a, b) => b.length - a.length).join("|");
/** `<possessor> (recent) remarks that` — group 1 the noun. */
const POSSESSED = new RegExp(String.raw`^\s*(?:[\p{Ll}\-]+\s+){0,2}?(${NOUNS})(?![\p{L}])(?:\s+(?:that|about)(?![\p{L}]))?`, "u");
/** `remarks by <mention>(, who (had) said that)` — group 1 the noun, then the mention follows. */
const BY = new RegExp(String.raw`(?<![\p{L}])(${NOUNS})\s+(?:by|from|of)\s+$`, "u");
const WHO_SAID = /^,?\s+who\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?([\p{Ll}]+)(?:\s+(?:on|in)\s+[\p{L}\d ]{1,30}?)?(?:\s+that(?![\p{L}]))?|^\s+that(?![\p{L}])/u;

const LEADING = /(?:(?:some|the|recent|earlier|latest|last|previous|a|an|his|her|their|its|\p{Lu}[\p{L}\-]*)\s+)+$/u;

/** Extends a frame's start back over determiners, adjectives and titles ("some recent remarks", "French President"). */
function startBack(view: SentenceView, at: number): number {
  const m = LEADING.exec(view.report.masked.slice(Math.max(view.start, at - 60), at));
  return m ? at - m[0].length : at;
}

function contentFrom(view: SentenceView, at: number, before: readonly FrameMatch[]): [number, number] | null {
  let start = at;
  while (start < view.end && /[\s:]/.test(view.report.masked[start]!)) start++;
  const end = contentEnd(view, start, before);
  return end > start ? [start, end] : null;
}

/**
 * Nominal frames: `Macron's remarks that ...`, `his recent remarks that ...`, `remarks by a
 * US official who had said that ...`. The speaker is the possessor or the mention after
 * "by"; inside another speaker's paraphrase the match is nested (dated by publication).
 */
export const nominalFrame: ReportingFrame = {
  id: FrameId.nominal,
  description: "A speech noun with its speaker: X's remarks / statement / claim / warning that ..., remarks by X (who said that) ...",
  examples: ["Costa pointed to Lindqvist's remarks that the bank would not lend.", "She dismissed comments by a senior diplomat who had said that talks could resume."],
  find(view, before) {
    const { masked } = view.report;
    const out: FrameMatch[] = [];
    const possessors = view.mentions.filter((m) => m.possessive || (m.kind === "description" && /^['’]s(?![\p{L}])/u.test(masked.slice(m.end, m.end + 3))));
    const pronounPossessors: Mention[] = [];
    const PRON = /(?<![\p{L}])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/gu;
    const s = masked.slice(view.start, view.end);
    for (let m = PRON.exec(s); m; m = PRON.exec(s)) pronounPossessors.push({ start: view.start + m.index, end: view.start + m.index + m[1]!.length, text: m[1]!, kind: "pronoun", entity: "pronoun" });
    for (const p of [...possessors, ...pronounPossessors]) {
      const n = POSSESSED.exec(masked.slice(p.end + (p.kind !== "pronoun" ? 2 : 0), view.end));
      if (n === null || !/\s+(?:that|about)$/.test(n[0]) && masked[p.end + (p.kind !== "pronoun" ? 2 : 0) + n[0].length] !== ":") continue;
      const at = p.end + (p.kind !== "pronoun" ? 2 : 0) + n[0].length;
      const content = contentFrom(view, at, before);
      if (content === null) continue;
      out.push({ frame: FrameId.nominal, cue: null, cueText: n[1]!, subject: p, quotes: [], content, region: [startBack(view, p.start), content[0]], belief: false, nested: false });
    }
    for (const m of view.mentions) {
      const b = BY.exec(masked.slice(Math.max(view.start, m.start - 30), m.start));
      if (b === null) continue;
      const who = WHO_SAID.exec(masked.slice(m.end, view.end));
      const cue = who && who[1] !== undefined ? view.cues.find((c) => c.start >= m.end && c.surface === who[1]) ?? null : null;
      const content = who ? contentFrom(view, m.end + who[0].length, before) : null;
      if (content === null) continue;
      const regionFrom = startBack(view, m.start - (masked.slice(Math.max(view.start, m.start - 30), m.start).length - b.index));
      out.push({ frame: FrameId.nominal, cue, cueText: cue?.surface ?? b[1]!, subject: m, quotes: [], content, region: [regionFrom, content[0]], belief: false, nested: false });
    }
    return out;
  },
};
