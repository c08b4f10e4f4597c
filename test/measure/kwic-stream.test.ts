import { describe, expect, it } from "vitest";
import { kwic } from "../../src/measure/kwic";
import { kwicStream } from "../../src/measure/kwic-stream";
import type { Document, Warning } from "../../src/types";

// Five documents of about 0.9 million characters each: the stream searches them in two batches (d0-d2, d3-d4).
const SENTENCES = [
  "The minister said talks with the United States were pointless. ",
  "Negotiations, she added, would resume only after sanctions ended! ",
  "Reporters asked whether the sanctioned banks could trade; nobody answered. ",
  "“We negotiated in good faith,” the envoy told the assembly on Tuesday. ",
];
const big = (k: number): Document => {
  const parts: string[] = [];
  for (let i = 0; parts.join("").length < 900_000; i++) parts.push(SENTENCES[(i * (k + 1)) % SENTENCES.length].repeat(50));
  return { id: `d${k}`, text: parts.join("") + (k === 3 ? "A lone zebra crossed the road." : k === 0 ? "An okapi slept." : ""), date: `200${k}-01-0${k + 1}`, meta: {} };
};
const corpus = [0, 1, 2, 3, 4].map(big);

async function collect(rows: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe("kwicStream: the rows of kwic, searched batch by batch", () => {
  for (const [pattern, options] of [["negotiat*", {}], ["sanctions ended", { window: "sentence" as const }], ["/banks?/", { window: 2, contextChars: 20 }], ["zebra", {}]] as const) {
    it(`${pattern}`, async () => {
      const streamed = await collect(kwicStream(corpus, pattern, options));
      const whole = kwic(corpus, pattern, options);
      expect(whole.length).toBeGreaterThan(0);
      expect(streamed).toEqual(whole);
    });
  }

  it("stops reading once `limit` rows are found", async () => {
    let read = 0;
    function* docs() {
      for (const d of corpus) {
        read++;
        yield d;
      }
    }
    const rows = await collect(kwicStream(docs(), "negotiat*", { limit: 10 }));
    expect(rows).toEqual(kwic(corpus, "negotiat*", { limit: 10 }));
    expect(read).toBeLessThan(corpus.length);
  });

  it("warns as kwic does when nothing is found: words never seen, or never in sequence (here in different batches)", async () => {
    for (const [pattern, says] of [["unicorn", "never seen in the corpus"], ["okapi zebra", "never occurs as a sequence"]]) {
      const w: Warning[] = [];
      const rows = await collect(kwicStream(corpus, pattern, { onWarning: (x) => w.push(x) }));
      expect(rows).toEqual([]);
      expect(w.map((x) => x.code)).toEqual(["unseen_term"]);
      expect(w[0].message).toContain(says);
    }
  });

  it("refuses a sort by context and a bad pattern when called, before reading", () => {
    expect(() => kwicStream(corpus, "tax", { sort: "left" })).toThrow(/option "sort"/);
    expect(() => kwicStream(corpus, "/(/")).toThrow(/valid r/);
  });
});
