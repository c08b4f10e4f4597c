import * as fs from "node:fs";
import * as path from "node:path";
import { DiscourseError, ErrorCode } from "../errors";

/** The browser builds a report page runs: vega, vega-lite and vega-embed, with their versions. */
export interface BrowserScripts {
  readonly vega: string;
  readonly vegaLite: string;
  readonly vegaEmbed: string;
  /** "vega 6.4.0, vega-lite 6.4.3, vega-embed 7.3.0". */
  readonly versions: string;
}

/** Package and file of each build (BSD-3-Clause, like the packages). */
const BUILDS = [
  ["vega", "vega", "build/vega.min.js"],
  ["vegaLite", "vega-lite", "build/vega-lite.min.js"],
  ["vegaEmbed", "vega-embed", "build/vega-embed.min.js"],
] as const;

let cached: BrowserScripts | undefined;

/**
 * The minified browser builds of vega, vega-lite and vega-embed from the installed npm
 * packages (their `exports` hide the files, so they are found on Node's module paths). Read
 * once. Internal to render/.
 * @throws DiscourseError `missing_dependency` when a build is not found.
 */
export function browserScripts(): BrowserScripts {
  if (cached) return cached;
  const out: Record<string, string> = {};
  const versions: string[] = [];
  for (const [key, pkg, file] of BUILDS) {
    const dir = (require.resolve.paths(pkg) ?? []).map((p) => path.join(p, pkg)).find((d) => fs.existsSync(path.join(d, file)));
    if (dir === undefined) throw new DiscourseError(ErrorCode.missingDependency, `report: the browser build ${pkg}/${file} is not installed (reinstall discourse-lab's dependencies)`);
    out[key] = fs.readFileSync(path.join(dir, file), "utf8");
    versions.push(`${pkg} ${(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version}`);
  }
  cached = { vega: out.vega, vegaLite: out.vegaLite, vegaEmbed: out.vegaEmbed, versions: versions.join(", ") };
  return cached;
}
