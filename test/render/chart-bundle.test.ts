import { describe, expect, test } from "vitest";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { chartBundle, VEGA_LITE_MIME } from "../../src/render/chart-bundle";
import { UNGROUPED } from "../chart/fixtures";

describe("chartBundle", () => {
  test("carries the spec under the vegalite v5 key, a base64 PNG and the title", async () => {
    const spec = topTermsChart(UNGROUPED, { title: "Top terms" });
    const bundle = await chartBundle(spec, { scale: 1 });
    expect(VEGA_LITE_MIME).toBe("application/vnd.vegalite.v5+json");
    expect(Object.keys(bundle)).toEqual([VEGA_LITE_MIME, "image/png", "text/plain"]);
    expect(bundle[VEGA_LITE_MIME]).toBe(spec);
    expect(Buffer.from(bundle["image/png"], "base64").subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bundle["text/plain"]).toBe("Top terms");
  });

  test("vegaLite: false leaves the spec out", async () => {
    const bundle = await chartBundle(topTermsChart(UNGROUPED), { scale: 1, vegaLite: false });
    expect(Object.keys(bundle)).toEqual(["image/png", "text/plain"]);
  });
});
