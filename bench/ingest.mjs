#!/usr/bin/env node
// Documents per second read by loadCorpus, for each input format, on a few hundred files
// generated here (bench/.data/ingest/, not committed) from the real texts of the shared
// State of the Union corpus: each document is a ~4,000-character run of paragraphs of one
// address. The same texts as plain .txt files are the reference run of the same bench
// run, so each figure is also given as a ratio to it (machines differ; ratios travel).
//
// Formats: txt (reference), md with YAML front matter and a written-out date, html (a
// news-site page: menu, header, sidebar, footer, meta tags around the article), pdf
// (pdfkit, 1-2 pages), docx (docx), csv in Latin-1 (one record per file, so the encoding
// is detected for each), and one .jsonl file holding all documents. Each format is read
// as a folder with loadCorpus, best of --runs runs after one warm-up: once as users run it
// (each document's language detected), once with the language given (`lang: "en"`), which
// times the reading alone.
//
// Usage: node bench/ingest.mjs [--docs 300] [--runs 3]
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { docxBytes, latin1Bytes, pdfBytes } from "../test/ingest/fixtures/make-fixtures.mjs";
import { numberOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const shared = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
const args = process.argv.slice(2);
const opt = (name, def) => numberOption(args, name, def);
const nDocs = opt("--docs", 300);
const runs = opt("--runs", 3);

if (!fs.existsSync(shared)) {
  console.error(`bench: ${shared} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const { loadCorpus } = require(path.join(root, "dist/index.js"));

// Documents: ~4,000-character runs of whole paragraphs, from address after address.
const docs = [];
for (const line of fs.readFileSync(shared, "utf8").split("\n")) {
  if (docs.length >= nDocs) break;
  if (line.trim() === "") continue;
  const { id, date, text } = JSON.parse(line);
  let chunk = [];
  let size = 0;
  for (const p of text.split(/\n\s*\n|\n/).map((s) => s.trim()).filter((s) => s !== "")) {
    chunk.push(p);
    size += p.length;
    if (size >= 4000) {
      docs.push({ id: `${id}-${docs.length}`, date, paragraphs: chunk });
      chunk = [];
      size = 0;
      if (docs.length >= nDocs) break;
    }
  }
}
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const written = (iso) => (iso.length >= 10 ? `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}` : iso);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const base = path.join(root, "bench/.data/ingest", String(nDocs));
const stamp = path.join(base, ".complete");
if (!fs.existsSync(stamp)) {
  fs.rmSync(base, { recursive: true, force: true });
  const dir = (name) => {
    const d = path.join(base, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  const [txt, md, html, pdf, docx, csv, jsonl] = ["txt", "md", "html", "pdf", "docx", "csv", "jsonl"].map(dir);
  const t0 = Date.now();
  for (const [i, d] of docs.entries()) {
    const name = `d${String(i).padStart(4, "0")}`;
    const body = d.paragraphs.join("\n\n");
    fs.writeFileSync(path.join(txt, `${name}.txt`), body);
    fs.writeFileSync(path.join(md, `${name}.md`), `---\ndate: ${written(d.date)}\nspeaker: President\n---\n${body}\n`);
    fs.writeFileSync(
      path.join(html, `${name}.html`),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Address, part ${i} | The Archive</title>` +
        `<meta name="author" content="Archive staff"><meta property="article:published_time" content="${d.date}T12:00:00Z"></head><body>` +
        `<header><a href="/">The Archive</a><nav><ul>${["Home", "Speeches", "Presidents", "Search", "About"].map((m) => `<li><a href="/${m}">${m}</a></li>`).join("")}</ul></nav></header>` +
        `<main><article><h1>Address, part ${i}</h1>${d.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</article></main>` +
        `<aside><h2>Related</h2><ul><li><a href="/a">Other addresses</a></li></ul></aside><footer><p>© The Archive</p><a href="/privacy">Privacy</a></footer></body></html>`,
    );
    const half = Math.ceil(d.paragraphs.length / 2);
    const created = new Date(`${d.date.length === 4 ? `${d.date}-01-01` : d.date}T12:00:00Z`);
    fs.writeFileSync(path.join(pdf, `${name}.pdf`), await pdfBytes([d.paragraphs.slice(0, half), d.paragraphs.slice(half)], { title: `Address, part ${i}`, author: "Archive", created }));
    fs.writeFileSync(path.join(docx, `${name}.docx`), await docxBytes([`Address, part ${i}`, ...d.paragraphs], { title: `Address, part ${i}`, author: "Archive", created }));
    const csvText = `id,date,archivist,text\n${d.id},"${written(d.date)}",Zoë Müller,"${body.replace(/"/g, '""')}"\n`;
    fs.writeFileSync(path.join(csv, `${name}.csv`), latin1Bytes(csvText.replace(/[^\x00-\xff]/g, "?")));
  }
  fs.writeFileSync(path.join(jsonl, "all.jsonl"), docs.map((d) => JSON.stringify({ id: d.id, date: d.date, text: d.paragraphs.join("\n\n") })).join("\n") + "\n");
  fs.writeFileSync(stamp, "");
  console.log(`bench: generated ${docs.length} documents in 7 formats under ${path.relative(root, base)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

const du = (d) => fs.readdirSync(d).reduce((s, f) => s + fs.statSync(path.join(d, f)).size, 0);
async function time(folder, extra = {}) {
  let warnings = 0;
  const options = { ...extra, onWarning: () => warnings++ };
  let n = (await loadCorpus(folder, options)).length; // warm-up (module loading, JIT)
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    n = (await loadCorpus(folder, options)).length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { n, seconds: best, warnings: warnings / (runs + 1) };
}

console.log(`bench: loadCorpus on a folder of each format, ${docs.length} documents from ${path.relative(root, shared)}, best of ${runs} runs (node ${process.version}, ${process.platform})`);
const rows = [];
let reference;
for (const format of ["txt", "md", "html", "pdf", "docx", "csv", "jsonl"]) {
  const folder = path.join(base, format);
  const { n, seconds, warnings } = await time(folder);
  const given = await time(folder, { lang: "en" }); // reading alone: the language given, not detected
  const perSecond = n / seconds;
  const readOnly = given.n / given.seconds;
  reference ??= { perSecond, readOnly };
  rows.push({
    format,
    files: fs.readdirSync(folder).length,
    documents: n,
    MB: (du(folder) / 1e6).toFixed(1),
    seconds: seconds.toFixed(3),
    "docs/s": perSecond.toFixed(0),
    "ratio to txt": (perSecond / reference.perSecond).toFixed(3),
    "docs/s, lang given": readOnly.toFixed(0),
    "ratio to txt, lang given": (readOnly / reference.readOnly).toFixed(3),
    warnings,
  });
}
const cols = Object.keys(rows[0]);
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
console.log(cols.map((c, i) => c.padStart(width[i])).join("  "));
for (const r of rows) console.log(cols.map((c, i) => String(r[c]).padStart(width[i])).join("  "));
