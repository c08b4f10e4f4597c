/**
 * The npm spec a new notebook project should depend on to get this same discourse-lab:
 * the tarball, folder or git URL it was installed from (read from npm's lockfile of the
 * project that installed it), a checkout's own folder, or the registry version.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./shared";

/** A dependency spec and a sentence saying where it came from. */
export interface InstallSource {
  readonly spec: string;
  readonly origin: string;
}

interface LockEntry {
  readonly resolved?: string;
  readonly link?: boolean;
  readonly version?: string;
}

/**
 * Where the copy of discourse-lab in `packageRoot` came from.
 *
 * - installed by npm (…/node_modules/discourse-lab): the `resolved` field of its entry in
 *   the installing project's lockfile (node_modules/.package-lock.json, else
 *   package-lock.json): a `file:` tarball or folder becomes an absolute `file:` spec, a git
 *   URL stays as it is, a registry URL becomes the exact version;
 * - a git checkout: `file:<checkout>` (npm links the folder);
 * - otherwise: the exact version, from the registry.
 */
export function installSource(packageRoot: string, name: string, version: string): InstallSource {
  const root = path.resolve(packageRoot);
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const key = path.relative(dir, root).split(path.sep).join("/");
    if (key.startsWith("node_modules/")) {
      for (const lock of [path.join(dir, "node_modules", ".package-lock.json"), path.join(dir, "package-lock.json")]) {
        const entry = lockEntry(lock, key);
        if (entry !== undefined) {
          const source = fromLockEntry(entry, dir, name, version);
          if (source !== undefined) return { ...source, origin: `${source.origin}, recorded in ${lock}` };
        }
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  if (!root.split(path.sep).includes("node_modules") && fs.existsSync(path.join(root, ".git"))) {
    return { spec: `file:${root}`, origin: "this checkout; npm links the folder, `npm pack` makes a tarball to use instead" };
  }
  return { spec: version, origin: `${name}@${version} from the npm registry; how this copy was installed is unknown, --from chooses` };
}

function lockEntry(file: string, key: string): LockEntry | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(file, "utf8")) as { packages?: Record<string, LockEntry> };
    return lock.packages?.[key];
  } catch {
    return undefined;
  }
}

function fromLockEntry(entry: LockEntry, projectDir: string, name: string, version: string): InstallSource | undefined {
  const resolved = entry.resolved;
  if (resolved === undefined) return undefined;
  if (entry.link || resolved.startsWith("file:")) {
    const target = path.resolve(projectDir, resolved.replace(/^file:/, ""));
    if (!fs.existsSync(target)) return undefined;
    return { spec: `file:${target}`, origin: `the ${fs.statSync(target).isDirectory() ? "folder" : "tarball"} it was installed from` };
  }
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved)) return { spec: resolved, origin: "the git URL it was installed from" };
  if (/^https?:/.test(resolved)) {
    // A registry tarball URL ends /-/<name>-<version>.tgz; another URL is kept as it is.
    const registry = resolved.endsWith(`/-/${name.replace(/^@[^/]+\//, "")}-${entry.version ?? version}.tgz`);
    return registry ? { spec: entry.version ?? version, origin: `${name}@${entry.version ?? version} from the npm registry` } : { spec: resolved, origin: "the URL it was installed from" };
  }
  return undefined;
}

/**
 * A `--from` value as a dependency spec. A local path (starting with ".", "/" or "~", or
 * ending in .tgz) or a `file:` spec must exist and becomes an absolute `file:` spec;
 * anything else (a version, a range, a git or tarball URL) is passed to npm as written.
 *
 * @throws UsageError for an empty value or a local path that does not exist.
 */
export function normalizeSpec(from: string, cwd: string, home: string): string {
  const spec = from.trim();
  if (spec === "") throw new UsageError("init: --from needs a spec: a tarball, a folder, a git URL or a version");
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec);
  const isPath = spec.startsWith("file:") || (!isUrl && (/^(\.{1,2}([\\/]|$)|[\\/]|~[\\/]|[A-Za-z]:[\\/])/.test(spec) || /\.t(ar\.)?gz$/i.test(spec)));
  if (!isPath) return spec;
  const raw = spec.replace(/^file:/, "").replace(/^~(?=[\\/])/, home);
  const target = path.resolve(cwd, raw);
  if (!fs.existsSync(target)) throw new UsageError(`init: --from ${from}: no such file or folder (${target})`);
  return `file:${target}`;
}
