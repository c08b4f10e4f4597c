/**
 * What the counting of a shard reports once for the whole shard, however its documents
 * are split into batches or threads: documents placed in no group (`missing_group`, with
 * the count and the first ids, or the error for a grouping field no document has) and
 * documents an English-only kind did not read (`not_english`, with the count and the
 * languages). The notes see every document in the thread that reads the shard; the
 * kinds' own warnings of these two codes, made per batch, are left out.
 * @internal
 */
import type { GroupOptions } from "../group/document-group";
import { GroupTally } from "../group/group-tally";
import { isEnglishText } from "../measure/is-english-document";
import { warnNotEnglish } from "../measure/english-only";
import type { Document, OnWarning, Warning } from "../types";
import type { KindOptions, TableKind } from "./table-kind";

/** The codes the notes report for the whole shard. */
const NOTED = new Set(["missing_group", "not_english"]);

/** A shard's notes. @internal */
export class ShardNotes {
  private readonly placement: GroupTally | undefined; // placement only: nothing is added to it
  private sink: OnWarning | undefined;
  private readonly langs = new Map<unknown, number>(); // language -> documents not read
  private total = 0;

  constructor(
    private readonly kind: TableKind,
    options: KindOptions,
  ) {
    const grouping: GroupOptions | undefined = kind.grouping?.(options);
    this.placement = grouping && new GroupTally(kind.fn, grouping, (w) => this.sink?.(w));
  }

  /** Notes one document of the shard. */
  see(doc: Document): void {
    this.placement?.groupOf(doc);
    if (this.kind.englishOnly !== undefined) {
      this.total++;
      if (!isEnglishText(doc.text, doc.meta.lang)) this.langs.set(doc.meta.lang, (this.langs.get(doc.meta.lang) ?? 0) + 1);
    }
  }

  /**
   * Reports the notes: the grouping's (throwing, when `strict`, for a field no document
   * has: a whole corpus, not a shard), then the documents not read.
   */
  report(strict: boolean, onWarning: OnWarning | undefined): void {
    this.sink = onWarning;
    const unread = () => this.kind.englishOnly !== undefined && warnNotEnglish(this.kind.englishOnly, this.langs, this.total, "document", onWarning);
    if (this.kind.unreadFirst) unread();
    this.placement?.report(strict);
    if (!this.kind.unreadFirst) unread();
  }

  /** `onWarning` without the codes the notes report. */
  static quiet(onWarning: OnWarning | undefined): OnWarning | undefined {
    return onWarning && ((w: Warning) => (NOTED.has(w.code) ? undefined : onWarning(w)));
  }
}
