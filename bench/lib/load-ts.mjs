// Loads a TypeScript module of the test suite that imports nothing of the project (a generator
// of test input, a list of cases): transpiled alone by the project's TypeScript into `tmpDir`
// and imported, so bench scripts share the suite's inputs instead of copying them.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

/** Imports `file` (relative to `root`), transpiled to an ES module in `tmpDir`. */
export async function loadTs(root, file, tmpDir) {
  const ts = (await import(pathToFileURL(path.join(root, "node_modules/typescript/lib/typescript.js")).href)).default;
  const out = path.join(tmpDir, path.basename(file).replace(/\.ts$/, ".mjs"));
  const js = ts.transpileModule(fs.readFileSync(path.join(root, file), "utf8"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  fs.writeFileSync(out, js);
  return import(pathToFileURL(out).href);
}
