/**
 * The kernels Jupyter sees: from `jupyter kernelspec list --json` when Jupyter is on PATH
 * (the authority), else by reading the folders Jupyter would search.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { isOurKernel, type KernelSpec } from "./install-kernel";
import { jupyterDataPath, onPath, type JupyterHost } from "./jupyter-paths";

/** One registered kernel. */
export interface KernelEntry {
  readonly name: string;
  readonly dir: string;
  readonly displayName: string;
  readonly argv: readonly string[];
  /** Written by `discourse-lab kernel install`. */
  readonly ours: boolean;
}

/** What {@link listKernels} found, and how. */
export interface KernelList {
  /** "jupyter": Jupyter's own answer; "folders": Jupyter is not on PATH, the folders were read. */
  readonly source: "jupyter" | "folders";
  readonly kernels: readonly KernelEntry[];
  /** The folders searched, when `source` is "folders". */
  readonly searched: readonly string[];
}

/** Lists the kernels Jupyter would offer, sorted by name (the first of a name wins, as in Jupyter). */
export function listKernels(host: JupyterHost): KernelList {
  const fromJupyter = jupyterKernelspecs(host);
  if (fromJupyter !== undefined) return { source: "jupyter", kernels: fromJupyter, searched: [] };
  const searched = jupyterDataPath(host).map((d) => path.join(d, "kernels"));
  const seen = new Map<string, KernelEntry>();
  for (const kernelsDir of searched) {
    let names: string[];
    try {
      names = fs.readdirSync(kernelsDir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (seen.has(name.toLowerCase())) continue;
      const dir = path.join(kernelsDir, name);
      const spec = readSpec(path.join(dir, "kernel.json"));
      if (spec !== undefined) seen.set(name.toLowerCase(), entry(name, dir, spec));
    }
  }
  return { source: "folders", kernels: [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), searched };
}

/** `jupyter kernelspec list --json`, or undefined when Jupyter is not on PATH or fails. */
function jupyterKernelspecs(host: JupyterHost): KernelEntry[] | undefined {
  if (onPath("jupyter", host) === undefined) return undefined;
  const r = spawnSync("jupyter", ["kernelspec", "list", "--json"], {
    env: { ...host.env, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.error || r.status !== 0) return undefined;
  try {
    const specs = (JSON.parse(r.stdout) as { kernelspecs: Record<string, { resource_dir: string; spec: KernelSpec }> }).kernelspecs;
    return Object.entries(specs)
      .map(([name, k]) => entry(name, k.resource_dir, k.spec))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return undefined;
  }
}

function readSpec(file: string): KernelSpec | undefined {
  try {
    const spec = JSON.parse(fs.readFileSync(file, "utf8")) as KernelSpec;
    return Array.isArray(spec.argv) ? spec : undefined;
  } catch {
    return undefined;
  }
}

function entry(name: string, dir: string, spec: KernelSpec): KernelEntry {
  return { name, dir: path.resolve(dir), displayName: spec.display_name ?? name, argv: spec.argv ?? [], ours: isOurKernel(spec) };
}

/**
 * The tslab a discourse-lab kernel would start for a notebook in `cwd` (the launcher's own
 * answer, `--which`), or the launcher's message when it would find none.
 */
export function kernelTslab(kernel: KernelEntry, cwd: string): { ok: boolean; text: string } {
  const [node, launcher, , fallback] = kernel.argv;
  if (!kernel.ours || !node || !launcher) return { ok: false, text: "not a discourse-lab kernel" };
  const r = spawnSync(node, [launcher, "--which", ...(fallback ? [fallback] : [])], { cwd, encoding: "utf8", timeout: 30_000 });
  if (r.error) return { ok: false, text: `cannot run ${node}: ${r.error.message}` };
  if (r.status !== 0) return { ok: false, text: r.stderr.trim().split("\n")[0] ?? `exit ${r.status}` };
  const [file, which] = r.stdout.trim().split("\t");
  return { ok: true, text: which === "project" ? file : `${file} (no tslab in a project here: the one registered with the kernel)` };
}
