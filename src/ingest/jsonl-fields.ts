/** Field-name options of the JSON readers (JSON Lines and JSON arrays). Internal. */
import type { IngestOptions } from "./ingest-options";
import { stringOption } from "./ingest-options";
import type { RecordFields } from "./record-to-document";

/** Which JSON fields hold the document fields; all other fields go to `meta`. */
export interface JsonFieldOptions extends IngestOptions {
  /** Field holding the id: a non-empty string, or an integer read as its decimal string. Default `"id"`. */
  readonly idField?: string;
  /** Field holding the text: a string, neither empty nor only whitespace. Default `"text"`. */
  readonly textField?: string;
  /**
   * Field holding the date: ISO (YYYY, YYYY-MM, YYYY-MM-DD), an integer year, or a date as
   * people write it ("November 4, 2019"; see isoDate). Default `"date"`.
   */
  readonly dateField?: string;
  /** Field holding the speaker. Default `"speaker"`. */
  readonly speakerField?: string;
  /** Field holding the title. Default `"title"`. */
  readonly titleField?: string;
  /** Field holding the source; when absent the source is `"<path>:<line>"`. Default `"source"`. */
  readonly sourceField?: string;
}

/** Validated field names of {@link JsonFieldOptions}. */
export function jsonFields(fn: string, options: JsonFieldOptions | undefined): RecordFields {
  return {
    id: stringOption(fn, options, "idField", "id"),
    text: stringOption(fn, options, "textField", "text"),
    date: stringOption(fn, options, "dateField", "date"),
    speaker: stringOption(fn, options, "speakerField", "speaker"),
    title: stringOption(fn, options, "titleField", "title"),
    source: stringOption(fn, options, "sourceField", "source"),
  };
}
