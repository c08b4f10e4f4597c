import { describe, expect, test } from "vitest";
import { stanceReport, STANCE_PARAMS } from "../../src/recipes/stance-report";
import type { Warning } from "../../src/types";

const corpus = [
  { id: "a", date: "1962-01-01", speaker: "K", meta: {}, text: "We welcome talks with the Soviet Union. I believe we may agree." },
  { id: "b", date: "1983-01-01", speaker: "R", meta: {}, text: "We will not negotiate with Moscow. Clearly you know why." },
];

describe("stanceReport", () => {
  test("a profile and a stance-over-time item whose charts are built from their tables", () => {
    const warnings: Warning[] = [];
    const report = stanceReport(corpus, { ...STANCE_PARAMS, profileWhere: "date>=1945" }, (w) => warnings.push(w));
    expect(report.items.map((i) => i.id)).toEqual(["stance-profile", "stance-over-time"]);
    expect(report.summary).toBe("2 documents; 2 mentions of negotiations with the Soviet Union: 1 for, 1 against, 0 neither.");
    const time = report.items[1];
    expect(time.table.rows.map((r) => `${r.group}:${r.label}`)).toEqual(["1960s:FAVOR", "1980s:AGAINST"]);
    expect(time.chart.data.values.map((v) => v.evidence)).toEqual(["We welcome talks with the Soviet Union.", "We will not negotiate with Moscow."]);
    const profile = report.items[0];
    expect(new Set(profile.table.rows.map((r) => r.group))).toEqual(new Set(["K", "R"]));
    expect(profile.chart.data.values.length).toBe(10);
    expect(JSON.stringify(report)).not.toMatch(/NaN/);
  });
  test("is deterministic", () => {
    expect(JSON.stringify(stanceReport(corpus))).toBe(JSON.stringify(stanceReport(corpus)));
  });
  test("falls back to every document when the profile selection matches none, with a warning", () => {
    const warnings: Warning[] = [];
    const report = stanceReport(corpus, { ...STANCE_PARAMS, profileWhere: "date>=2100" }, (w) => warnings.push(w));
    expect(warnings.map((w) => w.code)).toContain("empty_selection");
    expect(report.items[0].table.rows.length).toBe(10);
  });
});
