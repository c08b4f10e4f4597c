#!/usr/bin/env node
// Which file format for partial tables (issue 13: "JSON Lines, or Parquet/Arrow through a
// maintained package if it is much smaller or faster — measure and choose").
//
// Counts partial tables of the shared State of the Union corpus (245 addresses, 1790-2024:
// text nobody tuned anything on for this bench) and, for each, writes and reads it
//   - as the JSON Lines partial file the CLI writes (`writePartial` / `readPartial`, which
//     checks every row), and gzipped;
//   - as Apache Arrow IPC (apache-arrow, a dev dependency: one IPC stream per section,
//     string columns dictionary-encoded, whole-number columns Int32 or Float64 otherwise),
//     and gzipped; reading converts back to the rows a merge needs.
// Prints bytes and milliseconds (median of --runs, default 5), and each Arrow figure as a
// ratio to JSON Lines in the same run (machines differ; the ratio is the figure).
// Usage: node bench/partial-format.mjs [--runs 5]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import * as zlib from "node:zlib";
import { Dictionary, Float64, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray } from "apache-arrow";
import { numberOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared/corpora/sotu");
const runs = numberOption(process.argv.slice(2), "--runs", 5);
if (!fs.existsSync(path.join(shared, "data.jsonl"))) {
  console.error(`bench: ${shared}/data.jsonl not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));
const corpus = await dl.loadCorpus(path.join(shared, "data.jsonl"), { metaFile: path.join(shared, "meta.jsonl") });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "partial-format-"));

const CASES = [
  ["freq by document", "freq", { by: "document" }],
  ["freq bigrams by decade", "freq", { by: "decade", ngram: 2 }],
  ["keyness date>=2001, bigrams", "keyness", { target: "date>=2001", ngram: 2 }],
  ["dfm by document", "dfm", {}],
  ["stance markers by document", "stance-markers", {}],
];

/** The Arrow type of a column of cells: dictionary-encoded strings, Int32 whole numbers, else Float64. */
function typeOf(values) {
  if (values.some((v) => typeof v === "string")) return new Dictionary(new Utf8(), new Int32());
  if (values.every((v) => v === null || (Number.isInteger(v) && Math.abs(v) < 2 ** 31))) return new Int32();
  return new Float64();
}

/** A partial table as Arrow IPC: a JSON header (kind, version, options, section names and widths) and one IPC stream per section. */
function toArrow(partial) {
  const sections = Object.entries(partial.sections).map(([name, rows]) => {
    const width = rows.length === 0 ? 0 : rows[0].length;
    const columns = {};
    for (let j = 0; j < width; j++) {
      const values = rows.map((r) => r[j]);
      columns[`c${j}`] = vectorFromArray(values, typeOf(values));
    }
    return { name, width, n: rows.length, ipc: width === 0 ? new Uint8Array() : tableToIPC(new Table(columns), "stream") };
  });
  const header = Buffer.from(JSON.stringify({ kind: partial.kind, version: partial.version, options: partial.options, sections: sections.map(({ name, width, n, ipc }) => ({ name, width, n, bytes: ipc.length })) }));
  return Buffer.concat([Buffer.from(Uint32Array.of(header.length).buffer), header, ...sections.map((s) => s.ipc)]);
}

/** The rows of an Arrow-encoded partial table back (as a merge reads them). */
function fromArrow(buf) {
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString("utf8"));
  let at = 4 + headerLength;
  const sections = {};
  for (const s of header.sections) {
    const rows = Array.from({ length: s.n }, () => new Array(s.width));
    if (s.width > 0) {
      const t = tableFromIPC(buf.subarray(at, at + s.bytes));
      for (let j = 0; j < s.width; j++) {
        const col = t.getChild(`c${j}`);
        let i = 0;
        for (const v of col) rows[i++][j] = v ?? null;
      }
    }
    at += s.bytes;
    sections[s.name] = rows;
  }
  return { kind: header.kind, version: header.version, options: header.options, sections };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(f) {
  const ms = [];
  let out;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    out = await f();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), out };
}

console.log(`partial-table formats: ${new Date().toISOString()}, ${process.version}, ${corpus.length} addresses, median of ${runs} runs`);
console.log(["table", "rows", "jsonl_B", "jsonl_gz_B", "arrow_B", "arrow_gz_B", "arrow/jsonl_B", "arrow_gz/jsonl_gz_B", "jsonl_write_ms", "jsonl_read_ms", "arrow_write_ms", "arrow_read_ms", "arrow/jsonl_write", "arrow/jsonl_read"].join("\t"));
for (const [name, kind, options] of CASES) {
  const partial = await dl.countShard(corpus, kind, options);
  const rows = Object.values(partial.sections).reduce((n, r) => n + r.length, 0);
  const file = path.join(tmp, `${kind}.partial.jsonl`);
  const jw = await time(() => dl.writePartial(partial, file));
  const jr = await time(() => dl.readPartial(file));
  const jsonl = fs.readFileSync(file);
  const aw = await time(() => toArrow(partial));
  const ar = await time(() => fromArrow(aw.out));
  // Both formats must give back the same table.
  if (JSON.stringify(ar.out.sections) !== JSON.stringify(jr.out.sections)) throw new Error(`bench: ${name}: the Arrow round trip differs from the JSON Lines one`);
  const gz = (b) => zlib.gzipSync(b, { level: 6 }).length;
  const f = (x, d = 2) => x.toFixed(d);
  console.log([name, rows, jsonl.length, gz(jsonl), aw.out.length, gz(aw.out), f(aw.out.length / jsonl.length), f(gz(aw.out) / gz(jsonl)), f(jw.ms, 1), f(jr.ms, 1), f(aw.ms, 1), f(ar.ms, 1), f(aw.ms / jw.ms), f(ar.ms / jr.ms)].join("\t"));
}
fs.rmSync(tmp, { recursive: true, force: true });
