/**
 * discourse-lab kernel install / kernel list, driven in-process, writing only into
 * temporary folders ($JUPYTER_DATA_DIR is pointed at one for --user). The kernel started
 * by Jupyter for real is checked by test/package/packed-install.test.ts and, through
 * scripts/setup.sh, by test/notebooks.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jupyterDataPath, jupyterSysPrefix, jupyterUserDataDir, type JupyterHost } from "../../src/cli/jupyter-paths";
import { run, jsonl } from "./cli-harness";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-kernel-"));
const saved = { JUPYTER_DATA_DIR: process.env.JUPYTER_DATA_DIR, JUPYTER_PATH: process.env.JUPYTER_PATH };
beforeAll(() => {
  process.env.JUPYTER_DATA_DIR = path.join(tmp, "user-data");
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

const readSpec = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "kernel.json"), "utf8")) as { argv: string[]; display_name: string; language: string; env: Record<string, string>; metadata: { discourse_lab: { version: string } } };
const jupyterAvailable = spawnSync("jupyter", ["--version"], { env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: "1" } }).status === 0;

describe("discourse-lab kernel install", () => {
  test("--prefix P writes P/share/jupyter/kernels/tslab: kernel.json running the launcher beside it with this Node.js", async () => {
    const prefix = path.join(tmp, "prefix-a");
    const r = await run("kernel", "install", "--prefix", prefix);
    expect(r.code).toBe(0);
    const dir = path.join(prefix, "share", "jupyter", "kernels", "tslab");
    expect(r.stdout).toContain(`registered: ${dir}\n`);
    const spec = readSpec(dir);
    expect(spec.argv).toEqual([process.execPath, path.join(dir, "tslab-launcher.cjs"), "{connection_file}", require.resolve("tslab/dist/main.js")]);
    expect(spec.display_name).toBe("TypeScript (discourse-lab)");
    expect(spec.language).toBe("typescript");
    expect(spec.env).toEqual({ DOTENV_CONFIG_QUIET: "true" });
    expect(spec.metadata.discourse_lab.version).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version);
    expect(fs.readFileSync(path.join(dir, "tslab-launcher.cjs"), "utf8")).toBe(fs.readFileSync(path.resolve(__dirname, "../../templates/kernel/tslab-launcher.cjs"), "utf8"));
  });

  test("is idempotent: a second run says it is unchanged and rewrites nothing", async () => {
    const prefix = path.join(tmp, "prefix-b");
    await run("kernel", "install", "--prefix", prefix);
    const file = path.join(prefix, "share", "jupyter", "kernels", "tslab", "kernel.json");
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(1_000_000), new Date(1_000_000));
    const again = await run("kernel", "install", "--prefix", prefix);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already registered, unchanged");
    expect(fs.statSync(file).mtimeMs).toBe(1_000_000);
    expect(before).toBeGreaterThan(1_000_000);
  });

  test("a changed kernel.json is brought back (updated)", async () => {
    const prefix = path.join(tmp, "prefix-c");
    await run("kernel", "install", "--prefix", prefix);
    const file = path.join(prefix, "share", "jupyter", "kernels", "tslab", "kernel.json");
    const spec = readSpec(path.dirname(file));
    fs.writeFileSync(file, JSON.stringify({ ...spec, display_name: "edited" }));
    const r = await run("kernel", "install", "--prefix", prefix);
    expect(r.stdout).toContain('"TypeScript (discourse-lab)" updated');
    expect(readSpec(path.dirname(file)).display_name).toBe("TypeScript (discourse-lab)");
  });

  test("the default (--user) writes into Jupyter's user data folder ($JUPYTER_DATA_DIR here)", async () => {
    const r = await run("kernel", "install");
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, "user-data", "kernels", "tslab", "kernel.json"))).toBe(true);
    expect(await run("kernel", "install", "--user")).toMatchObject({ code: 0 });
  });

  test("refuses to replace a kernel it did not write, naming it; --force replaces it", async () => {
    const prefix = path.join(tmp, "prefix-foreign");
    const dir = path.join(prefix, "share", "jupyter", "kernels", "tslab");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "kernel.json"), JSON.stringify({ argv: ["tslab", "kernel", "--config-path", "{connection_file}"], display_name: "TypeScript", language: "typescript" }));
    const r = await run("kernel", "install", "--prefix", prefix);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, "kernel.json")} is a kernel discourse-lab did not write (it runs: tslab kernel --config-path {connection_file}); add --force`);
    expect(readSpec(dir).display_name).toBe("TypeScript");
    const forced = await run("kernel", "install", "--prefix", prefix, "--force");
    expect(forced.code).toBe(0);
    expect(readSpec(dir).display_name).toBe("TypeScript (discourse-lab)");
  });

  test("--name and --display-name register a second kernel beside it; a name Jupyter rejects is a usage error", async () => {
    const prefix = path.join(tmp, "prefix-d");
    const r = await run("kernel", "install", "--prefix", prefix, "--name", "discourse-lab", "--display-name", "TS (my project)");
    expect(r.code).toBe(0);
    expect(readSpec(path.join(prefix, "share", "jupyter", "kernels", "discourse-lab")).display_name).toBe("TS (my project)");
    const bad = await run("kernel", "install", "--prefix", prefix, "--name", "my kernel");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--name must use only letters, digits, ".", "_" and "-"');
  });

  test("--user, --prefix and --sys-prefix exclude each other", async () => {
    const r = await run("kernel", "install", "--user", "--prefix", tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--user.*cannot be used with.*--prefix/);
  });

  test.skipIf(!jupyterAvailable)("Jupyter lists the kernel installed with --prefix when JUPYTER_PATH names it, and the output says so", async () => {
    const prefix = path.join(tmp, "prefix-e");
    process.env.JUPYTER_PATH = path.join(prefix, "share", "jupyter");
    try {
      const r = await run("kernel", "install", "--prefix", prefix);
      expect(r.stdout).toContain("Jupyter finds it (jupyter kernelspec list)");
      const list = await run("kernel", "list", "--format", "jsonl");
      expect(list.code).toBe(0);
      const tslab = jsonl(list.stdout).find((k) => k.name === "tslab");
      expect(tslab).toMatchObject({ discourse_lab: "yes", folder: path.join(prefix, "share", "jupyter", "kernels", "tslab") });
      // From this checkout, a notebook would start the checkout's own tslab.
      expect(tslab?.tslab_here).toBe(path.resolve(process.cwd(), "node_modules", "tslab", "dist", "main.js"));
    } finally {
      if (saved.JUPYTER_PATH === undefined) delete process.env.JUPYTER_PATH;
      else process.env.JUPYTER_PATH = saved.JUPYTER_PATH;
    }
  });

  test.skipIf(!jupyterAvailable)("a --prefix outside Jupyter's path is reported with the JUPYTER_PATH that makes Jupyter look there", async () => {
    const prefix = path.join(tmp, "prefix-f");
    const r = await run("kernel", "install", "--prefix", prefix);
    expect(r.stdout).toContain(`Jupyter looks in this prefix only when started with JUPYTER_PATH=${path.join(prefix, "share", "jupyter")}`);
  });
});

describe("the kernel launcher (templates/kernel/tslab-launcher.cjs)", () => {
  const launcher = path.resolve(__dirname, "../../templates/kernel/tslab-launcher.cjs");
  const which = (cwd: string, fallback?: string) =>
    spawnSync(process.execPath, [launcher, "--which", ...(fallback ? [fallback] : [])], { cwd, encoding: "utf8" });
  const fakeTslab = (root: string): string => {
    const main = path.join(root, "node_modules", "tslab", "dist", "main.js");
    fs.mkdirSync(path.dirname(main), { recursive: true });
    fs.writeFileSync(main, "exports.main = () => console.log(JSON.stringify(process.argv.slice(2)));\n");
    return main;
  };

  test("starts the tslab of the notebook's project: the nearest node_modules/tslab from the notebook's folder upward", () => {
    const project = path.join(tmp, "launch", "project");
    const main = fakeTslab(project);
    const notebooks = path.join(project, "notebooks", "2024");
    fs.mkdirSync(notebooks, { recursive: true });
    const r = which(notebooks, "/nonexistent/fallback.js");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${main}\tproject\n`);
  });

  test("outside any project it falls back to the tslab it was registered with; with neither it exits 1 saying what to do", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-noproject-"));
    try {
      const fallback = fakeTslab(path.join(tmp, "launch", "registered"));
      expect(which(empty, fallback).stdout).toBe(`${fallback}\tregistered\n`);
      const none = which(empty, path.join(tmp, "gone", "main.js"));
      expect(none.status).toBe(1);
      expect(none.stderr).toContain(`no tslab in a node_modules folder of ${fs.realpathSync(empty)} or its parents`);
      expect(none.stderr).toContain("Run `npm install` in your notebook project");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test("runs tslab's main as `tslab kernel --config-path CONNECTION_FILE`", () => {
    const project = path.join(tmp, "launch", "run");
    fakeTslab(project);
    const r = spawnSync(process.execPath, [launcher, "/tmp/kernel-123.json"], { cwd: project, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(["kernel", "--config-path", "/tmp/kernel-123.json"]);
  });
});

describe("Jupyter's data folders", () => {
  const host = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = "linux"): JupyterHost => ({ env, platform, home: "/home/ana" });

  test("user folder: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter; macOS and Windows folders", () => {
    expect(jupyterUserDataDir(host({ JUPYTER_DATA_DIR: "/data/j", XDG_DATA_HOME: "/x" }))).toBe("/data/j");
    expect(jupyterUserDataDir(host({ XDG_DATA_HOME: "/x" }))).toBe("/x/jupyter");
    expect(jupyterUserDataDir(host({}))).toBe("/home/ana/.local/share/jupyter");
    expect(jupyterUserDataDir(host({}, "darwin"))).toBe("/home/ana/Library/Jupyter");
  });

  test("search order: $JUPYTER_PATH, user folders, sys.prefix, system; JUPYTER_PREFER_ENV_PATH puts sys.prefix before user", () => {
    const env = { JUPYTER_PATH: `/p1${path.delimiter}/p2/`, XDG_DATA_HOME: "/x" };
    const user = ["/x/jupyter", "/home/ana/.local/share/jupyter"];
    expect(jupyterDataPath(host(env), "/venv")).toEqual(["/p1", "/p2", ...user, "/venv/share/jupyter", "/usr/local/share/jupyter", "/usr/share/jupyter"]);
    expect(jupyterDataPath(host({ ...env, JUPYTER_PREFER_ENV_PATH: "1" }), "/venv").slice(2, 5)).toEqual(["/venv/share/jupyter", ...user]);
    // A sys.prefix folder that is a system folder stays in the system place; the user base folder is not repeated.
    expect(jupyterDataPath(host({}), "/usr")).toEqual(["/home/ana/.local/share/jupyter", "/usr/local/share/jupyter", "/usr/share/jupyter"]);
    expect(jupyterDataPath(host({ PYTHONNOUSERSITE: "1", XDG_DATA_HOME: "/x" }), "/usr")).toEqual(["/x/jupyter", "/usr/local/share/jupyter", "/usr/share/jupyter"]);
  });

  test.skipIf(!jupyterAvailable)("agree with Jupyter's own `jupyter --data-dir` and `jupyter --paths` (oracle: jupyter_core)", () => {
    for (const extra of [{ XDG_DATA_HOME: path.join(tmp, "xdg") }, { JUPYTER_DATA_DIR: path.join(tmp, "jdd"), JUPYTER_PATH: path.join(tmp, "jp") }]) {
      const env: NodeJS.ProcessEnv = { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: "1", ...extra };
      if (!("JUPYTER_DATA_DIR" in extra)) delete env.JUPYTER_DATA_DIR;
      if (!("JUPYTER_PATH" in extra)) delete env.JUPYTER_PATH;
      const h: JupyterHost = { env, platform: process.platform, home: os.homedir() };
      const dataDir = spawnSync("jupyter", ["--data-dir"], { env, encoding: "utf8" }).stdout.trim();
      expect(jupyterUserDataDir(h)).toBe(dataDir);
      const paths = JSON.parse(spawnSync("jupyter", ["--paths", "--json"], { env, encoding: "utf8" }).stdout) as { data: string[] };
      const sysPrefix = jupyterSysPrefix(h);
      expect(sysPrefix).toBeDefined();
      expect(jupyterDataPath(h, sysPrefix)).toEqual(paths.data);
    }
  });
});
