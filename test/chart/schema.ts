/**
 * Validation against the Vega-Lite JSON schema shipped in the installed vega-lite
 * (node_modules/vega-lite/build/vega-lite-schema.json), with ajv set up as vega-lite's
 * own examples test does (union types allowed, not strict, formats not checked).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { expect } from "vitest";

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const file = path.join(__dirname, "../../node_modules/vega-lite/build/vega-lite-schema.json");
    const schema = JSON.parse(fs.readFileSync(file, "utf8")) as object;
    const ajv = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false, allErrors: true });
    validate = ajv.compile(schema);
  }
  return validate;
}

/** Asserts `spec` is a valid Vega-Lite spec, listing the schema errors otherwise. */
export function expectValidVegaLite(spec: unknown): void {
  const v = validator();
  const ok = v(spec);
  const errors = ok ? [] : (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message}`);
  expect(errors).toEqual([]);
}
