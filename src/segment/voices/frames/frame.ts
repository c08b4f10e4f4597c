/**
 * What a reporting frame is: the words of a report that say who said (or believes) what.
 * Every frame family is one file of this folder exporting one {@link ReportingFrame}; the
 * catalogue (`catalogue.ts`) runs them in order on each sentence.
 */
import type { DateMentionRow } from "../date-mentions";
import type { QuoteSpanRow } from "../quote-spans";
import type { ReadReport } from "../read-report";
import type { Mention } from "../speakers/speaker-mentions";
import type { Cue } from "./cues";

/** The frame families of the catalogue. */
export const FrameId = {
  /** `"...," Costa said.` / `"...," said Costa.` / `Talks failed, Costa said.` */
  sourceLast: "source-last",
  /** `Costa said: "..."` / `Costa said (that) ...` */
  sourceFirst: "source-first",
  /** `"...," Costa said, "..."`: the attribution between two quotes. */
  sourceInside: "source-inside",
  /** `According to Costa, ...` / `..., according to Costa.` */
  accordingTo: "according-to",
  /** `Costa said in a statement / an interview with X / a post on X that ...`, `wrote on X` */
  medium: "medium",
  /** `Biden told CBS that ...`, `assured voters that ...` */
  toldThat: "told-that",
  /** `Speaking in Munich last Friday, Blinken stressed that ...` */
  participial: "participial",
  /** `Biden on Tuesday said ...`, `Costa, meanwhile, said ...` */
  timePhrase: "time-phrase",
  /** `It was announced that ...`, `Costa was quoted as saying ...` */
  passive: "passive",
  /** `Costa's remarks that ...`, `remarks by an official who said that ...` */
  nominal: "nominal",
  /** `Costa believes / vowed / wants ...` (the speaker's mind, labelled belief) */
  belief: "belief",
  /** `..., saying ...`, `... and added that ...`: a second cue of the same speaker. */
  coordinated: "coordinated",
  /** `ASANTE: No. We have followed ...`: a transcript line labelled with its speaker. */
  speakerLabel: "speaker-label",
} as const;
export type FrameId = (typeof FrameId)[keyof typeof FrameId];

/** One sentence as the frames see it. Offsets are in the report's cleaned text. */
export interface SentenceView {
  readonly report: ReadReport;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Sentence of the report, from 0. */
  readonly index: number;
  /** Where the sentence's words start, after a dateline or time stamp. */
  readonly body: number;
  /** A headline or label line. */
  readonly headline: boolean;
  /** Quotes opening in the sentence. */
  readonly quotes: readonly QuoteSpanRow[];
  /** Mentions of possible speakers in the sentence (outside quotes). */
  readonly mentions: readonly Mention[];
  /** Cue verbs of the sentence (outside quotes). */
  readonly cues: readonly Cue[];
  /** Date mentions of the sentence. */
  readonly dates: readonly DateMentionRow[];
  /** The mention the sentence is about, at its start ("Senator Ada Brennan called ..."), or null. */
  readonly subject: Mention | null;
  /** Whether a transcript label names the newsroom (anchor, host, a correspondent the report introduced). */
  readonly isNewsroom: (label: string) => boolean;
}

/** What a frame found: who, by which cue, and what they said. */
export interface FrameMatch {
  readonly frame: FrameId;
  /** The cue verb claimed, if the frame has one. */
  readonly cue: Cue | null;
  /** The cue as reported in the statement rows ("said", "according to", "remarks"). */
  readonly cueText: string;
  /** The mention naming the source, or null (then the speaker comes from `subjectOf`). */
  readonly subject: Mention | null;
  /** Another match whose subject this one shares (coordinated cues). */
  readonly subjectOf?: FrameMatch;
  /** Quotes the frame attributes. */
  readonly quotes: readonly QuoteSpanRow[];
  /** Reported speech without quote marks, `[start, end)`, or null. */
  readonly content: readonly [number, number] | null;
  /** The attribution clause: where the speech event's date and place are read. */
  readonly region: readonly [number, number];
  readonly belief: boolean;
  /** Reported inside someone else's speech ("X's remarks that" in a paraphrase); set by the sentence reader. */
  nested: boolean;
  /** An appositive after the subject (", the trade minister,"): roles for the registry. */
  readonly appositive?: string;
  /** A transcript label naming the speaker ("ASANTE"), when there is no subject mention. */
  readonly label?: string;
  /** Kind of the content span: "quote" for a labelled transcript line (default paraphrase). */
  readonly contentKind?: "quote";
}

/** A frame family: its id, what it recognizes, examples, and its finder. */
export interface ReportingFrame {
  readonly id: FrameId;
  readonly description: string;
  readonly examples: readonly string[];
  /** Matches in a sentence, given those of the frames run before (whose cues are taken). @internal */
  readonly find: (view: SentenceView, before: readonly FrameMatch[]) => FrameMatch[];
}
