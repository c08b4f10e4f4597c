/** Language codes: ISO 639-1 where one exists, else ISO 639-3, or "und". Internal to ingest/. */

/** The code for a text whose language is not determined (ISO 639-2/3 "und"). */
export const UNDETERMINED = "und";

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * The canonical code of a language tag or code, or undefined when it names no language:
 * "EN", "en-GB", "eng" -> "en"; "pes", "fa-IR" -> "fa"; "arb" -> "ar"; "cmn", "zh-Hans" ->
 * "zh"; "und" -> "und". Follows CLDR's language aliases (through Intl), which map ISO 639-3
 * codes and the individual languages of a macrolanguage to its ISO 639-1 code.
 */
export function languageCode(tag: string): string | undefined {
  const trimmed = tag.trim();
  if (trimmed.toLowerCase() === UNDETERMINED) return UNDETERMINED;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(trimmed);
  } catch {
    return undefined;
  }
  const language = canonical.split("-")[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language) || names.of(language) === undefined) return undefined;
  return language;
}
