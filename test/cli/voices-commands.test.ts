/** discourse-lab voices and voices fidelity, driven in-process, checked against the library calls they stand for. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run, jsonl } from "./cli-harness";
import { statements } from "../../src/segment/statements";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-voices-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(tmp, ...p);
// Invented; curly quotes, debris and a CRLF line end before the statements so cleaned and
// original offsets differ.
const REPORT = at("report.txt");
fs.writeFileSync(REPORT, "CityPoliticsSportOpinion\r\n\r\n“We will not sell the harbour,” Mayor Ilse Varga said on Sunday.\r\n\r\nShe added that the port made money.\r\n\r\nBack to top button\r\n");
const text = fs.readFileSync(REPORT, "utf8");

// A folder of reports with front matter, and a JSON Lines corpus of reports.
fs.mkdirSync(at("reports"));
fs.writeFileSync(at("reports", "tram.md"), "---\ndate: 2026-04-17\noutlet: Dorne Courier\n---\n“The tram will run by June,” Mayor Ilse Varga said on Tuesday. Councillor Bo Lind said the budget was too small.\n");
fs.writeFileSync(at("reports", "port.txt"), "---\npublished: 2026-04-10\n---\n“We will not sell the harbour,” Varga told reporters on Monday. “Never,” she added.\n");
const CORPUS = at("reports.jsonl");
fs.writeFileSync(CORPUS, [
  JSON.stringify({ id: "r1", published: "2026-04-17", outlet: "Wire", text: "“Prices will fall,” Finance Minister Ana Soto said on Thursday." }),
  JSON.stringify({ id: "r2", date: "2026-04-16", text: "Soto said the deficit was shrinking." }),
].join("\n") + "\n");

describe("discourse-lab voices", () => {
  test("prints one JSON row per statement, with an id, its report_id and the report's fields, offsets into the file as read", async () => {
    const r = await run("voices", "--input", REPORT, "--published", "2024-05-07", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => [x.id, x.report_id, x.kind, x.speaker, x.text, x.event_date, x.cue, x.published])).toEqual([
      ["report.txt:0", "report.txt", "quote", "Ilse Varga", "We will not sell the harbour,", "2024-05-05", "said", "2024-05-07"],
      ["report.txt:1", "report.txt", "narration", null, "Mayor Ilse Varga said on Sunday.", "2024-05-05", null, "2024-05-07"],
      ["report.txt:2", "report.txt", "narration", null, "She added that", "2024-05-05", null, "2024-05-07"],
      ["report.txt:3", "report.txt", "paraphrase", "Ilse Varga", "the port made money", "2024-05-05", "added", "2024-05-07"],
    ]);
    for (const x of rows) expect(text.slice(x.start as number, x.end as number)).toBe(x.text);
    expect(text[(rows[0]!.start as number) - 1]).toBe("“");
    const lib = statements(text, { published: "2024-05-07", id: "report.txt" });
    expect(rows.map((x) => [x.start, x.end, x.frame, x.date_basis])).toEqual(lib.map((s) => [s.start, s.end, s.frame, s.date_basis]));
  });

  test("filters by kind and speaker, lists the speech events and the speaker table", async () => {
    const quotes = jsonl((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--kind", "quote,paraphrase", "--speaker", "Ilse Varga", "--format", "jsonl")).stdout);
    expect(quotes.map((x) => x.kind)).toEqual(["quote", "paraphrase"]);
    const events = jsonl((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--events", "--format", "jsonl")).stdout);
    expect(events).toEqual([
      { report_id: "report.txt", event_id: "report.txt#1", event_date: "2024-05-05", date_basis: "frame", event_place: null, event_occasion: null, speakers: "Ilse Varga", n_quotes: 1, n_mixed: 0, n_paraphrases: 1, n_words_quoted: 6 },
    ]);
    const speakers = jsonl((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--speakers", "--format", "jsonl")).stdout);
    expect(speakers.map((s) => [s.speaker, s.mention, s.via, text.slice(s.start as number, s.end as number)])).toEqual([
      ["Ilse Varga", "Mayor Ilse Varga", "name", "Mayor Ilse Varga"],
      ["Ilse Varga", "She", "pronoun", "She"],
    ]);
  });

  test("reads a folder of reports (each dated by its front matter) and a JSON Lines corpus with published or date", async () => {
    const folder = jsonl((await run("voices", "--input", at("reports"), "--kind", "quote,paraphrase", "--format", "jsonl")).stdout);
    // Each report is read on its own: "Varga" of the port report is not matched to the tram report's "Ilse Varga".
    expect(folder.map((x) => [x.report_id, x.speaker, x.event_date, x.published])).toEqual([
      ["port", "Varga", "2026-04-06", "2026-04-10"],
      ["port", "Varga", "2026-04-06", "2026-04-10"],
      ["tram", "Ilse Varga", "2026-04-14", "2026-04-17"],
      ["tram", "Bo Lind", "2026-04-17", "2026-04-17"],
    ]);
    expect(folder[2]).toMatchObject({ outlet: "Dorne Courier" });
    const corpus = jsonl((await run("voices", "--input", CORPUS, "--kind", "quote,paraphrase", "--format", "jsonl")).stdout);
    expect(corpus.map((x) => [x.id, x.report_id, x.speaker, x.event_date, x.published, x.outlet ?? null])).toEqual([
      ["r1:0", "r1", "Ana Soto", "2026-04-16", "2026-04-17", "Wire"],
      ["r2:1", "r2", "Soto", "2026-04-16", "2026-04-16", null],
    ]);
  });

  test("--as-corpus writes one document per speaker and event that freq --by speaker reads", async () => {
    const out = at("speeches.jsonl");
    const w = await run("voices", "--input", at("reports"), "--as-corpus", "--kind", "quote,mixed,paraphrase", "--out", out);
    expect([w.code, w.stderr]).toEqual([0, `discourse-lab: wrote ${out}\n`]);
    const docs = jsonl(fs.readFileSync(out, "utf8"));
    expect(docs.map((d) => [d.id, d.speaker, d.date, d.n_statements])).toEqual([
      ["port:2026-04-06:varga", "Varga", "2026-04-06", 2],
      ["tram:2026-04-14:ilse-varga", "Ilse Varga", "2026-04-14", 1],
      ["tram:2026-04-17:bo-lind", "Bo Lind", "2026-04-17", 1],
    ]);
    const freq = await run("freq", "--corpus", out, "--by", "speaker", "--terms", "harbour,tram,budget", "--format", "jsonl");
    expect(freq.code).toBe(0);
    const counts = jsonl(freq.stdout).filter((x) => (x.count as number) > 0).map((x) => [x.speaker, x.term, x.count]);
    expect(counts).toEqual(expect.arrayContaining([["Varga", "harbour", 1], ["Ilse Varga", "tram", 1], ["Bo Lind", "budget", 1]]));
  });

  test("bad files are named, without a stack trace: a missing path, a report without a date, invalid UTF-8", async () => {
    const missing = await run("voices", "--input", at("nope.txt"), "--published", "2024-05-07");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    fs.mkdirSync(at("undated"));
    fs.writeFileSync(at("undated", "a.txt"), "“Yes,” Mayor Ed Falk said.");
    const undated = await run("voices", "--input", at("undated"));
    expect(undated.code).toBe(1);
    expect(undated.stderr).toMatch(/undated\/a\.txt: report "a" needs a publication date YYYY-MM-DD/);
    fs.writeFileSync(at("latin1.txt"), Buffer.from([0x22, 0xe9, 0x22, 0x0a]));
    const bad = await run("voices", "--input", at("latin1.txt"), "--published", "2024-05-07");
    expect(bad.code).toBe(1);
    for (const r of [missing, undated, bad]) {
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });

  test("usage mistakes exit 2 with one line on stderr", async () => {
    expect((await run("voices", "--published", "2024-05-07")).code).toBe(2);
    const badDate = await run("voices", "--input", REPORT, "--published", "2024-5-7");
    expect([badDate.code, badDate.stderr]).toEqual([2, 'discourse-lab: voices: --published takes a date YYYY-MM-DD; got "2024-5-7"\n']);
    const impossible = await run("voices", "--input", REPORT, "--published", "2024-02-30");
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(/^discourse-lab: newsReports: param "published" must be an ISO date YYYY-MM-DD; got "2024-02-30"\n$/);
    expect((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--kind", "quotes")).code).toBe(2);
    expect((await run("voices", "--input", REPORT, "--published", "2024-05-07", "--events", "--speakers")).code).toBe(2);
  });
});

describe("discourse-lab voices fidelity", () => {
  const transcript = at("speech.txt");
  const report = at("fidelity-report.txt");
  fs.writeFileSync(transcript, "We will not sell the harbour. The harbour belongs to the people who built it.\n");
  fs.writeFileSync(report, "“We will never sell the harbour,” Mayor Ilse Varga said. She said the harbour “belongs to the people who built it.”\n");

  test("prints one row per quote with its label and writes the side-by-side HTML", async () => {
    const html = at("fidelity.html");
    const r = await run("voices", "fidelity", "--report", report, "--transcript", transcript, "--published", "2026-04-17", "--format", "jsonl", "--html", html);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => [x.label, x.changed, x.passage])).toEqual([
      ["altered", "never <- not", "We will not sell the harbour"],
      ["trimmed", "", "belongs to the people who built it"],
    ]);
    expect(fs.readFileSync(html, "utf8")).toContain('title="changed">never</span>');
    const missing = await run("voices", "fidelity", "--report", report, "--transcript", at("none.txt"), "--published", "2026-04-17");
    expect([missing.code, missing.stderr.split("\n").filter(Boolean).length]).toEqual([1, 1]);
    expect((await run("voices", "fidelity", "--report", report, "--transcript", transcript)).code).toBe(2);
  });
});
