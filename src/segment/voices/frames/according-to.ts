import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";
import { contentEnd, quotesBetween } from "./grammar";
import { regionStart } from "./attribute-cue";

const ACCORDING = /(?<![\p{L}])[Aa]ccording\s+to\s+/gu;

/** `According to X, ...` and `..., according to X.` */
export const accordingToFrame: ReportingFrame = {
  id: FrameId.accordingTo,
  description: "\"According to X\" before the reported content (the rest of the sentence) or after it (the clause before the comma).",
  examples: ["According to Maria Costa, the tariffs will cost 4,000 jobs.", "The talks will resume in April, according to a senior diplomat."],
  find(view, before) {
    const { masked } = view.report;
    const s = masked.slice(view.body, view.end);
    const out: FrameMatch[] = [];
    ACCORDING.lastIndex = 0;
    for (let m = ACCORDING.exec(s); m; m = ACCORDING.exec(s)) {
      const at = view.body + m.index;
      const after = at + m[0].length + (/^the\s+/i.exec(masked.slice(at + m[0].length))?.[0].length ?? 0);
      const subject = view.mentions.find((x) => (x.from ?? x.start) === at + m![0].length || x.start === after);
      if (subject === undefined) continue;
      const from = regionStart(view, [...before, ...out], at);
      const lead = masked.slice(from, at).replace(/\uE001/g, "");
      const trailing = /,\s*$/.test(lead) && /\p{L}{2,}/u.test(lead);
      let content: [number, number] | null = null;
      let quotes = quotesBetween(view, from, at);
      const phraseEnd = /^[^,;.\uE000]*/.exec(masked.slice(subject.end, view.end))![0].length + subject.end;
      if (trailing && quotes.length === 0) {
        let end = at;
        while (end > from && /[\s,]/.test(masked[end - 1]!)) end--;
        content = [from, end];
      } else if (!trailing) {
        let start = phraseEnd;
        while (start < view.end && /[\s,:]/.test(masked[start]!)) start++;
        quotes = masked[start] === "\uE000" ? quotesBetween(view, start, start + 1) : [];
        const end = contentEnd(view, start, before);
        if (quotes.length === 0 && end > start) content = [start, end];
      }
      if (content === null && quotes.length === 0) continue;
      out.push({ frame: FrameId.accordingTo, cue: null, cueText: "according to", subject, quotes, content, region: [at, phraseEnd], belief: false, nested: false });
    }
    return out;
  },
};
