/**
 * discourse-lab init DIR, driven in-process, in temporary folders ($JUPYTER_DATA_DIR points
 * at one). Installing the written project and running its starter notebook in Jupyter is
 * test/package/packed-install.test.ts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { installSource, normalizeSpec } from "../../src/cli/install-source";
import { DANFO_VERSION } from "../../src/frame/load-danfo";
import { loadCorpus } from "../../src/ingest/load-corpus";
import { parseReportConfig } from "../../src/recipes/report/report-config";
import { REPORT_SECTIONS } from "../../src/recipes/report/report-sections";
import { run } from "./cli-harness";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; peerDependencies: Record<string, string> };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-init-"));
const savedDataDir = process.env.JUPYTER_DATA_DIR;
beforeAll(() => {
  process.env.JUPYTER_DATA_DIR = path.join(tmp, "jupyter-data");
});
afterAll(() => {
  if (savedDataDir === undefined) delete process.env.JUPYTER_DATA_DIR;
  else process.env.JUPYTER_DATA_DIR = savedDataDir;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const tarball = path.join(tmp, "discourse-lab-9.9.9.tgz");
fs.writeFileSync(tarball, "not really a tarball: init only records its path");

interface NotebookCell {
  cell_type: string;
  source: string[] | string;
}
const codeCells = (file: string): string[] =>
  (readJson(file).cells as NotebookCell[]).filter((c) => c.cell_type === "code").map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));

describe("discourse-lab init DIR", () => {
  const project = path.join(tmp, "my-speeches");
  let out = "";
  beforeAll(async () => {
    const r = await run("init", project, "--from", tarball, "--no-kernel");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    out = r.stdout;
  });

  test("writes package.json, the starter notebook, README, report.yaml, .gitignore and two sample texts, and lists them", () => {
    const files = ["package.json", "starter.ipynb", "README.md", "report.yaml", ".gitignore", "data/2024-03-12-council-budget-address.md", "data/2025-02-04-ferry-press-briefing.txt"];
    for (const f of files) {
      expect(fs.existsSync(path.join(project, f)), f).toBe(true);
      expect(out).toMatch(new RegExp(`^  ${f.replace(/\./g, "\\.")} +created$`, "m"));
    }
    expect(out).toContain(`next:\n  cd ${project}\n  npm install\n  jupyter notebook starter.ipynb\n`);
  });

  test("package.json depends on discourse-lab at the --from spec (absolute file: path) and on danfojs, the optional peer, at the version it is tested with", () => {
    const pkg = readJson(path.join(project, "package.json"));
    expect(pkg).toMatchObject({ name: "my-speeches", private: true });
    expect(pkg.dependencies).toEqual({ danfojs: DANFO_VERSION, "discourse-lab": `file:${tarball}` });
    expect(MANIFEST.peerDependencies.danfojs).toBe(DANFO_VERSION);
    expect(pkg.scripts.report).toBe("discourse-lab report --config report.yaml");
    expect(pkg.overrides).toBeUndefined();
  });

  test("the starter notebook imports discourse-lab by name, runs on the bundled corpus and data/, and follows the house style for cells", () => {
    const nb = readJson(path.join(project, "starter.ipynb"));
    expect(nb.metadata.kernelspec).toEqual({ display_name: "TypeScript (discourse-lab)", language: "typescript", name: "tslab" });
    const code = codeCells(path.join(project, "starter.ipynb"));
    expect(code[0]).toBe('import * as dl from "discourse-lab";');
    const all = code.join("\n");
    expect(all).toContain("dl.sotuCorpus()");
    expect(all).toContain("dl.loadCorpus(params.dataDir)");
    expect(all).toMatch(/dataDir: "data"/);
    expect(all).not.toMatch(/\.\.\/dist|report\.yaml|require\(/);
    // One parameters cell; no functions, loops or regular expressions in cells.
    expect(code.filter((c) => /^const params\b/m.test(c))).toHaveLength(1);
    for (const c of code) expect(c).not.toMatch(/\bfunction\b|=>|\bfor\s*\(|\bwhile\s*\(|\/[^/\n*]+\/[gimsuy]*[.,;)]/);
  });

  test("the sample texts load as two documents dated by their file names, with the speaker from their front matter", async () => {
    const corpus = await loadCorpus(path.join(project, "data"));
    expect(corpus.map((d) => [d.id, d.date, d.speaker ?? null])).toEqual([
      ["2024-03-12-council-budget-address", "2024-03-12", "Mayor Dana Okafor"],
      ["2025-02-04-ferry-press-briefing", "2025-02-04", "Mayor Dana Okafor"],
    ]);
  });

  test("report.yaml is a valid report file naming the corpus, the output and every section, and says how to run it", () => {
    const text = fs.readFileSync(path.join(project, "report.yaml"), "utf8");
    const config = parseReportConfig(text, path.join(project, "report.yaml"));
    expect(config.corpus).toBe("data");
    expect(config.out).toBe("report");
    expect(config.sections?.map((s) => s.recipe)).toEqual(Object.keys(REPORT_SECTIONS));
    expect(text).toContain("npx discourse-lab report --config report.yaml");
    expect(text).not.toContain("does not read");
    expect(text).not.toMatch(/[&*]a\d/); // no YAML anchors for readers to decode
  });

  test("README names the project, the version and where discourse-lab comes from, and gives the next steps", () => {
    const readme = fs.readFileSync(path.join(project, "README.md"), "utf8");
    expect(readme).toMatch(/^# my-speeches\n/);
    expect(readme).toContain(`file:${tarball}`);
    expect(readme).toContain(MANIFEST.version);
    expect(readme).toContain("npm install");
    expect(readme).toContain("npx discourse-lab kernel install");
    expect(readme).not.toContain("{{");
  });

  test("refuses a non-empty folder (exit 2) and changes nothing in it", async () => {
    const r = await run("init", project, "--from", tarball, "--no-kernel");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`init: ${project} is not empty (.gitignore, README.md, data, package.json, report.yaml, ... (6 entries)); choose a new folder, or add --force`);
  });

  test("--force writes into an existing npm project: its dependencies, scripts and files are kept, ours added", async () => {
    const existing = path.join(tmp, "existing");
    fs.mkdirSync(existing);
    fs.writeFileSync(path.join(existing, "package.json"), JSON.stringify({ name: "mine", dependencies: { lodash: "4.17.21" }, scripts: { report: "make report" } }));
    fs.writeFileSync(path.join(existing, ".gitignore"), "node_modules/\n.env\n");
    fs.writeFileSync(path.join(existing, "notes.txt"), "mine");
    const r = await run("init", existing, "--from", "1.2.3", "--force", "--no-kernel");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^  package\.json +merged$/m);
    const pkg = readJson(path.join(existing, "package.json"));
    expect(pkg.name).toBe("mine");
    expect(pkg.dependencies).toEqual({ danfojs: DANFO_VERSION, "discourse-lab": "1.2.3", lodash: "4.17.21" });
    expect(pkg.scripts.report).toBe("make report");
    expect(pkg.scripts.freq).toBe("discourse-lab freq --corpus data --top 20 --stopwords en");
    expect(fs.readFileSync(path.join(existing, ".gitignore"), "utf8")).toBe("node_modules/\n.env\nreport/\n.ipynb_checkpoints/\n*.nbconvert.ipynb\n");
    expect(fs.readFileSync(path.join(existing, "notes.txt"), "utf8")).toBe("mine");
    // Run again: nothing changes.
    const again = await run("init", existing, "--from", "1.2.3", "--force", "--no-kernel");
    expect(again.stdout).not.toMatch(/created|replaced|merged/);
  });

  test("registers the kernel in the user's Jupyter folder by default, and in a prefix with --prefix", async () => {
    const a = await run("init", path.join(tmp, "with-kernel"), "--from", tarball);
    expect(a.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, "jupyter-data", "kernels", "tslab", "kernel.json"))).toBe(true);
    expect(a.stdout).toContain(`tslab kernel "TypeScript (discourse-lab)"`);
    const b = await run("init", path.join(tmp, "with-prefix"), "--from", tarball, "--prefix", path.join(tmp, "kp"));
    expect(b.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, "kp", "share", "jupyter", "kernels", "tslab", "kernel.json"))).toBe(true);
  });

  test("bad input: a --from path that does not exist, DIR that is a file (exit 2, nothing written)", async () => {
    const missing = await run("init", path.join(tmp, "x1"), "--from", "./nowhere/discourse-lab-1.0.0.tgz", "--no-kernel");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("init: --from ./nowhere/discourse-lab-1.0.0.tgz: no such file or folder");
    expect(fs.existsSync(path.join(tmp, "x1"))).toBe(false);
    const file = path.join(tmp, "a-file");
    fs.writeFileSync(file, "");
    const notDir = await run("init", file, "--from", "1.0.0", "--no-kernel");
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain(`init: ${file} exists and is not a folder`);
  });
});

describe("where discourse-lab was installed from", () => {
  /** A fake install: <project>/node_modules/discourse-lab plus npm's hidden lockfile entry. */
  const fakeInstall = (name: string, entry: Record<string, unknown>): string => {
    const project = path.join(tmp, "installs", name);
    const pkgDir = path.join(project, "node_modules", "discourse-lab");
    fs.mkdirSync(pkgDir, { recursive: true });
    fs.writeFileSync(
      path.join(project, "node_modules", ".package-lock.json"),
      JSON.stringify({ name, lockfileVersion: 3, packages: { "node_modules/discourse-lab": { version: "0.3.0", ...entry } } }),
    );
    return pkgDir;
  };

  test("a tarball recorded relative to the installing project becomes an absolute file: spec", () => {
    fs.mkdirSync(path.join(tmp, "installs"), { recursive: true });
    const tgz = path.join(tmp, "installs", "discourse-lab-0.3.0.tgz");
    fs.writeFileSync(tgz, "");
    const src = installSource(fakeInstall("from-tarball", { resolved: "file:../discourse-lab-0.3.0.tgz" }), "discourse-lab", "0.3.0");
    expect(src.spec).toBe(`file:${tgz}`);
    expect(src.origin).toMatch(/^the tarball it was installed from, recorded in .*from-tarball\/node_modules\/\.package-lock\.json$/);
  });

  test("a git URL stays as it is; the registry gives the exact version; a vanished tarball falls back to the version", () => {
    const git = "git+ssh://git@example.org/lab/discourse-lab.git#0123456789abcdef0123456789abcdef01234567";
    expect(installSource(fakeInstall("from-git", { resolved: git }), "discourse-lab", "0.3.0").spec).toBe(git);
    expect(installSource(fakeInstall("from-registry", { resolved: "https://registry.npmjs.org/discourse-lab/-/discourse-lab-0.3.0.tgz" }), "discourse-lab", "0.3.0").spec).toBe("0.3.0");
    const gone = installSource(fakeInstall("gone", { resolved: "file:../nowhere.tgz" }), "discourse-lab", "0.3.0");
    expect(gone.spec).toBe("0.3.0");
    expect(gone.origin).toContain("how this copy was installed is unknown");
  });

  test("this checkout is its own folder", () => {
    expect(installSource(ROOT, "discourse-lab", MANIFEST.version).spec).toBe(`file:${ROOT}`);
  });

  test("--from: local paths must exist and become absolute file: specs; versions and URLs pass through", () => {
    expect(normalizeSpec("1.2.3", tmp, "/home/ana")).toBe("1.2.3");
    expect(normalizeSpec("^1.2", tmp, "/home/ana")).toBe("^1.2");
    expect(normalizeSpec("https://example.org/discourse-lab-1.0.0.tgz", tmp, "/home/ana")).toBe("https://example.org/discourse-lab-1.0.0.tgz");
    expect(normalizeSpec("git+https://example.org/lab/discourse-lab.git", tmp, "/home/ana")).toBe("git+https://example.org/lab/discourse-lab.git");
    expect(normalizeSpec(path.basename(tarball), tmp, "/home/ana")).toBe(`file:${tarball}`);
    expect(normalizeSpec(`file:./${path.basename(tarball)}`, tmp, "/home/ana")).toBe(`file:${tarball}`);
    expect(normalizeSpec(".", tmp, "/home/ana")).toBe(`file:${tmp}`);
    expect(() => normalizeSpec("../no-such.tgz", tmp, "/home/ana")).toThrow(/no such file or folder/);
    expect(() => normalizeSpec("  ", tmp, "/home/ana")).toThrow(/--from needs a spec/);
  });
});
