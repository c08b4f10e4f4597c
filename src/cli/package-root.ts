/** This package's own folder and manifest, wherever it is installed (dist/cli/ or src/cli/ -> root). */
import * as fs from "node:fs";
import * as path from "node:path";

/** The folder holding discourse-lab's package.json (the checkout, or node_modules/discourse-lab). */
export const PACKAGE_ROOT = path.resolve(__dirname, "..", "..");

/** The fields of discourse-lab's package.json that init and kernel use. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

let manifest: PackageManifest | undefined;

/** discourse-lab's package.json, read once. */
export function packageManifest(): PackageManifest {
  manifest ??= JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as PackageManifest;
  return manifest;
}

/** A file shipped in templates/ (in the npm package: "files" lists it). */
export function templatePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, "templates", ...parts);
}
