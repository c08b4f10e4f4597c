/**
 * Where Jupyter looks for kernels, computed as jupyter_core does (jupyter_core.paths:
 * `jupyter_data_dir`, `jupyter_path`), so `kernel install` and `kernel list` agree with the
 * classic notebook, JupyterLab, nbconvert and VS Code (which reads the same folders).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The facts the paths depend on; `process` values unless a test gives others. */
export interface JupyterHost {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

/** Where a kernel goes: the user's Jupyter data folder, a prefix, or the prefix of Jupyter's Python. */
export type KernelLocation = { readonly kind: "user" } | { readonly kind: "prefix"; readonly prefix: string } | { readonly kind: "sys-prefix" };

/**
 * The per-user Jupyter data folder: `$JUPYTER_DATA_DIR`, else `~/Library/Jupyter` (macOS),
 * `%APPDATA%\jupyter` (Windows), `$XDG_DATA_HOME/jupyter` or `~/.local/share/jupyter`.
 */
export function jupyterUserDataDir(host: JupyterHost): string {
  const { env, platform, home } = host;
  if (env.JUPYTER_DATA_DIR) return path.resolve(env.JUPYTER_DATA_DIR);
  if (platform === "darwin") return path.join(home, "Library", "Jupyter");
  if (platform === "win32") return env.APPDATA ? path.join(env.APPDATA, "jupyter") : path.join(home, ".jupyter", "data");
  return path.join(env.XDG_DATA_HOME || path.join(home, ".local", "share"), "jupyter");
}

/**
 * The data folders Jupyter searches, first match wins, in jupyter_core's order:
 * `$JUPYTER_PATH` entries; the user folders (the data folder, then Python's user base
 * `~/.local/share/jupyter` unless `$PYTHONNOUSERSITE`); `sysPrefix/share/jupyter` (unless
 * it is a system folder); the system folders. `$JUPYTER_PREFER_ENV_PATH` puts the
 * sys.prefix folder before the user folders.
 */
export function jupyterDataPath(host: JupyterHost, sysPrefix?: string): string[] {
  const { env, platform, home } = host;
  const strip = (p: string) => (p.length > 1 ? p.replace(/[\\/]+$/, "") : p);
  const fromEnv = (env.JUPYTER_PATH ?? "").split(path.delimiter).filter((p) => p.length > 0).map((p) => path.resolve(strip(p)));
  const user = [jupyterUserDataDir(host)];
  if (!env.PYTHONNOUSERSITE) {
    // Python's site.getuserbase(): $PYTHONUSERBASE, else %APPDATA%\Python (Windows) or ~/.local
    // (macOS framework builds use ~/Library/Python/X.Y, which is not known without Python).
    const base = env.PYTHONUSERBASE || (platform === "win32" ? (env.APPDATA ? path.join(env.APPDATA, "Python") : undefined) : path.join(home, ".local"));
    const dir = base === undefined ? undefined : path.join(base, "share", "jupyter");
    if (dir !== undefined && !user.includes(dir)) user.push(dir);
  }
  const system =
    platform === "win32"
      ? env.PROGRAMDATA ? [path.join(env.PROGRAMDATA, "jupyter")] : sysPrefix ? [path.join(sysPrefix, "share", "jupyter")] : []
      : ["/usr/local/share/jupyter", "/usr/share/jupyter"];
  const envPath = sysPrefix ? [path.join(sysPrefix, "share", "jupyter")].filter((p) => !system.includes(p)) : [];
  const prefer = !["no", "n", "false", "off", "0", "0.0"].includes((env.JUPYTER_PREFER_ENV_PATH ?? "no").toLowerCase());
  return prefer ? [...fromEnv, ...envPath, ...user, ...system] : [...fromEnv, ...user, ...envPath, ...system];
}

/** The Python that runs `jupyter` (from its `#!` line), or undefined when `jupyter` is not on PATH. */
export function jupyterPython(host: JupyterHost): string | undefined {
  const exe = onPath("jupyter", host);
  if (exe === undefined) return undefined;
  try {
    const first = fs.readFileSync(exe, "utf8").slice(0, 300).split("\n")[0];
    const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
    if (m) return path.basename(m[1]) === "env" && m[2] ? m[2] : m[1];
  } catch {
    // not a script (a Windows launcher .exe): fall through
  }
  return host.platform === "win32" ? "python" : "python3";
}

/** `sys.prefix` of Jupyter's Python, or undefined when Jupyter is not installed. */
export function jupyterSysPrefix(host: JupyterHost): string | undefined {
  const python = jupyterPython(host);
  if (python === undefined) return undefined;
  const r = spawnSync(python, ["-c", "import sys; print(sys.prefix)"], { env: host.env, encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0 || r.error) return undefined;
  return r.stdout.trim() || undefined;
}

/** The absolute path of a command on PATH, or undefined. */
export function onPath(command: string, host: JupyterHost): string | undefined {
  const exts = host.platform === "win32" ? (host.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").concat("") : [""];
  for (const dir of (host.env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    for (const ext of exts) {
      const candidate = path.join(dir, command + ext);
      try {
        if (fs.statSync(candidate).isFile()) {
          fs.accessSync(candidate, fs.constants.X_OK);
          return candidate;
        }
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
