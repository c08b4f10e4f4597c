/** init DIR: a notebook project that depends on discourse-lab, with the kernel registered. */
import type { Command } from "commander";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DANFO_VERSION } from "../index";
import { installKernelAndReport, kernelLocation, kernelLocationOptions, type KernelLocationFlags } from "./kernel-commands";
import { installSource, normalizeSpec, type InstallSource } from "./install-source";
import { PACKAGE_ROOT, packageManifest, templatePath } from "./package-root";
import { reportConfigYaml } from "../index";
import { UsageError, type CliIo } from "./shared";

/** The report file of a new project. */
export const REPORT_CONFIG_FILE = "report.yaml";
/** The template folder copied into a new project (templates/notebook-project). */
const TEMPLATE = "notebook-project";
/** The starter notebook's file name. */
export const STARTER_NOTEBOOK = "starter.ipynb";

/** Options of {@link writeNotebookProject}. */
export interface NotebookProjectOptions {
  /** The dependency spec of discourse-lab in the project's package.json. */
  readonly spec: string;
  /** Write into a non-empty folder: replace files of the same name, merge package.json and .gitignore. */
  readonly force?: boolean;
}

/** One file written by {@link writeNotebookProject}. */
export interface ProjectFile {
  /** Relative to the project, with "/" separators. */
  readonly file: string;
  readonly action: "created" | "replaced" | "merged" | "unchanged";
}

/**
 * Writes a notebook project into `dir`: package.json (discourse-lab at `spec`, danfojs),
 * the starter notebook, README.md, report.yaml, .gitignore and two sample texts in data/.
 *
 * @throws UsageError when `dir` is a file, or a non-empty folder without `force`.
 */
export function writeNotebookProject(dir: string, options: NotebookProjectOptions): ProjectFile[] {
  const root = path.resolve(dir);
  if (fs.existsSync(root)) {
    if (!fs.statSync(root).isDirectory()) throw new UsageError(`init: ${dir} exists and is not a folder`);
    const entries = fs.readdirSync(root).sort();
    if (entries.length > 0 && !options.force) {
      const shown = entries.slice(0, 5).join(", ") + (entries.length > 5 ? `, ... (${entries.length} entries)` : "");
      throw new UsageError(
        `init: ${dir} is not empty (${shown}); choose a new folder, or add --force to write the project into it ` +
          "(files of the same name are replaced, package.json and .gitignore are merged, other files are kept)",
      );
    }
  }
  const name = projectName(root);
  const version = packageManifest().version;
  const files: [string, string][] = [
    ["package.json", ""], // merged below
    [STARTER_NOTEBOOK, readTemplate(STARTER_NOTEBOOK)],
    [
      "README.md",
      readTemplate("README.md").replaceAll("{{name}}", name).replaceAll("{{version}}", version).replaceAll("{{spec}}", options.spec),
    ],
    [REPORT_CONFIG_FILE, reportConfigYaml("data", "report", version)],
    [".gitignore", readTemplate("gitignore")],
    ...fs
      .readdirSync(templatePath(TEMPLATE, "data"))
      .sort()
      .map((f): [string, string] => [`data/${f}`, readTemplate("data", f)]),
  ];
  const written: ProjectFile[] = [];
  for (const [file, template] of files) {
    const target = path.join(root, ...file.split("/"));
    const old = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
    let text = template;
    if (file === "package.json") text = packageJsonText(name, options.spec, old, target);
    else if (file === ".gitignore" && old !== undefined) text = mergeLines(old, template);
    const action = old === undefined ? "created" : old === text ? "unchanged" : file === "package.json" || file === ".gitignore" ? "merged" : "replaced";
    if (action !== "unchanged") {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    written.push({ file, action });
  }
  return written;
}

function readTemplate(...parts: string[]): string {
  return fs.readFileSync(templatePath(TEMPLATE, ...parts), "utf8");
}

/** An npm package name from the folder's name. */
function projectName(root: string): string {
  const base = path.basename(root).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "");
  return base.slice(0, 200) || "discourse-notebooks";
}

/** The project's package.json: a new one, or the existing one with our dependencies and scripts added. */
function packageJsonText(name: string, spec: string, old: string | undefined, file: string): string {
  let pkg: Record<string, unknown> = {
    name,
    version: "0.1.0",
    private: true,
    description: "Discourse analysis notebooks (discourse-lab)",
  };
  if (old !== undefined) {
    try {
      pkg = JSON.parse(old) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`init: ${file} is not valid JSON (${(e as Error).message}); fix or remove it first`);
    }
  }
  const scripts: Record<string, string> = {
    notebook: `jupyter notebook ${STARTER_NOTEBOOK}`,
    kernel: "discourse-lab kernel install",
    freq: "discourse-lab freq --corpus data --top 20 --stopwords en",
    report: `discourse-lab report --config ${REPORT_CONFIG_FILE}`,
  };
  pkg.scripts = { ...scripts, ...(pkg.scripts as Record<string, string> | undefined) };
  pkg.dependencies = sortKeys({ ...(pkg.dependencies as Record<string, string> | undefined), "discourse-lab": spec, danfojs: DANFO_VERSION });
  return JSON.stringify(pkg, null, 2) + "\n";
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `old` with the lines of `add` it lacks appended. */
function mergeLines(old: string, add: string): string {
  const have = new Set(old.split(/\r?\n/).map((l) => l.trim()));
  const missing = add.split("\n").filter((l) => l.trim() !== "" && !have.has(l.trim()));
  if (missing.length === 0) return old;
  return old + (old.endsWith("\n") || old === "" ? "" : "\n") + missing.join("\n") + "\n";
}

/** The spec `init` uses: --from, else where this discourse-lab was installed from. */
export function initSource(from: string | undefined): InstallSource {
  if (from !== undefined) return { spec: normalizeSpec(from, process.cwd(), os.homedir()), origin: "from --from" };
  const { name, version } = packageManifest();
  return installSource(PACKAGE_ROOT, name, version);
}

/** Registers `init DIR`. */
export function registerInitCommand(program: Command, io: CliIo): void {
  kernelLocationOptions(
    program
      .command("init")
      .description(
        "write a notebook project: package.json depending on discourse-lab, a starter notebook (the bundled corpus and your " +
          "data/ folder), sample texts, report.yaml and a README; registers the tslab kernel",
      )
      .argument("<DIR>", "the project folder (created; must be empty unless --force)")
      .option("--from <SPEC>", "where the project gets discourse-lab: a tarball, a folder, a git URL or a version (default: where this copy was installed from)")
      .option("--force", "write into a non-empty folder (files of the same name are replaced, package.json merged)")
      .option("--no-kernel", "do not register the kernel"),
    "register the kernel",
  ).action((dir: string, flags: KernelLocationFlags & { from?: string; force?: boolean; kernel: boolean }) => {
    const source = initSource(flags.from);
    const files = writeNotebookProject(dir, { spec: source.spec, force: flags.force });
    io.stdout(`notebook project in ${path.resolve(dir)}:\n`);
    const width = Math.max(...files.map((f) => f.file.length));
    for (const f of files) io.stdout(`  ${f.file.padEnd(width)}  ${f.action}\n`);
    io.stdout(`dependencies: discourse-lab ${source.spec} (${source.origin}), danfojs ${DANFO_VERSION}\n`);
    if (flags.kernel) installKernelAndReport(kernelLocation(flags), {}, io);
    io.stdout(`next:\n  cd ${dir}\n  npm install\n  jupyter notebook ${STARTER_NOTEBOOK}\n`);
  });
}
