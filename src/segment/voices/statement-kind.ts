/** Voices of a report: what each span of it is. */
export const StatementKind = {
  /** Direct quote: the speaker's words between quote marks, set off from the reporter's clause. */
  quote: "quote",
  /** Mixed quote: quoted words built into the reporter's own sentence ("called it "a trick""). */
  mixed: "mixed",
  /** Reported speech: "He noted that ...", "X said ...", "X's remarks that ...". */
  paraphrase: "paraphrase",
  /** The reporter's own words: headlines, attribution clauses, background. */
  narration: "narration",
} as const;
export type StatementKind = (typeof StatementKind)[keyof typeof StatementKind];

/** Where a statement's event date comes from. */
export const DateBasis = {
  /** A date in the statement's own frame ("said on Tuesday", "Speaking last Friday, X said"). */
  frame: "frame",
  /** A speech event the paragraph states in narration ("At Tuesday's summit, ..."). */
  paragraph: "paragraph",
  /** The speaker's speech event dated earlier in the report (its date carries on until another is stated). */
  event: "event",
  /** The report's lead, before the speaker's first dated event: that event. */
  lead: "lead",
  /** No date for it in the report: the publication date. */
  publication: "publication",
} as const;
export type DateBasis = (typeof DateBasis)[keyof typeof DateBasis];

/** The strongest date basis among statements (frame over paragraph, event, lead, publication). */
export function strongestBasis(rows: readonly { readonly date_basis: DateBasis }[]): DateBasis {
  const order: readonly DateBasis[] = [DateBasis.frame, DateBasis.paragraph, DateBasis.event, DateBasis.lead, DateBasis.publication];
  return order.find((b) => rows.some((r) => r.date_basis === b)) ?? DateBasis.publication;
}
