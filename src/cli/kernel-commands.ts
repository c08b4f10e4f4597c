/** kernel install, kernel list: the tslab kernel where Jupyter, JupyterLab and VS Code find it. */
import { Command, Option } from "commander";
import * as os from "node:os";
import * as path from "node:path";
import { installKernel, KERNEL_NAME, type InstalledKernel } from "./install-kernel";
import { jupyterDataPath, jupyterSysPrefix, jupyterUserDataDir, type JupyterHost, type KernelLocation } from "./jupyter-paths";
import { kernelTslab, listKernels } from "./list-kernels";
import { formatOption, printRows, UsageError, type CliIo } from "./shared";

/** The flags choosing where a kernel goes (kernel install and init). */
export interface KernelLocationFlags {
  user?: boolean;
  prefix?: string;
  sysPrefix?: boolean;
}

/** The running process as a Jupyter host. */
export function processHost(): JupyterHost {
  return { env: process.env, platform: process.platform, home: os.homedir() };
}

/** Adds --user, --prefix and --sys-prefix (mutually exclusive; --user is the default). */
export function kernelLocationOptions(cmd: Command, what: string): Command {
  return cmd
    .addOption(new Option("--user", `${what} in your Jupyter data folder, where the classic notebook, JupyterLab and VS Code all look (default)`).conflicts(["prefix", "sysPrefix"]))
    .addOption(new Option("--prefix <P>", `${what} in P/share/jupyter/kernels (Jupyter looks there with JUPYTER_PATH=P/share/jupyter)`).conflicts(["sysPrefix"]))
    .addOption(new Option("--sys-prefix", `${what} in the share/jupyter/kernels folder of the Python that runs Jupyter (a venv or conda env)`));
}

/** The location the flags choose. */
export function kernelLocation(flags: KernelLocationFlags): KernelLocation {
  if (flags.prefix !== undefined) return { kind: "prefix", prefix: flags.prefix };
  if (flags.sysPrefix) return { kind: "sys-prefix" };
  return { kind: "user" };
}

/** The `kernels` folder of a location. */
export function kernelsDirOf(location: KernelLocation, host: JupyterHost): string {
  switch (location.kind) {
    case "user":
      return path.join(jupyterUserDataDir(host), "kernels");
    case "prefix":
      if (location.prefix.trim() === "") throw new UsageError("kernel install: --prefix needs a folder");
      return path.resolve(location.prefix, "share", "jupyter", "kernels");
    case "sys-prefix": {
      const prefix = jupyterSysPrefix(host);
      if (prefix === undefined) {
        throw new UsageError("kernel install: --sys-prefix asks the Python that runs `jupyter`, but `jupyter` is not on PATH; install Jupyter first, or use --user or --prefix");
      }
      return path.join(prefix, "share", "jupyter", "kernels");
    }
  }
}

/**
 * Installs the kernel at a location and prints where it went, what it runs and whether
 * Jupyter finds it there (a kernel of the same name earlier in Jupyter's path wins).
 */
export function installKernelAndReport(
  location: KernelLocation,
  options: { name?: string; displayName?: string; force?: boolean },
  io: CliIo,
  host: JupyterHost = processHost(),
): InstalledKernel {
  const installed = installKernel({ kernelsDir: kernelsDirOf(location, host), ...options });
  const verb = { created: "registered", updated: "updated", unchanged: "already registered, unchanged" }[installed.status];
  io.stdout(`tslab kernel "${installed.spec.display_name}" ${verb}: ${installed.dir}\n`);
  io.stdout(`  runs: ${installed.spec.argv.join(" ")}\n`);
  io.stdout(`  ${visibility(installed, location, host)}\n`);
  return installed;
}

function visibility(installed: InstalledKernel, location: KernelLocation, host: JupyterHost): string {
  const list = listKernels(host);
  const found = list.kernels.find((k) => k.name.toLowerCase() === installed.name.toLowerCase());
  const dataDir = path.dirname(path.dirname(installed.dir));
  const how = list.source === "jupyter" ? "Jupyter finds it (jupyter kernelspec list)" : "Jupyter is not on PATH; when installed, it will look here";
  if (found && path.resolve(found.dir) === installed.dir) {
    return `${how}: notebooks with kernel "${installed.name}" start it in the classic notebook, JupyterLab, VS Code and nbconvert`;
  }
  if (location.kind === "prefix" && !jupyterDataPath(host).includes(dataDir)) {
    return (
      `Jupyter looks in this prefix only when started with JUPYTER_PATH=${dataDir}` +
      (found ? ` (without it, kernel "${installed.name}" is the one in ${found.dir})` : "")
    );
  }
  if (found) {
    return (
      `warning: Jupyter starts another kernel named "${installed.name}" first, from ${found.dir}; ` +
      `remove that one (jupyter kernelspec remove ${installed.name}) or choose another --name`
    );
  }
  return `warning: Jupyter does not list it; its data path does not include ${dataDir}`;
}

/** Registers kernel install and kernel list. */
export function registerKernelCommands(program: Command, io: CliIo): void {
  const kernel = program.command("kernel").description("the tslab (TypeScript) Jupyter kernel: install it, list kernels");

  kernelLocationOptions(kernel.command("install"), "register it")
    .description(
      "register the tslab kernel for Jupyter (classic, JupyterLab, nbconvert, VS Code); it starts the tslab of the notebook's " +
        "project (node_modules from the notebook's folder upward), else the one installed with discourse-lab. Idempotent.",
    )
    .option("--name <NAME>", "kernel name notebooks refer to", KERNEL_NAME)
    .option("--display-name <TEXT>", "name shown in Jupyter's kernel menu")
    .option("--force", "replace a kernel of that name that discourse-lab did not write")
    .action((flags: KernelLocationFlags & { name: string; displayName?: string; force?: boolean }) => {
      installKernelAndReport(kernelLocation(flags), { name: flags.name, displayName: flags.displayName, force: flags.force }, io);
    });

  formatOption(kernel.command("list").description("list the kernels Jupyter sees, marking those discourse-lab wrote and the tslab each would start here"))
    .action(async (flags: { format: string }) => {
      const host = processHost();
      const list = listKernels(host);
      const rows = list.kernels.map((k) => {
        const tslab = k.ours ? kernelTslab(k, process.cwd()) : undefined;
        return {
          name: k.name,
          display_name: k.displayName,
          discourse_lab: k.ours ? "yes" : "no",
          folder: k.dir,
          tslab_here: tslab === undefined ? "" : tslab.ok ? tslab.text : `none: ${tslab.text}`,
        };
      });
      await printRows(io, rows, ["name", "display_name", "discourse_lab", "folder", "tslab_here"], flags.format);
      if (list.source === "folders") io.stderr(`discourse-lab: Jupyter is not on PATH; read the folders it would search: ${list.searched.join(", ")}\n`);
      if (!list.kernels.some((k) => k.ours)) io.stderr("discourse-lab: no discourse-lab kernel yet; register one with: discourse-lab kernel install\n");
    });
}
