import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const lint = (...files: string[]) => spawnSync(process.execPath, [path.join(ROOT, "scripts/lint-notebooks.mjs"), ...files], { cwd: ROOT, encoding: "utf8" });

describe("scripts/lint-notebooks.mjs keeps notebooks thin", () => {
  it("passes the notebooks of the repository", () => {
    const r = lint();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
  it("names the cell and line of a function, a loop and a regex, and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lint-nb-"));
    const file = path.join(dir, "bad.ipynb");
    const cells = [
      { cell_type: "markdown", source: ["for (x of y) is prose"] },
      { cell_type: "code", source: ['const rows = dl.termFrequency(corpus, { top: 5 }).filter((r) => r.count > 2);\n'] },
      { cell_type: "code", source: ["const shout = (s: string) => s.toUpperCase();\n", "while (true) break;\n", 'const re = new RegExp("war");\n', "const m = /peace/i;\n"] },
    ];
    fs.writeFileSync(file, JSON.stringify({ cells }));
    const r = lint(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.ipynb: cell 3, line 1: a function bound to a name");
    expect(r.stderr).toContain("cell 3, line 2: a loop");
    expect(r.stderr).toContain("cell 3, line 3: a regular expression (RegExp)");
    expect(r.stderr).toContain("cell 3, line 4: a regular expression");
    expect(r.stderr).not.toContain("cell 1");
    expect(r.stderr).not.toContain("cell 2");
  });
  it("names a table printed as text (.print(), console.table, console.log(formatRows(...))) and lets dl.show and other logs pass", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lint-nb-"));
    const file = path.join(dir, "tables.ipynb");
    const cells = [
      { cell_type: "code", source: ['await dl.show(dl.toDataFrame(rows).head(5));\n', 'await dl.show(rows, { columns: ["term", "count"] });\n', 'console.log(report.title);\n'] },
      { cell_type: "code", source: ["frame.head(5).print();\n"] },
      { cell_type: "code", source: ['console.log(dl.formatRows(rows, ["term"], "table"));\n', "console.table(rows);\n"] },
    ];
    fs.writeFileSync(file, JSON.stringify({ cells }));
    const r = lint(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("tables.ipynb: cell 2, line 1: a table printed as text (show it with dl.show(...)");
    expect(r.stderr).toContain("cell 3, line 1: a table printed as text");
    expect(r.stderr).toContain("cell 3, line 2: a table printed as text");
    expect(r.stderr).not.toContain("cell 1");
  });
  it("passes the starter notebook of discourse-lab init", () => {
    const r = lint(path.join(ROOT, "templates/notebook-project/starter.ipynb"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
