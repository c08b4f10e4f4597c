import { describe, expect, it } from "vitest";
import { countShard } from "../../src/shard/count-shard";
import type { Document, Warning } from "../../src/types";

// Five documents, 4.3 million characters: counted in batches of about 2 million characters.
const english = "The senator said the tax bill would pass, and we will never give up on the families of this country. ";
const spanish = "El gobierno federal anunció un nuevo impuesto y los trabajadores protestaron en la plaza mayor. ";
const doc = (id: string, text: string, meta: Document["meta"]): Document => ({ id, text, date: "2019-01-01", meta });
const CORPUS: Document[] = [
  doc("en1", english.repeat(12_000), { party: "Blue", lang: "en" }),
  doc("en2", english.repeat(12_000), { lang: "en" }),
  doc("en3", english.repeat(12_000), { lang: "en" }),
  doc("es1", spanish.repeat(2_000), { party: "Red", lang: "es" }),
  doc("es2", spanish.repeat(2_000), { lang: "es" }),
];

describe("a shard's warnings are said once, for the whole shard, however it is batched", () => {
  for (const kind of ["stance-markers", "rhetoric-summary"] as const) {
    it(kind, async () => {
      const warnings: Warning[] = [];
      await countShard(CORPUS, kind, { by: "party" }, (w) => warnings.push(w));
      const byCode = (code: string) => warnings.filter((w) => w.code === code).map((w) => w.message);
      expect(byCode("missing_group")).toEqual([`${kind === "stance-markers" ? "stanceMarkerRates" : "rhetoricSummary"}: 3 document(s) have no party ("en2", "en3", "es2"); counted in group "(missing)"`]);
      expect(byCode("not_english")).toHaveLength(1);
      expect(byCode("not_english")[0]).toContain("left out 2 of 5 document(s), in es (2)");
    });
  }

  it("freq: one missing_group warning for the shard", async () => {
    const warnings: Warning[] = [];
    await countShard(CORPUS, "freq", { by: "party" }, (w) => warnings.push(w));
    expect(warnings.map((w) => w.code)).toEqual(["missing_group"]);
    expect(warnings[0].message).toContain("3 document(s) have no party");
  });

  it("a shard may lack the grouping field (another shard may have it): a warning, not an error", async () => {
    const warnings: Warning[] = [];
    await countShard(CORPUS.slice(1, 3), "stance-markers", { by: "party" }, (w) => warnings.push(w));
    expect(warnings.map((w) => w.message)).toEqual(['stanceMarkerRates: 2 document(s) have no party ("en2", "en3"); counted in group "(missing)"']);
  });
});
