import { describe, expect, it } from "vitest";
import * as path from "node:path";
import ts from "typescript";
import * as api from "../src/index";

// House style: every public export has TSDoc; every public function and class shows an example.
describe("the public API (src/index.ts)", () => {
  const file = path.resolve(__dirname, "../src/index.ts");
  const program = ts.createProgram([file], { strict: true, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const exports = checker.getExportsOfModule(moduleSymbol).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s));

  it("documents every export with a TSDoc summary", () => {
    const undocumented = exports.filter((s) => ts.displayPartsToString(s.getDocumentationComment(checker)).trim() === "").map((s) => s.name);
    expect(undocumented).toEqual([]);
  });

  it("gives every exported function and class an @example", () => {
    const callable = exports.filter((s) => s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class));
    expect(callable.length).toBeGreaterThan(20);
    const missing = callable.filter((s) => !s.getJsDocTags(checker).some((t) => t.name === "example")).map((s) => s.name);
    expect(missing).toEqual([]);
  });

  it("exports only what the index names (no default export)", () => {
    expect("default" in api).toBe(false);
  });
});
