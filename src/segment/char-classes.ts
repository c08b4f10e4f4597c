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
export const C_TERMINAL = 7; // . ! ? … and their fullwidth forms
export const C_SYMBOL = 8; // \p{S}, and surrogate halves
export const C_CLOSE = 9; // closing quotes and brackets: " ” ’ » ) ] }
export const C_UPPER_OPEN = 10; // unused marker (kept for table size stability)

let table: Uint8Array | undefined;

/** The class table for all BMP code units. */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  const letter = /[\p{L}\p{M}]/u;
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
    else if (c === 0x2026 || c === 0xff0e || c === 0xff01 || c === 0xff1f || c === 0x3002) t[c] = C_TERMINAL;
    else if (c === 0x2028 || c === 0x2029 || c === 0x85) t[c] = C_NEWLINE;
    else if (c === 0x201d || c === 0xbb) t[c] = C_CLOSE;
    else if (letter.test(ch)) t[c] = C_LETTER;
    else if (digit.test(ch)) t[c] = C_DIGIT;
    else if (space.test(ch)) t[c] = C_SPACE;
    else if (symbol.test(ch)) t[c] = C_SYMBOL;
    else t[c] = C_OTHER;
  }
  table = t;
  return t;
}
