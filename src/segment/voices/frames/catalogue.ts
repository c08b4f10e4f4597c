import { accordingToFrame } from "./according-to";
import { beliefFrame } from "./belief";
import { coordinatedFrame } from "./coordinated";
import type { ReportingFrame } from "./frame";
import { mediumFrame } from "./medium";
import { nominalFrame } from "./nominal";
import { participialFrame } from "./participial";
import { passiveFrame } from "./passive";
import { speakerLabelFrame } from "./speaker-label";
import { sourceFirstFrame } from "./source-first";
import { sourceLastFrame } from "./source-last";
import { timePhraseFrame } from "./time-phrase";
import { toldThatFrame } from "./told-that";

/**
 * The reporting frames, in the order they claim cues: transcript labels, fixed phrases (according to,
 * passives, speech nouns), then the attribution after quoted words, then the verb frames
 * from the most specific (a participle phrase, a hearer, a medium, a time phrase, a belief)
 * to the plain source-first, and last the cues joined to an earlier one.
 */
export const FRAME_CATALOGUE: readonly ReportingFrame[] = [
  speakerLabelFrame,
  accordingToFrame,
  passiveFrame,
  nominalFrame,
  sourceLastFrame,
  participialFrame,
  toldThatFrame,
  mediumFrame,
  timePhraseFrame,
  beliefFrame,
  sourceFirstFrame,
  coordinatedFrame,
];
