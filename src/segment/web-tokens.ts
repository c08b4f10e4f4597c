/**
 * The tokens of text that is not prose: URLs, e-mail addresses, `@handles` and `#hashtags`.
 * Each function reads forward from a position with the tokenizer's character classes (no
 * regular expression on user text) and returns where the token ends, or 0 when none
 * starts there. Internal to segment/ (the scanner calls them).
 * @internal
 */
import { C_DIGIT, C_JOINER, C_LETTER, C_NOSPACE } from "./char-classes";

/**
 * Top-level domains a bare domain may end with ("whitehouse.gov", "bbc.co.uk"): the
 * generic ones and the country codes that news and government sites of the corpora at hand
 * use most. A domain written with a scheme or "www." needs no list.
 */
const TLDS = new Set("com org net gov edu mil int info io biz news uk us ca au nz ie de fr it es nl be ch at se no dk fi ru ua cn jp kr in ir iq il tr sa ae eg pk af".split(" "));

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether `text` has `prefix` (lowercase ASCII) at `i`, ignoring case. */
function hasPrefix(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) if (lowerAscii(text.charCodeAt(i + k)) !== prefix.charCodeAt(k)) return false;
  return true;
}

/**
 * End of a URL starting at `i` with a scheme ("https://", "http://", "ftp://") or "www.",
 * or 0. The URL runs to the first space or character that cannot be in one (quotes, angle
 * brackets, CJK punctuation); trailing . , ; : ! ? ' * and unbalanced ) ] are not part of it.
 */
export function urlEnd(text: string, i: number, n: number, cls: Uint8Array): number {
  const c = lowerAscii(text.charCodeAt(i));
  let body: number;
  if (c === 104) body = hasPrefix(text, i, "https://") ? i + 8 : hasPrefix(text, i, "http://") ? i + 7 : 0;
  else if (c === 102) body = hasPrefix(text, i, "ftp://") ? i + 6 : 0;
  else if (c === 119) body = hasPrefix(text, i, "www.") ? i + 4 : 0;
  else return 0;
  if (body === 0 || body >= n) return 0;
  const first = cls[text.charCodeAt(body)];
  if (first !== C_LETTER && first !== C_DIGIT) return 0;
  return urlBodyEnd(text, i, body, n, cls);
}

/** End of the rest of a URL from `j` (see {@link urlEnd}); `start` is where the URL began. */
function urlBodyEnd(text: string, start: number, j: number, n: number, cls: Uint8Array): number {
  while (j < n && inUrl(text.charCodeAt(j), cls)) j++;
  // Trailing punctuation belongs to the sentence; a closing bracket only when unbalanced.
  for (;;) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 42) j--;
    else if ((c === 41 && !balanced(text, start, j, 40, 41)) || (c === 93 && !balanced(text, start, j, 91, 93))) j--;
    else return j;
  }
}

function inUrl(c: number, cls: Uint8Array): boolean {
  if (c < 128) return c > 32 && c !== 34 && c !== 60 && c !== 62 && c !== 96 && c !== 123 && c !== 125 && c !== 124 && c !== 92 && c !== 94;
  const k = cls[c];
  return k === C_LETTER || k === C_DIGIT || k === C_NOSPACE || k === C_JOINER; // letters of any script (IRIs), not “ ” 。 、
}

/** Whether the brackets `open`/`close` are balanced in text[a, b). */
function balanced(text: string, a: number, b: number, open: number, close: number): boolean {
  let depth = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === open) depth++;
    else if (c === close) depth--;
  }
  return depth >= 0;
}

/**
 * End of a domain written without scheme ("whitehouse.gov", "news.bbc.co.uk/world") at
 * `i`, or 0: ASCII labels joined by periods, the last one a known top-level domain in
 * lowercase, then a path after "/" if any.
 */
export function bareDomainEnd(text: string, i: number, n: number, cls: Uint8Array): number {
  let j = i;
  let labels = 0;
  let lastStart = i;
  for (;;) {
    const from = j;
    while (j < n && (isAsciiAlnum(text.charCodeAt(j)) || (j > from && text.charCodeAt(j) === 45))) j++;
    if (j === from) return 0;
    labels++;
    lastStart = from;
    if (j + 1 < n && text.charCodeAt(j) === 46 && isAsciiAlnum(text.charCodeAt(j + 1))) j++;
    else break;
  }
  if (labels < 2 || !TLDS.has(text.slice(lastStart, j))) return 0;
  if (j < n) {
    const k = cls[text.charCodeAt(j)];
    if (k === C_LETTER || k === C_DIGIT || k === C_NOSPACE) return 0;
    if (text.charCodeAt(j) === 47) return urlBodyEnd(text, i, j + 1, n, cls);
  }
  return j;
}

/**
 * End of an e-mail address starting at `i`, or 0: a local part of letters, digits and
 * . _ % + -, an @, and a domain of at least two labels whose last has two letters or more.
 */
export function emailEnd(text: string, i: number, n: number, cls: Uint8Array): number {
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls[c];
    if (k === C_LETTER || k === C_DIGIT || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) j++;
    else break;
  }
  if (j >= n || text.charCodeAt(j) !== 64 || text.charCodeAt(j - 1) === 46) return 0;
  return domainEnd(text, j + 1, n, cls);
}

/** End of a domain of two labels or more at `j` (the last with two letters or more), or 0. */
function domainEnd(text: string, j: number, n: number, cls: Uint8Array): number {
  let labels = 0;
  let lastLetters = 0;
  for (;;) {
    const from = j;
    let letters = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = cls[c];
      if (k === C_LETTER) letters++;
      if (k === C_LETTER || k === C_DIGIT || (c === 45 && j > from)) j++;
      else break;
    }
    if (j === from) return 0;
    labels++;
    lastLetters = letters;
    if (j + 1 < n && text.charCodeAt(j) === 46 && (cls[text.charCodeAt(j + 1)] === C_LETTER || cls[text.charCodeAt(j + 1)] === C_DIGIT)) j++;
    else break;
  }
  return labels >= 2 && lastLetters >= 2 ? j : 0;
}

/**
 * End of an `@handle` at `i` (the `@`), or 0: letters, digits and _ after it; a Mastodon-style
 * `@name@instance.social` keeps its instance.
 */
export function handleEnd(text: string, i: number, n: number, cls: Uint8Array): number {
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls[c];
    if (k === C_LETTER || k === C_DIGIT || c === 95) j++;
    else break;
  }
  if (j === i + 1) return 0;
  if (j + 1 < n && text.charCodeAt(j) === 64) {
    const e = domainEnd(text, j + 1, n, cls);
    if (e > 0) return e;
  }
  return j;
}

/**
 * End of a #hashtag at `i` (the #), or 0: letters (any script), digits, _ and joiners
 * inside, with at least one letter ("#1" is no hashtag).
 */
export function hashtagEnd(text: string, i: number, n: number, cls: Uint8Array): number {
  let j = i + 1;
  let letters = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls[c];
    if (k === C_LETTER || k === C_NOSPACE) {
      letters++;
      j++;
    } else if (k === C_DIGIT || c === 95) j++;
    else if (k === C_JOINER && j + 1 < n && cls[text.charCodeAt(j + 1)] === C_LETTER) j += 2;
    else break;
  }
  return letters > 0 ? j : 0;
}

/** The normalized form of a URL: scheme and host lowercased (they ignore case), path, query and fragment as written. */
export function urlForm(url: string): string {
  const scheme = url.indexOf("://");
  const hostStart = scheme >= 0 ? scheme + 3 : 0;
  let hostEnd = hostStart;
  while (hostEnd < url.length) {
    const c = url.charCodeAt(hostEnd);
    if (c === 47 || c === 63 || c === 35) break;
    hostEnd++;
  }
  return url.slice(0, hostEnd).toLowerCase() + url.slice(hostEnd);
}
