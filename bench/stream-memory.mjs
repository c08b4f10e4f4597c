#!/usr/bin/env node
// Peak memory of reading a large CSV corpus streamed (csvDocuments, corpusDocuments on a
// folder) against collected whole (readCsv, readFolder), each in a fresh Node process.
// The corpus is generated here (bench/.data/stream-memory/, not committed) from the real
// texts of the shared State of the Union corpus: one CSV file of about --mb MB (records of
// one paragraph, with quoted fields spanning lines), and a folder holding it split in 4.
// Each run counts documents and characters, so nothing is kept by the caller; the streamed
// runs' peak should stay flat as --mb grows, the collected runs' grow with it.
//
// Usage: node bench/stream-memory.mjs [--mb 100]
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { numberOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === "--child") {
  // One measured run: node bench/stream-memory.mjs --child <function> <path>
  const api = require(path.join(root, "dist/index.js"));
  const [, fn, target] = args;
  const start = process.hrtime.bigint();
  let docs = 0;
  let chars = 0;
  if (fn === "readCsv" || fn === "readFolder") {
    for (const doc of await api[fn](target)) {
      docs++;
      chars += doc.text.length;
    }
  } else {
    for await (const doc of api[fn](target)) {
      docs++;
      chars += doc.text.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ docs, chars, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const mb = numberOption(args, "--mb", 100);
const shared = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
if (!fs.existsSync(shared)) {
  console.error(`bench: ${shared} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

const dataDir = path.join(root, "bench/.data/stream-memory");
const csvFile = path.join(dataDir, `sotu-${mb}mb.csv`);
const folder = path.join(dataDir, `sotu-${mb}mb-folder`);
if (!fs.existsSync(csvFile) || !fs.existsSync(folder)) {
  fs.mkdirSync(folder, { recursive: true });
  const paragraphs = fs
    .readFileSync(shared, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => JSON.parse(line).text.split(/\n\s*\n/))
    .filter((p) => p.trim() !== "");
  const quote = (s) => `"${s.replace(/"/g, '""')}"`;
  const header = "id,date,text\n";
  const parts = [0, 1, 2, 3].map((i) => fs.openSync(path.join(folder, `part-${i}.csv`), "w"));
  parts.forEach((fd) => fs.writeSync(fd, header));
  const whole = fs.openSync(csvFile, "w");
  fs.writeSync(whole, header);
  let bytes = 0;
  for (let n = 0; bytes < mb * 1e6; n++) {
    // Two paragraphs per record, so the quoted text spans lines.
    const text = `${paragraphs[n % paragraphs.length]}\n\n${paragraphs[(n * 7 + 3) % paragraphs.length]}`;
    const row = `r${n},${1790 + (n % 232)},${quote(text)}\n`;
    fs.writeSync(whole, row);
    fs.writeSync(parts[n % 4], row);
    bytes += Buffer.byteLength(row);
  }
  fs.closeSync(whole);
  parts.forEach((fd) => fs.closeSync(fd));
}

const size = (fs.statSync(csvFile).size / 1e6).toFixed(0);
console.log(`stream-memory: ${csvFile} (${size} MB) and the same records in 4 files (${folder}); Node ${process.version}`);
console.log("function          input   documents  seconds  peak RSS (MB)");
for (const [fn, target] of [
  ["csvDocuments", csvFile],
  ["readCsv", csvFile],
  ["corpusDocuments", folder],
  ["readFolder", folder],
]) {
  const out = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", fn, target], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 }));
  const input = target === csvFile ? "file" : "folder";
  console.log(`${fn.padEnd(17)} ${input.padEnd(7)} ${String(out.docs).padStart(9)}  ${out.seconds.toFixed(1).padStart(7)}  ${out.maxRssMb.toFixed(0).padStart(13)}`);
}
