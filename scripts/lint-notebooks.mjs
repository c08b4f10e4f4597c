#!/usr/bin/env node
// Keeps notebooks thin (house style, section 8): a code cell imports, sets parameters, or
// makes one call (or a short chain) and displays it. Logic belongs in src/recipes/ with a
// test. This lint parses every code cell of notebooks/*.ipynb with the TypeScript compiler
// and fails on:
//   - a function declaration, or a function bound to a name (const f = () => ..., function f() {})
//   - a class declaration
//   - a loop: for, for...in, for...of, while, do...while, or .forEach(...)
//   - a regular expression: a /literal/ or RegExp(...)
//   - a table printed as text: a DataFrame's .print(), console.table(...) or
//     console.log(formatRows(...)); tables go through dl.show(...) (HTML plus a text copy)
// Inline callbacks passed to a call (rows.filter((r) => r.kind === "quote")) are allowed:
// they are part of a short chain, not a definition.
// Usage: node scripts/lint-notebooks.mjs [notebook ...]   (default: notebooks/*.ipynb)
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ts = createRequire(import.meta.url)(path.join(root, "node_modules/typescript"));

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(path.join(root, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort().map((f) => path.join("notebooks", f));

/** Problems of one cell's source: [line (1-based, in the cell), message]. */
export function cellProblems(source) {
  const sf = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = [];
  const at = (node, msg) => out.push([sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, msg]);
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.FunctionDeclaration: at(node, "a function declaration"); break;
      case ts.SyntaxKind.ClassDeclaration: at(node, "a class declaration"); break;
      case ts.SyntaxKind.ForStatement: case ts.SyntaxKind.ForInStatement: case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.WhileStatement: case ts.SyntaxKind.DoStatement: at(node, "a loop"); break;
      case ts.SyntaxKind.RegularExpressionLiteral: at(node, "a regular expression"); break;
      case ts.SyntaxKind.VariableDeclaration: {
        const init = node.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) at(node, "a function bound to a name");
        break;
      }
      case ts.SyntaxKind.CallExpression: case ts.SyntaxKind.NewExpression: {
        const callee = node.expression;
        if (ts.isIdentifier(callee) && callee.text === "RegExp") at(node, "a regular expression (RegExp)");
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === "forEach") at(node, "a loop (.forEach)");
        const printed = ts.isPropertyAccessExpression(callee) && (callee.name.text === "print" ||
          (ts.isIdentifier(callee.expression) && callee.expression.text === "console" && (callee.name.text === "table" ||
            (callee.name.text === "log" && node.arguments.some((a) => ts.isCallExpression(a) && /(^|\.)formatRows$/.test(a.expression.getText(sf)))))));
        if (printed) at(node, "a table printed as text (show it with dl.show(...): an HTML table with a text copy)");
        break;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

let failures = 0;
for (const file of files) {
  const nb = JSON.parse(fs.readFileSync(path.resolve(root, file), "utf8"));
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const source = Array.isArray(cell.source) ? cell.source.join("") : String(cell.source);
    for (const [line, msg] of cellProblems(source)) {
      failures++;
      const hint = msg.startsWith("a table printed") ? "" : " (move the logic into src/recipes/ with a test)";
      console.error(`${file}: cell ${i + 1}, line ${line}: ${msg}${hint}`);
    }
  });
}
if (failures > 0) {
  console.error(`lint-notebooks: ${failures} problem(s) in ${files.length} notebook(s)`);
  process.exit(1);
}
console.log(`lint-notebooks: ${files.length} notebooks, no function, loop, regex or text-printed table in a cell`);
