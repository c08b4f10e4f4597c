/**
 * Character classes for the tokenizer, one byte per UTF-16 code unit, built once from
 * Unicode properties so the scanner never runs a regular expression on user text.
 * @internal
 */

export const C_OTHER = 0; // punctuation without a special role
export const C_LETTER = 1; // \p{L} or \p{M}
export const C_DIGIT = 2; // \p{Nd}
export const C_SPACE = 3; // \s
export const C_NEWLINE = 4; // \n, \r, U+2028, U+2029
export const C_APOS = 5; // ' and ’ (U+2019) and ʼ
export const C_HYPHEN = 6; // - and U+2010, U+2011
export const C_TERMINAL = 7; // . ! ? … 。 ！ ？ ． ｡ ؟ ۔ । ॥ ። ။
export const C_SYMBOL = 8; // \p{S}, and surrogate halves
export const C_CLOSE = 9; // closing quotes and brackets: " ” » ) ] } 」 』 ） 》 〉 】 〕 ］ ｝ ›
export const C_NOSPACE = 10; // a letter or mark of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar)
export const C_JOINER = 11; // zero-width non-joiner U+200C and joiner U+200D: inside a word, part of it

/** Sentence terminals beyond ASCII: … and the full stops, question and exclamation marks of other scripts. */
const TERMINALS = [0x2026, 0x3002, 0xff0e, 0xff01, 0xff1f, 0xff61, 0x061f, 0x06d4, 0x0964, 0x0965, 0x1362, 0x104b];
/** Closing quotes and brackets beyond ASCII. */
const CLOSERS = [0x201d, 0xbb, 0x203a, 0x300d, 0x300f, 0xff09, 0x300b, 0x3009, 0x3011, 0x3015, 0xff3d, 0xff5d];

/**
 * Whether a sentence terminal ends a sentence without a space after it: the ideographic
 * and fullwidth marks (。！？．｡) and ؟ ۔ । ॥ ። ။, which belong to scripts that need no
 * space after them. ". ! ? …" need one ("3.5", "U.S.A", "Yahoo!Japan").
 */
export function endsWithoutSpace(c: number): boolean {
  return c >= 0x3000 || (c !== 0x2026 && c >= 0x0600);
}

let table: Uint8Array | undefined;

/** The class table for all BMP code units. */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  const letter = /[\p{L}\p{M}]/u;
  // Script_Extensions, so the kana length mark ー and the iteration mark 々 come along.
  const noSpace = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  const symbol = /\p{S}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = C_SYMBOL;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) t[c] = C_LETTER;
      else if (c >= 48 && c <= 57) t[c] = C_DIGIT;
      else if (c === 10 || c === 13) t[c] = C_NEWLINE;
      else if (c === 32 || c === 9 || c === 11 || c === 12) t[c] = C_SPACE;
      else if (c === 39) t[c] = C_APOS;
      else if (c === 45) t[c] = C_HYPHEN;
      else if (c === 46 || c === 33 || c === 63) t[c] = C_TERMINAL;
      else if (c === 34 || c === 41 || c === 93 || c === 125) t[c] = C_CLOSE;
      else if (symbol.test(ch)) t[c] = C_SYMBOL;
      else t[c] = C_OTHER;
      continue;
    }
    if (c === 0x2019 || c === 0x02bc) t[c] = C_APOS;
    else if (c === 0x2010 || c === 0x2011) t[c] = C_HYPHEN;
    else if (TERMINALS.includes(c)) t[c] = C_TERMINAL;
    else if (c === 0x2028 || c === 0x2029 || c === 0x85) t[c] = C_NEWLINE;
    else if (CLOSERS.includes(c)) t[c] = C_CLOSE;
    else if (c === 0x200c || c === 0x200d) t[c] = C_JOINER;
    else if (letter.test(ch)) t[c] = noSpace.test(ch) ? C_NOSPACE : C_LETTER;
    else if (digit.test(ch)) t[c] = C_DIGIT;
    else if (space.test(ch)) t[c] = C_SPACE;
    else if (symbol.test(ch)) t[c] = C_SYMBOL;
    else t[c] = C_OTHER;
  }
  table = t;
  return t;
}
