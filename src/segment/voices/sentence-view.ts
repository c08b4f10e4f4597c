import { cuesIn } from "./frames/cues";
import type { SentenceView } from "./frames/frame";
import type { ReadReport, ReportSentence } from "./read-report";
import type { Mention } from "./speakers/speaker-mentions";

const FRONTED = /^(?:(?:In|On|At|After|Before|During|Speaking|Asked|Addressing|Writing|Responding|Earlier|Later|Last|Meanwhile|Separately|Elsewhere|Still|But|And|Yet|However|Also|Then|Now|Today|Yesterday|On\s+\w+|For\s+(?:his|her|its|their)\s+part)\b[^,\uE000]{0,100},\s*)/u;

/** The mention a sentence is about: at its start (after a fronted phrase), followed by its verb. */
function sentenceSubject(report: ReadReport, s: ReportSentence, mentions: readonly Mention[]): Mention | null {
  const text = report.masked.slice(s.body, s.end);
  const lead = /^\s*/.exec(text)![0].length;
  const fronted = FRONTED.exec(text.slice(lead))?.[0].length ?? 0;
  const at = s.body + lead + fronted;
  let m = mentions.find((x) => (x.from ?? x.start) === at && x.entity !== "place" && !x.possessive);
  if (m === undefined) return null;
  // "The party's leader, Ingrid Halvard, came out": the name in the appositive.
  const named = mentions.find((x) => x.kind === "name" && x.entity === "person" && /^,\s+$/.test(report.masked.slice(m!.end, x.start)) && /^\s*,/.test(report.masked.slice(x.end, x.end + 2)));
  const appositive = m.kind === "description" && named !== undefined;
  if (appositive) m = named!;
  const rest = report.masked.slice(m.end, s.end).replace(appositive ? /^\s*,/ : /^,\s+[^,\uE000]{1,90},/, "");
  return /^\s+(?:[\p{Ll}]+ly\s+|also\s+|has\s+|had\s+|have\s+)?\p{Ll}/u.test(rest) ? m : null;
}

/** One sentence of a report as the frames see it. */
export function sentenceView(report: ReadReport, s: ReportSentence, index: number, mentions: readonly Mention[], isNewsroom: (label: string) => boolean = () => false): SentenceView {
  const inside = mentions.filter((m) => m.start >= s.body && m.end <= s.end);
  return {
    report,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    index,
    body: s.body,
    headline: s.headline,
    quotes: report.quotes.filter((q) => q.open_mark >= s.start && q.open_mark < s.end),
    mentions: inside,
    cues: cuesIn(report.masked, s.start, s.end),
    dates: report.dates.filter((d) => d.start >= s.start && d.end <= s.end),
    subject: sentenceSubject(report, s, inside),
    isNewsroom,
  };
}
