import { describe, expect, test } from "vitest";
import { stanceReport, STANCE_PARAMS } from "../../src/recipes/stance-report";
import type { Warning } from "../../src/types";
import { sotuParams } from "./sotu-params";

const SOTU = sotuParams("stanceReport");

const corpus = [
  { id: "a", date: "1962-01-01", speaker: "K", meta: {}, text: "We welcome talks with the Soviet Union. I believe we may agree." },
  { id: "b", date: "1983-01-01", speaker: "R", meta: {}, text: "We will not negotiate with Moscow. Clearly you know why." },
];

describe("stanceReport", () => {
  test("a profile and a stance-over-time item whose charts are built from their tables", () => {
    const warnings: Warning[] = [];
    const report = stanceReport(corpus, { ...STANCE_PARAMS, targets: SOTU.targets, targetBy: "decade", profileWhere: "date>=1945" }, (w) => warnings.push(w));
    expect(report.items.map((i) => i.id)).toEqual(["stance-profile", "stance-over-time"]);
    expect(report.summary).toBe("2 mentions of negotiations with the Soviet Union: 1 for, 1 against, 0 neither.");
    const time = report.items[1];
    expect(time.table.rows.map((r) => `${r.group}:${r.label}`)).toEqual(["1960s:FAVOR", "1980s:AGAINST"]);
    expect(time.chart.data.values.map((v) => v.evidence)).toEqual(["We welcome talks with the Soviet Union.", "We will not negotiate with Moscow."]);
    const profile = report.items[0];
    expect(new Set(profile.table.rows.map((r) => r.group))).toEqual(new Set(["K", "R"]));
    expect(profile.chart.data.values.length).toBe(10);
    expect(JSON.stringify(report)).not.toMatch(/NaN/);
  });
  test("with no target, only the profile, grouped by speaker, and a summary saying a target needs naming", () => {
    const report = stanceReport(corpus, {}, () => undefined);
    expect(report.items.map((i) => i.id)).toEqual(["stance-profile"]);
    expect(new Set(report.items[0].table.rows.map((r) => r.group))).toEqual(new Set(["K", "R"]));
    expect(report.summary).toMatch(/No stance target was named/);
  });
  test("several targets: one chart each, stance-over-time then stance-over-time-2", () => {
    const report = stanceReport(corpus, { targets: [{ name: "talks", terms: ["talks"] }, { name: "negotiating", terms: ["negotiat*"] }], targetBy: "decade" });
    expect(report.items.map((i) => i.id)).toEqual(["stance-profile", "stance-over-time", "stance-over-time-2"]);
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
