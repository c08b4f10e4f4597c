/**
 * Writes the tslab kernel spec (kernel.json + the launcher) into a Jupyter kernels folder,
 * idempotently: files are written only when their content changes.
 */
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageManifest, templatePath } from "./package-root";
import { UsageError } from "./shared";

/** The kernel's name: what notebooks record in `metadata.kernelspec.name` (tslab's own name). */
export const KERNEL_NAME = "tslab";
/** What Jupyter's kernel menu shows. */
export const KERNEL_DISPLAY_NAME = "TypeScript (discourse-lab)";
/** The launcher's file name inside the kernel folder. */
export const LAUNCHER_FILE = "tslab-launcher.cjs";

/** A kernel.json, as Jupyter reads it. */
export interface KernelSpec {
  readonly argv: readonly string[];
  readonly display_name: string;
  readonly language: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly metadata?: { readonly discourse_lab?: { readonly version: string; readonly launcher: string } };
}

/** Options of {@link installKernel}. */
export interface InstallKernelOptions {
  /** The data folder's `kernels` folder, e.g. ~/.local/share/jupyter/kernels. */
  readonly kernelsDir: string;
  /** Default {@link KERNEL_NAME}. */
  readonly name?: string;
  /** Default {@link KERNEL_DISPLAY_NAME}. */
  readonly displayName?: string;
  /** Replace a kernel of that name that discourse-lab did not write. Default false. */
  readonly force?: boolean;
  /** The Node.js that runs the kernel. Default: the one running now. */
  readonly node?: string;
}

/** What {@link installKernel} did. */
export interface InstalledKernel {
  readonly name: string;
  readonly dir: string;
  readonly status: "created" | "updated" | "unchanged";
  readonly spec: KernelSpec;
}

/** The tslab that came with this copy of discourse-lab (the launcher's fallback). */
export function bundledTslabMain(): string {
  return createRequire(__filename).resolve("tslab/dist/main.js");
}

/** Whether a kernel.json was written by discourse-lab. */
export function isOurKernel(spec: unknown): boolean {
  return typeof (spec as KernelSpec | undefined)?.metadata?.discourse_lab === "object";
}

/**
 * Registers the tslab kernel in `kernelsDir/<name>`: kernel.json runs the launcher (copied
 * beside it) with this Node.js; the launcher starts the tslab of the notebook's project
 * (found from the notebook's folder upward), else the tslab bundled with this
 * discourse-lab. Re-running changes nothing unless something differs.
 *
 * @throws UsageError for a name Jupyter would not accept, or when a kernel of that name
 *   exists that discourse-lab did not write (unless `force`).
 */
export function installKernel(options: InstallKernelOptions): InstalledKernel {
  const name = options.name ?? KERNEL_NAME;
  if (!/^[a-z0-9._-]+$/i.test(name)) {
    throw new UsageError(`kernel install: --name must use only letters, digits, ".", "_" and "-" (Jupyter's rule); got "${name}"`);
  }
  const dir = path.resolve(options.kernelsDir, name);
  const specFile = path.join(dir, "kernel.json");
  const launcher = path.join(dir, LAUNCHER_FILE);
  const spec: KernelSpec = {
    argv: [options.node ?? process.execPath, launcher, "{connection_file}", bundledTslabMain()],
    display_name: options.displayName ?? KERNEL_DISPLAY_NAME,
    language: "typescript",
    env: { DOTENV_CONFIG_QUIET: "true" },
    metadata: { discourse_lab: { version: packageManifest().version, launcher: LAUNCHER_FILE } },
  };

  const oldSpecText = readIfExists(specFile);
  if (oldSpecText !== undefined && !options.force) {
    let old: unknown;
    try {
      old = JSON.parse(oldSpecText);
    } catch {
      old = undefined;
    }
    if (!isOurKernel(old)) {
      const argv = (old as KernelSpec | undefined)?.argv;
      throw new UsageError(
        `kernel install: ${specFile} is a kernel discourse-lab did not write` +
          (Array.isArray(argv) ? ` (it runs: ${argv.join(" ")})` : "") +
          `; add --force to replace it, or --name NAME to register beside it`,
      );
    }
  }

  const files: [string, string][] = [
    [launcher, fs.readFileSync(templatePath("kernel", LAUNCHER_FILE), "utf8")],
    [specFile, JSON.stringify(spec, null, 2) + "\n"],
  ];
  const changed = files.filter(([file, text]) => readIfExists(file) !== text);
  if (changed.length > 0) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of changed) writeAtomically(file, text);
  }
  const status = oldSpecText === undefined ? "created" : changed.length > 0 ? "updated" : "unchanged";
  return { name, dir, status, spec };
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Writes via a temporary file and a rename, so Jupyter never reads half a kernel.json. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
