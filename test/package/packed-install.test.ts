/**
 * discourse-lab as users get it: `npm pack`, then `npm install <tarball>` into an empty
 * folder (only the npm registry, no override), the CLI from there, `require` and `import`,
 * the types, then `discourse-lab init` and the starter notebook executed by Jupyter with
 * the kernel init registered.
 *
 * It packs the build in dist/ (scripts/test.sh builds first; `npm run build` when running
 * this file alone). npm reads packages from its cache first (`--prefer-offline`; `npm ci`
 * filled it), so the two installs take about a minute each, not several.
 *
 * Jupyter's user folder is a temporary one ($JUPYTER_DATA_DIR) and JUPYTER_PATH is
 * cleared, so the kernel under test is the one init wrote, and nothing of the user's
 * Jupyter is touched. The notebook part is skipped only when Jupyter is not installed AND
 * NOTEBOOKS=skip; without Jupyter otherwise, it fails saying how to install it.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string; peerDependencies: Record<string, string> };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-packed-"));
const APP = path.join(tmp, "app");
const PROJECT = path.join(tmp, "notebooks");
const JUPYTER_DATA = path.join(tmp, "jupyter-data");
const INSTALL_LIMIT_MS = 10 * 60_000;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  JUPYTER_DATA_DIR: JUPYTER_DATA,
  PYDEVD_DISABLE_FILE_VALIDATION: "1",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};
delete env.JUPYTER_PATH; // the checkout's own kernel must not stand in for the one init registers

const jupyterInstalled = spawnSync("jupyter", ["nbconvert", "--version"], { env, encoding: "utf8" }).status === 0;
const skipNotebook = !jupyterInstalled && process.env.NOTEBOOKS === "skip";
if (skipNotebook) {
  console.warn("packed-install: Jupyter is not installed and NOTEBOOKS=skip: the starter notebook of `discourse-lab init` is not executed");
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command in `cwd` (own process group, killed with its children after `limitMs`). */
function sh(cmd: string, args: string[], cwd: string, limitMs = INSTALL_LIMIT_MS): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => void (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => void (stderr = (stderr + s).slice(-100_000)));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${limitMs / 1000} s)`;
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, limitMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const ok = (r: Ran, what: string): Ran => {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code} after ${r.seconds.toFixed(0)} s:\n${r.stderr.slice(-4000)}\n${r.stdout.slice(-2000)}`);
  return r;
};

function duMegabytes(dir: string): number {
  const r = spawnSync("du", ["-sk", dir], { encoding: "utf8" });
  return Math.round(Number(r.stdout.split("\t")[0]) / 1024);
}

let tarball = "";
beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "dist", "index.js")) || !fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error("dist/ is not built: run `npm run build` first (scripts/test.sh does)");
  }
  // --ignore-scripts: pack the build the suite made, rather than rebuilding dist/ under the other tests.
  const packed = ok(await sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], ROOT, 120_000), "npm pack");
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, info.filename);
  fs.writeFileSync(path.join(tmp, "files.json"), JSON.stringify(info.files.map((f) => f.path)));
  fs.mkdirSync(APP);
}, 180_000);
// Two node_modules of 250 and 650 MB: removed by a detached `rm`, so the suite does not wait on the disk.
afterAll(() => {
  spawn("rm", ["-rf", tmp], { detached: true, stdio: "ignore" }).unref();
});

describe("discourse-lab packed and installed as a dependency", () => {
  test("the tarball holds the build with its types, the CLI, the templates and the sample data; no sources, tests or notebooks", () => {
    const files = JSON.parse(fs.readFileSync(path.join(tmp, "files.json"), "utf8")) as string[];
    for (const f of ["package.json", "bin/discourse-lab.js", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "templates/kernel/tslab-launcher.cjs", "templates/notebook-project/starter.ipynb", "data/news-report-sample.txt"]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|notebooks|bench|scripts)\//.test(f))).toEqual([]);
    expect(path.basename(tarball)).toBe(`${MANIFEST.name}-${MANIFEST.version}.tgz`);
  });

  test(
    "`npm install <tarball>` into an empty folder succeeds with no override, and brings no TensorFlow native build",
    async () => {
      fs.writeFileSync(path.join(APP, "package.json"), JSON.stringify({ name: "app", private: true }) + "\n");
      const r = ok(await sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], APP), "npm install <tarball>");
      const pkg = JSON.parse(fs.readFileSync(path.join(APP, "package.json"), "utf8"));
      expect(pkg.overrides).toBeUndefined();
      expect(Object.keys(pkg.dependencies)).toEqual(["discourse-lab"]);
      const nm = path.join(APP, "node_modules");
      expect(fs.existsSync(path.join(nm, "discourse-lab", "dist", "index.js"))).toBe(true);
      for (const absent of ["@tensorflow/tfjs-node", "danfojs-node", "danfojs", "@tensorflow/tfjs"]) {
        expect(fs.existsSync(path.join(nm, absent)), `${absent} is installed`).toBe(false);
      }
      console.log(`packed-install: npm install <tarball>: ${r.seconds.toFixed(0)} s, node_modules ${duMegabytes(nm)} MB`);
    },
    INSTALL_LIMIT_MS + 30_000,
  );

  test("`npx discourse-lab freq --top 3` prints a table of three rows", async () => {
    const r = ok(await sh("npx", ["--no-install", "discourse-lab", "freq", "--top", "3"], APP, 120_000), "npx discourse-lab freq");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0].split(/\s+/)).toEqual(["term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(["the", "of", "and"]);
    expect(r.stderr).toBe("");
  }, 150_000);

  test("`require` and `import` give the same named exports; the DataFrame function says how to get danfojs", async () => {
    fs.writeFileSync(
      path.join(APP, "check.mjs"),
      [
        'import { createRequire } from "node:module";',
        'import * as esm from "discourse-lab";',
        'import { termFrequency } from "discourse-lab";',
        "const cjs = createRequire(import.meta.url)(\"discourse-lab\");",
        'const names = (o) => Object.keys(o).filter((k) => !["default", "module.exports", "__esModule"].includes(k)).sort();',
        "let danfo;",
        'try { cjs.toDataFrame([{ a: 1 }]); } catch (e) { danfo = { code: e.code, message: e.message }; }',
        "const version = createRequire(import.meta.url)(\"discourse-lab/package.json\").version;",
        "console.log(JSON.stringify({ cjs: names(cjs), esm: names(esm), same: termFrequency === cjs.termFrequency, danfo, version }));",
      ].join("\n"),
    );
    const r = ok(await sh("node", ["check.mjs"], APP, 120_000), "node check.mjs");
    const out = JSON.parse(r.stdout) as { cjs: string[]; esm: string[]; same: boolean; danfo: { code: string; message: string }; version: string };
    expect(out.cjs.length).toBeGreaterThan(100);
    expect(out.esm).toEqual(out.cjs);
    expect(out.same).toBe(true);
    expect(out.version).toBe(MANIFEST.version);
    expect(out.danfo).toEqual({
      code: "missing_dependency",
      message: `toDataFrame: DataFrames need the optional package danfojs, which is not installed; install it beside discourse-lab with: npm install danfojs@${MANIFEST.peerDependencies.danfojs} (projects made by \`discourse-lab init\` have it)`,
    });
  }, 150_000);

  test("TypeScript finds the types through the exports map, from CommonJS and ESM code", async () => {
    fs.writeFileSync(
      path.join(APP, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ["cjs.ts", "esm.mts"] }),
    );
    const body = [
      "const rows: TermFrequencyRow[] = termFrequency(sotuCorpus(), { top: 3 });",
      "const n: number = rows[0].count;",
      "// @ts-expect-error termFrequency takes a corpus, not a number (fails if the types were any)",
      "termFrequency(42);",
      "export { n };",
    ].join("\n");
    fs.writeFileSync(path.join(APP, "cjs.ts"), `import { sotuCorpus, termFrequency, type TermFrequencyRow } from "discourse-lab";\n${body}\n`);
    fs.writeFileSync(path.join(APP, "esm.mts"), `import { sotuCorpus, termFrequency, type TermFrequencyRow } from "discourse-lab";\n${body}\n`);
    const r = await sh("node", [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], APP, 120_000);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 150_000);

  test.skipIf(skipNotebook)(
    "`discourse-lab init` from the installed package depends on the same tarball; after `npm install` its starter notebook runs in Jupyter with the kernel init registered",
    async () => {
      if (!jupyterInstalled) {
        throw new Error("Jupyter is not installed (`jupyter nbconvert --version` failed). Run `bash scripts/setup.sh`, or set NOTEBOOKS=skip to leave the notebook out.");
      }
      const init = ok(await sh("npx", ["--no-install", "discourse-lab", "init", PROJECT], APP, 120_000), "discourse-lab init");
      const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, "package.json"), "utf8"));
      expect(pkg.dependencies).toEqual({ danfojs: MANIFEST.peerDependencies.danfojs, "discourse-lab": `file:${tarball}` });
      const kernelDir = path.join(JUPYTER_DATA, "kernels", "tslab");
      expect(init.stdout).toContain(`registered: ${kernelDir}`);

      const install = ok(await sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], PROJECT), "npm install (the notebook project)");
      console.log(`packed-install: npm install in the init project (with danfojs): ${install.seconds.toFixed(0)} s, node_modules ${duMegabytes(path.join(PROJECT, "node_modules"))} MB`);

      const specs = JSON.parse(ok(await sh("jupyter", ["kernelspec", "list", "--json"], PROJECT, 60_000), "jupyter kernelspec list").stdout).kernelspecs;
      expect(path.resolve(specs.tslab.resource_dir)).toBe(kernelDir);

      const run = await sh(
        "jupyter",
        [
          "nbconvert", "--config", path.join(ROOT, "test", "notebooks", "nbconvert-config.py"),
          "--to", "notebook", "--execute", "--allow-errors",
          "--ExecutePreprocessor.kernel_name=tslab", "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.startup_timeout=120",
          "--output-dir", path.join(tmp, "executed"), "starter.ipynb",
        ],
        PROJECT,
        8 * 60_000,
      );
      ok(run, "jupyter nbconvert --execute starter.ipynb");
      const executed = JSON.parse(fs.readFileSync(path.join(tmp, "executed", "starter.ipynb"), "utf8")) as {
        cells: { cell_type: string; source: string[]; outputs?: { output_type: string; name?: string; text?: string[]; data?: Record<string, unknown> }[]; metadata: { discourse_lab_test?: { status: string } } }[];
      };
      const code = executed.cells.filter((c) => c.cell_type === "code");
      const problems: string[] = [];
      for (const [i, cell] of code.entries()) {
        const source = cell.source.join("");
        const outputs = cell.outputs ?? [];
        const stderr = outputs.filter((o) => o.name === "stderr").map((o) => (o.text ?? []).join("")).join("");
        const where = `code cell ${i + 1} (${source.split("\n")[0].slice(0, 60)})`;
        if (cell.metadata.discourse_lab_test?.status !== "ok") problems.push(`${where}: status ${cell.metadata.discourse_lab_test?.status}: ${stderr.slice(0, 800)}`);
        if (/dl\.show\(/.test(source) && !outputs.some((o) => o.output_type === "display_data" && o.data?.["image/png"])) problems.push(`${where}: no chart (image/png)`);
        if (/\.print\(\)/.test(source) && !outputs.some((o) => o.name === "stdout" && /║/.test((o.text ?? []).join("")))) problems.push(`${where}: no table printed`);
      }
      expect(problems).toEqual([]);
      // The concordance of the first term shows it in the sample texts.
      const kwic = code.find((c) => c.source.join("").includes("dl.kwic("));
      expect(kwic?.outputs?.map((o) => (o.text ?? []).join("")).join("")).toMatch(/│ flood +│/);
      console.log(`packed-install: starter notebook, ${code.length} code cells, ran in ${run.seconds.toFixed(0)} s`);
    },
    2 * INSTALL_LIMIT_MS,
  );
});
