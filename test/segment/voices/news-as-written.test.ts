/**
 * The bad cases of issue 12 ("Why"), each with texts written for these tests (invented
 * people and places), plus the reporting frames and speaker mentions real reports use.
 */
import { describe, expect, test } from "vitest";
import { FRAME_CATALOGUE } from "../../../src/segment/voices/frames/catalogue";
import { speakerTable } from "../../../src/segment/speaker-table";
import { statements, type StatementRow } from "../../../src/segment/statements";

// Published on a Friday: Monday 10, Tuesday 11, Wednesday 12, Thursday 13.
const PUBLISHED = "2026-04-17";
const voiced = (text: string) => statements(text, { published: PUBLISHED }).filter((r) => r.kind !== "narration");
const brief = (rows: StatementRow[]) => rows.map((r) => [r.kind, r.speaker, r.text]);

describe("issue 12, bad case by bad case", () => {
  test("a mixed quote with its speaker after it is that speaker's, not the person named in the paragraph before, and not dated by that person's event", () => {
    const text = [
      "President Elena Varga said on Monday that the embargo on Tessaly would stay in place.",
      'The republic "must return to its commitments before anything else," Rahimi wrote, rejecting the offer.',
    ].join("\n\n");
    const rows = voiced(text);
    const q = rows.find((r) => r.text.startsWith("must return"))!;
    expect(q).toMatchObject({ kind: "mixed", speaker: "Rahimi", cue: "wrote", frame: "source-last" });
    expect(q.date_basis).toBe("publication"); // not Varga's Monday
    expect(rows.find((r) => r.speaker === "Elena Varga")).toMatchObject({ kind: "paraphrase", event_date: "2026-04-13", date_basis: "frame" });
  });

  test('"President X on Tuesday said ..." is a paraphrase of X dated Tuesday, not narration', () => {
    expect(voiced("President Tomas Berg on Tuesday said the sanctions would remain for another year.").map((r) => [r.kind, r.speaker, r.text, r.event_date, r.frame])).toEqual([
      ["paraphrase", "Tomas Berg", "the sanctions would remain for another year", "2026-04-14", "time-phrase"],
    ]);
  });

  test('"Last week, X told <outlet> that ..." is a paraphrase of X, dated a week before publication', () => {
    const text = "Chancellor Mira Kessler met farmers in Dorne.\n\nLast week, Kessler told the Morning Ledger that she would veto the pesticide ban.";
    expect(voiced(text).map((r) => [r.kind, r.speaker, r.cue, r.text, r.event_date])).toEqual([
      ["paraphrase", "Mira Kessler", "told", "she would veto the pesticide ban", "2026-04-10"],
    ]);
  });

  test('"Speaking in <place> last Friday, X stressed that ..." is a paraphrase of X with that date and place', () => {
    const rows = voiced("Speaking in Oslo last Friday, Nyberg stressed that the alliance was united on energy prices.");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "paraphrase", speaker: "Nyberg", cue: "stressed", frame: "participial", text: "the alliance was united on energy prices", event_date: "2026-04-10", event_place: "Oslo" });
  });

  test("a quote is never dated by another speaker's weekday in the paragraph before", () => {
    const text = ["Governor Lise Aune said on Wednesday that the bridge would close.", "“We were never consulted,” said Harald Moe, who runs the ferry."].join("\n\n");
    const quote = voiced(text).find((r) => r.kind === "quote")!;
    expect(quote).toMatchObject({ speaker: "Harald Moe", date_basis: "publication", event_date: PUBLISHED });
  });
});

describe("speakers written in many ways", () => {
  test("full name with title, surname, 'the minister', 'she', 'his spokesman', 'the ministry', an official speaking on condition of anonymity", () => {
    const text = [
      "Trade Minister Ingrid Solheim said on Thursday that the tariffs were unlawful.",
      "“We will take this to the tribunal,” the minister said. She added that talks could resume.",
      "Prime Minister Arne Dahl did not comment. His spokesman said the cabinet would meet on Monday.",
      "The Foreign Ministry said in a statement that it regretted the decision. The ministry also warned of retaliation against exporters.",
      "A senior official who spoke on condition of anonymity said the decision had been taken in March.",
      "Solheim insisted that the country had not broken any rule.",
    ].join("\n\n");
    expect(brief(voiced(text))).toEqual([
      ["paraphrase", "Ingrid Solheim", "the tariffs were unlawful"],
      ["quote", "Ingrid Solheim", "We will take this to the tribunal,"],
      ["paraphrase", "Ingrid Solheim", "talks could resume"],
      ["paraphrase", "spokesman for Arne Dahl", "the cabinet would meet on Monday"],
      ["paraphrase", "Foreign Ministry", "it regretted the decision"],
      ["paraphrase", "Foreign Ministry", "of retaliation against exporters"],
      ["paraphrase", "senior official", "the decision had been taken in March"],
      ["paraphrase", "Ingrid Solheim", "the country had not broken any rule"],
    ]);
    const types = new Map(voiced(text).map((r) => [r.speaker, r.speaker_type]));
    expect(Object.fromEntries(types)).toEqual({ "Ingrid Solheim": "person", "spokesman for Arne Dahl": "anonymous", "Foreign Ministry": "organisation", "senior official": "anonymous" });
  });

  test("coreference never crosses a change of speaker a quote frame announces: a quote standing alone is the last framed speaker's", () => {
    const text = ["Mayor Oskar Lind said the depot would stay open.", "“It is a disgrace,” said union leader Petra Holm.", "“Nobody asked the drivers.”", "He did not reply."].join("\n\n");
    expect(brief(voiced(text))).toEqual([
      ["paraphrase", "Oskar Lind", "the depot would stay open"],
      ["quote", "Petra Holm", "It is a disgrace,"],
      ["quote", "Petra Holm", "Nobody asked the drivers."],
    ]);
  });

  test("collective and unnamed sources: officials, two diplomats familiar with the talks, critics", () => {
    const text = "Officials said the summit would go ahead. Two diplomats familiar with the talks said a deal was close. Critics say the plan is too timid.";
    expect(voiced(text).map((r) => [r.speaker, r.speaker_type, r.text])).toEqual([
      ["Officials", "collective", "the summit would go ahead"],
      ["diplomats", "collective", "a deal was close"],
      ["Critics", "collective", "the plan is too timid"],
    ]);
  });

  test("beliefs and intentions are labelled belief and keep their own date only", () => {
    const rows = voiced("Governor Lise Aune said on Wednesday that the bridge would close. Aune believes the ferry can carry the traffic. She vowed to reopen the bridge by June.");
    expect(rows.map((r) => [r.text, r.belief, r.date_basis])).toEqual([
      ["the bridge would close", false, "frame"],
      ["the ferry can carry the traffic", true, "publication"],
      ["reopen the bridge by June", true, "publication"],
    ]);
  });

  test("speakerTable lists every mention of every speaker with its offsets in the text as read", () => {
    const text = "Northgate,\r\n\r\nTrade Minister Ingrid Solheim said the tariffs were unlawful. “We will fight,” the minister said. She left.";
    const rows = speakerTable(text, { published: PUBLISHED });
    expect(rows.map((r) => [r.speaker, r.mention, r.via])).toEqual([
      ["Ingrid Solheim", "Trade Minister Ingrid Solheim", "name"],
      ["Ingrid Solheim", "the minister", "role"],
    ]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.mention);
    expect(() => speakerTable(text)).toThrow(/speakerTable: option "published"/);
  });
});

describe("the frame catalogue", () => {
  test("every example of every frame family is attributed by that family", () => {
    for (const frame of FRAME_CATALOGUE) {
      for (const example of frame.examples) {
        const families = voiced(example).map((r) => (r.frame === "source-inside" ? "source-last" : r.frame));
        expect(families, `${frame.id}: ${example}`).toContain(frame.id);
      }
    }
  });

  test("a transcript line labelled with a speaker is their quote; the anchor's and the correspondent's lines are narration read for reported speech", () => {
    const text = [
      "ANCHOR: Our correspondent Lena Park is in Dorne.",
      "PARK: The governor told us that the levee held.",
      "GOVERNOR AUNE: We were lucky this time. Next time we may not be.",
    ].join("\n\n");
    expect(voiced(text).map((r) => [r.kind, r.speaker, r.text, r.frame])).toEqual([
      ["paraphrase", "governor", "the levee held", "told-that"],
      ["quote", "Aune", "We were lucky this time. Next time we may not be.", "speaker-label"],
    ]);
  });
});
