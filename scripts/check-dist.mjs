#!/usr/bin/env node
// Fails on a stale dist/: the notebooks and bin/discourse-lab.js run the compiled library,
// so dist/ must be exactly what src/ compiles to now. Checks, in order:
//   1. every src/**/*.ts has its dist/**/*.js, and none is older than its source;
//   2. a fresh build of src/ (tsconfig.build.json, into a temporary folder) gives the same
//      files, byte for byte, as dist/ (no file missing, none left over from a deleted source).
// Usage: node scripts/check-dist.mjs   (npm run lint:dist). Fix: npm run build.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const problems = [];
if (!fs.existsSync(dist)) problems.push("dist/ does not exist");
for (const file of walk(src)) {
  if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
  const out = path.join(dist, path.relative(src, file)).replace(/\.ts$/, ".js");
  if (!fs.existsSync(out)) problems.push(`${path.relative(root, out)} is missing (source ${path.relative(root, file)})`);
  else if (fs.statSync(out).mtimeMs < fs.statSync(file).mtimeMs) problems.push(`${path.relative(root, out)} is older than ${path.relative(root, file)}`);
}

if (problems.length === 0) {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-dist-"));
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json"), "--outDir", fresh], { cwd: root, stdio: "inherit" });
    const have = new Set(walk(dist).map((f) => path.relative(dist, f)));
    const want = new Set(walk(fresh).map((f) => path.relative(fresh, f)));
    for (const f of want) {
      if (!have.has(f)) problems.push(`dist/${f} is missing`);
      else if (!fs.readFileSync(path.join(dist, f)).equals(fs.readFileSync(path.join(fresh, f)))) problems.push(`dist/${f} differs from a fresh build`);
    }
    for (const f of have) if (!want.has(f)) problems.push(`dist/${f} is left over (no source compiles to it)`);
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  for (const p of problems.slice(0, 20)) console.error(`check-dist: ${p}`);
  if (problems.length > 20) console.error(`check-dist: ... and ${problems.length - 20} more`);
  console.error("check-dist: dist/ is stale; run `npm run build`");
  process.exit(1);
}
console.log("check-dist: dist/ matches a fresh build of src/");
