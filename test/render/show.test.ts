import { createRequire } from "node:module";
import * as path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { show } from "../../src/render/show";
import { UNGROUPED } from "../chart/fixtures";

// Fake tslab kernel modules placed in Node's module cache where show() looks for them.
const req = createRequire(__filename);
const JUPYTER = req.resolve("tslab/dist/jupyter");
const PUBLIC = path.join(path.dirname(JUPYTER), "public.js");

function fakeModule(file: string, exports: object): void {
  req.cache[file] = { id: file, filename: file, loaded: true, exports } as unknown as NodeJS.Module;
}

afterEach(() => {
  delete req.cache[JUPYTER];
  delete req.cache[PUBLIC];
});

describe("show", () => {
  test("outside a kernel it throws a render error pointing to writeChart", async () => {
    await expect(show(topTermsChart(UNGROUPED))).rejects.toMatchObject({ code: "render", message: expect.stringMatching(/no tslab kernel.*writeChart/) });
  });

  test("in a kernel it sends one display_data with the whole bundle, sized to the chart", async () => {
    const sent: { data: Record<string, unknown>; metadata: Record<string, { width: number; height: number }> }[] = [];
    fakeModule(JUPYTER, { lastWriteDisplayData: (msg: (typeof sent)[number], update: boolean) => (expect(update).toBe(false), sent.push(msg)) });
    await show(topTermsChart(UNGROUPED));
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0].data)).toEqual(["application/vnd.vegalite.v5+json", "image/png", "text/plain"]);
    const png = Buffer.from(sent[0].data["image/png"] as string, "base64");
    expect(sent[0].metadata["image/png"]).toEqual({ width: png.readUInt32BE(16) / 2, height: png.readUInt32BE(20) / 2 });
  });

  test("without the internal writer it falls back to tslab's public display.png", async () => {
    const pngs: Uint8Array[] = [];
    fakeModule(JUPYTER, {});
    fakeModule(PUBLIC, { display: { png: (b: Uint8Array) => pngs.push(b) } });
    await show(topTermsChart(UNGROUPED), { scale: 1 });
    expect(pngs).toHaveLength(1);
    expect(Buffer.from(pngs[0]).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
