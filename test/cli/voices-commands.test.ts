/** discourse-lab voices, driven in-process, checked against the library call it stands for. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run, jsonl } from "./cli-harness";
import { statements } from "../../src/segment/statements";


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-voices-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const REPORT = path.join(tmp, "report.txt");
// Invented; curly quotes, debris and a CRLF line end before the statements so cleaned and
// original offsets differ.
fs.writeFileSync(REPORT, "CityPoliticsSportOpinion\r\n\r\n“We will not sell the harbour,” Mayor Ilse Varga said on Sunday.\r\n\r\nShe added that the port made money.\r\n\r\nBack to top button\r\n");
const text = fs.readFileSync(REPORT, "utf8");

describe("discourse-lab voices", () => {
  test("prints one JSON row per statement with UTF-16 offsets into the file as read", async () => {
    const r = await run("voices", "--input", REPORT, "--published", "2024-05-07", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => Object.keys(x))).toEqual(rows.map(() => ["kind", "speaker", "start", "end", "text", "event_date", "cue"]));
    expect(rows.map((x) => [x.kind, x.speaker, x.text, x.event_date, x.cue])).toEqual([
      ["quote", "Ilse Varga", "We will not sell the harbour,", "2024-05-05", "said"],
      ["narration", null, "Mayor Ilse Varga said on Sunday.", "2024-05-05", null],
      ["narration", null, "She added that", "2024-05-05", null],
      ["paraphrase", "Ilse Varga", "the port made money", "2024-05-05", "added"],
    ]);
    for (const x of rows) expect(text.slice(x.start as number, x.end as number)).toBe(x.text);
    expect(text[(rows[0]!.start as number) - 1]).toBe("“");
    const lib = statements(text, { published: "2024-05-07" });
    expect(rows.map((x) => [x.start, x.end])).toEqual(lib.map((s) => [s.start, s.end]));
  });

  test("filters by kind and speaker, and lists the speech events", async () => {
    const quotes = jsonl((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--kind", "quote,paraphrase", "--speaker", "Ilse Varga", "--format", "jsonl")).stdout);
    expect(quotes.map((x) => x.kind)).toEqual(["quote", "paraphrase"]);
    const events = jsonl((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--events", "--format", "jsonl")).stdout);
    expect(events).toEqual([
      { event_id: "report.txt#1", event_date: "2024-05-05", date_basis: "stated", event_place: null, event_occasion: null, speakers: "Ilse Varga", n_quotes: 1, n_mixed: 0, n_paraphrases: 1, n_words_quoted: 6 },
    ]);
  });

  test("usage mistakes exit 2, a missing file exits 1, each with one line on stderr", async () => {
    const noDate = await run("voices", "--input", REPORT);
    expect(noDate.code).toBe(2);
    const badDate = await run("voices", "--input", REPORT, "--published", "2024-5-7");
    expect([badDate.code, badDate.stderr]).toEqual([2, 'discourse-lab: voices: --published takes a date YYYY-MM-DD; got "2024-5-7"\n']);
    const impossible = await run("voices", "--input", REPORT, "--published", "2024-02-30");
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(/^discourse-lab: statements: option "published" must be an ISO date YYYY-MM-DD; got "2024-02-30"\n$/);
    const badKind = await run("voices", "--input", REPORT, "--published", "2024-05-07", "--kind", "quotes");
    expect(badKind.code).toBe(2);
    const missing = await run("voices", "--input", path.join(tmp, "nope.txt"), "--published", "2024-05-07");
    expect(missing.code).toBe(1);
    expect(missing.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});
