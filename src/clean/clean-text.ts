import { argumentError } from "../errors";

const FN = "cleanText";

/** Kinds of page debris that {@link cleanText} removes, one rule per kind. */
export const DebrisRule = {
  /** Category and tag links glued into one line ("Leaders of UmmahMiddle EastNorth America"). */
  tagRun: "tag_run",
  /** "Back to top button", "Scroll to top". */
  backToTop: "back_to_top",
  /** Share buttons and their labels ("Share this:", "Facebook Twitter WhatsApp", "Print"). */
  share: "share",
  /** Related-links headings and their items ("Related Articles", "Read more: ...", "Tags: ..."). */
  related: "related",
  /** Bylines ("By Sara Nouri", "Reporting by ...; Editing by ..."). */
  byline: "byline",
  /** Photo and image credits ("Photo: ...", "(AP Photo/...)", "© ..."). */
  photoCredit: "photo_credit",
  /** Widget labels: "Advertisement", "Subscribe", "Leave a comment", "3 Comments". */
  widget: "widget",
} as const;
export type DebrisRule = (typeof DebrisRule)[keyof typeof DebrisRule];

/** Columns of {@link CleanedText.removed}, in order. */
export const REMOVED_COLUMNS = ["rule", "start", "end", "text"] as const;

/** A removed debris line: its rule and UTF-16 offsets in the original text. */
export type RemovedRow = {
  readonly rule: DebrisRule;
  readonly start: number;
  readonly end: number;
  /** `original.slice(start, end)`. */
  readonly text: string;
};

/** Text cleaned by {@link cleanText}, with its map back to the original. */
export interface CleanedText {
  /** The cleaned text. */
  readonly text: string;
  /** The text as given. */
  readonly original: string;
  /**
   * For each UTF-16 unit `i` of `text`, the original offsets of the piece it came from:
   * `[originStart[i], originEnd[i])` (one unit usually; "…" becomes "..." from one unit).
   */
  readonly originStart: Uint32Array;
  readonly originEnd: Uint32Array;
  /** Debris lines removed, in text order. */
  readonly removed: readonly RemovedRow[];
}

/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  /** Remove page debris lines (default true). */
  readonly debris?: boolean;
  /** Turn typographic quotes, dashes, spaces and the ellipsis into ASCII; NFC (default true). */
  readonly normalize?: boolean;
}

const TAG_JUNCTION = /\p{Ll}\p{Lu}/gu;
const DEBRIS: readonly (readonly [DebrisRule, RegExp])[] = [
  [DebrisRule.backToTop, /^(back to top( button)?|scroll to top|go to top|top of page)$/i],
  [
    DebrisRule.share,
    /^(share( (this|the) (article|story|post|page))?( on \w+)?|share this|tweet|print( this (article|page|story))?|e-?mail( this)?|copy link|(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|print)([\s,|·•/]+(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|print|share|tweet))+)\s*:?$/i,
  ],
  [DebrisRule.related, /^(related( articles| posts| news| stories| content| links| topics)?|read (more|also)|see also|more (news|stories|on this|from [\w ]{1,40})|you (may|might) (also )?like|recommended( for you)?|tags?|filed under|topics)\s*(:|$|[-–—|»>])/i],
  [
    DebrisRule.byline,
    /^((written |posted |reported |reporting )?by|author:)\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin))*(\s*([,|;–—-]|and|in)\s*[^.!?]{0,80})?$/iu,
  ],
  [
    DebrisRule.photoCredit,
    /^((file )?(photo|image|picture|video)( credit| by)?\s*[:/|(-].*|credit:.*|©.*|\((ap|afp|reuters|getty images|epa|file)( photo)?[^)]*\))$|\((ap|afp|reuters|epa)? ?photo[^)]*\)$|\b(getty images|shutterstock)\)?$/i,
  ],
  [DebrisRule.widget, /^(advertisement|sponsored( content)?|subscribe( now| to our newsletter)?|follow us( on [\w, ]+)?|leave a (comment|reply)|\d+ comments?|comments?|click here[^.]*)$/i],
];

/** The debris rule matching a trimmed line, or undefined. */
function debrisRule(line: string): DebrisRule | undefined {
  if (line.length === 0 || line.length > 200) return undefined;
  for (const [rule, re] of DEBRIS) if (re.test(line)) return rule;
  // A run of links glued together: two or more lower->upper junctions and no sentence.
  const junctions = line.match(TAG_JUNCTION)?.length ?? 0;
  if (junctions >= 2 && !/[.!?:;,"“”]\s*$/.test(line) && !/[.!?]\s/.test(line)) return DebrisRule.tagRun;
  return undefined;
}

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const CHAR_MAP: Readonly<Record<string, string>> = {
  "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
  "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": "'", "›": "'",
  "–": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-", "—": "-", "―": "-",
  "…": "...",
};

/**
 * Cleans a news page: removes debris lines (glued category and tag runs, "Back to top
 * button", share and related-links lines, bylines, photo credits, widget labels) and
 * normalizes Unicode (NFC; curly quotes to `"` and `'`; dashes to `-`; exotic spaces to a
 * space; zero-width characters and soft hyphens dropped; "…" to "..."; CRLF to LF; at most one
 * blank line in a row). Keeps a map from every cleaned offset back to the original, so a span
 * found in the clean text can be reported in the text as read ({@link originalSpan}).
 *
 * @param text - The page as read.
 * @param options - `debris` (default true), `normalize` (default true).
 * @returns The cleaned text, the offset map and the removed lines
 *   (rows `{rule, start, end, text}`, see {@link REMOVED_COLUMNS}).
 * @example
 * const c = cleanText("IranMiddle EastNorth America\n\nHe said, “No.”\n\nBack to top button");
 * c.text; // 'He said, "No."'
 * c.removed.map((r) => r.rule); // ["tag_run", "back_to_top"]
 */
export function cleanText(text: string, options: CleanTextOptions = {}): CleanedText {
  if (typeof text !== "string") throw argumentError(FN, "text", "a string", text);
  const debris = options.debris ?? true;
  const normalize = options.normalize ?? true;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const removed: RemovedRow[] = [];
  const emit = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      starts.push(start);
      ends.push(end);
    }
  };
  /** Number of trailing newlines already emitted (to keep at most one blank line). */
  const trailingNewlines = (): number => {
    let n = 0;
    for (let k = out.length - 1; k >= 0 && (out[k] === "\n" || out[k] === " "); k--) if (out[k] === "\n") n++;
    return n;
  };

  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const lineEnd = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
    const line = text.slice(pos, lineEnd);
    const trimmed = line.replace(/^[\s\u00A0\u200B\uFEFF]+|[\s\u00A0\u200B\uFEFF]+$/g, "");
    const rule = debris ? debrisRule(trimmed) : undefined;
    if (rule !== undefined) {
      const lead = line.length - line.replace(/^[\s\u00A0\u200B\uFEFF]+/, "").length;
      removed.push({ rule, start: pos + lead, end: pos + lead + trimmed.length, text: trimmed });
    } else if (trimmed.length === 0) {
      if (out.length > 0 && trailingNewlines() < 2) emit("\n", pos, eol < text.length ? eol + 1 : eol);
    } else {
      if (out.length > 0 && trailingNewlines() === 0) emit("\n", pos - 1, pos);
      emitLine(text, pos, lineEnd, normalize, emit);
      if (eol < text.length) emit("\n", lineEnd, eol + 1);
    }
    pos = eol + 1;
  }
  // Drop trailing newlines and spaces.
  while (out.length > 0 && /\s/.test(out[out.length - 1]!)) {
    out.pop();
    starts.pop();
    ends.pop();
  }
  return { text: out.join(""), original: text, originStart: Uint32Array.from(starts), originEnd: Uint32Array.from(ends), removed };
}

/** Emits one kept line, normalized char by char with its original offsets. */
function emitLine(text: string, from: number, to: number, normalize: boolean, emit: (s: string, start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (!normalize) {
      emit(ch, i, i + width);
      i += width;
      continue;
    }
    // A base character and the combining marks after it compose together (NFC).
    let j = i + width;
    while (j < to && /\p{M}/u.test(text[j]!)) j++;
    if (j > i + width) {
      emit(text.slice(i, j).normalize("NFC"), i, j);
      i = j;
      continue;
    }
    if (SPACES.test(ch) || ch === "\t") emit(" ", i, i + 1);
    else if (INVISIBLE.test(ch)) {
      // dropped
    } else if (ch === "—" || ch === "―") {
      const spaced = i > from && text[i - 1] !== " " && i + 1 < to && text[i + 1] !== " ";
      emit(spaced ? " - " : "-", i, i + 1);
    } else emit(CHAR_MAP[ch] ?? ch.normalize("NFC"), i, i + width);
    i += width;
  }
}
