/**
 * The report's index.html opened for real in headless Chromium (Debian's `chromium`, installed
 * by scripts/setup.sh; driven by playwright-core, which never downloads a browser).
 *
 * The report is made from the small corpus of test/fixtures/report-corpus plus one document
 * whose text and speaker carry `<script>` and `<img onerror>`. Checked: every chart renders an
 * SVG, hovering a mark shows its tooltip with the datum's text, the injected markup runs
 * nothing and shows as text, tables sort by column, and the page loads with no console error
 * and no request leaving the machine (every request is intercepted; only file: URLs of the
 * report folder are let through).
 *
 * Environment: BROWSER=skip skips this file (otherwise a missing chromium is a failure);
 * CHROMIUM (default /usr/bin/chromium) names the browser.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run } from "../cli/cli-harness";

const SKIP = process.env.BROWSER === "skip";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** The flags of ../shared/docs/toolchain-notes.md (playwright adds --headless and its own profile folder). */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ROOT = path.resolve(__dirname, "..", "..");
const INJECTED_SPEAKER = `Mallory <img src=x onerror="window.__injected='speaker'"><script>window.__injected='speaker-script'</script>`;

describe.skipIf(SKIP)("index.html in headless Chromium", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-browser-"));
  const out = path.join(tmp, "report");
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const blocked: string[] = [];
  let items: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: run \`bash scripts/setup.sh --tests\` (it installs Debian's chromium), or set BROWSER=skip to leave the browser test out`);
    }
    const corpus = path.join(tmp, "corpus");
    fs.cpSync(path.join(ROOT, "test", "fixtures", "report-corpus"), corpus, { recursive: true });
    fs.writeFileSync(
      path.join(corpus, "2024-10-01-injected.md"),
      [
        "---",
        `speaker: ${JSON.stringify(INJECTED_SPEAKER)}`,
        "party: Coast League",
        `title: ${JSON.stringify('<img src=x onerror="window.__injected=\'title\'">')}`,
        "---",
        "The insurance <script>window.__injected = 'text'</script> pool and the housing fund will not",
        `save the valley. <img src=x onerror="window.__injected='img'"> We must rebuild homes, and insurance`,
        "must cover every home. Housing first, insurance always, and never again a wildfire without a plan.",
        "",
      ].join("\n"),
    );
    const r = await run("report", "--corpus", corpus, "--out", out);
    if (r.code !== 0) throw new Error(`report failed (${r.code}): ${r.stderr}`);
    items = (JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8")) as { items: { id: string }[] }).items.map((i) => i.id);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60_000 });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(`uncaught: ${e.message}`));
    const folder = pathToFileURL(out).href;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith(`${folder}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.join(out, "index.html")).href, { waitUntil: "load" });
    await page.waitForSelector("body[data-charts=ready]", { timeout: 90_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("every chart renders an SVG in the page (its PNG fallback replaced), none failed", async () => {
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(await page.getAttribute("body", "data-chart-errors")).toBe("0");
    const figures = await page.$$eval("figure.chart", (fs) => fs.map((f) => ({ name: f.getAttribute("data-name"), rendered: f.getAttribute("data-rendered"), svg: !!f.querySelector("svg, canvas"), fallback: !!f.querySelector("img.fallback") })));
    expect(figures.map((f) => f.name)).toEqual(items);
    for (const f of figures) expect(f, f.name!).toEqual({ name: f.name, rendered: "vega", svg: true, fallback: false });
  });

  test("hovering a mark of each chart shows its tooltip with the datum's values", async () => {
    for (const id of items) {
      const marks = await page.$$(`figure[data-name="${id}"] svg [role="graphics-symbol"]`);
      let shown: { text: string; datum: Record<string, unknown> } | null = null;
      // The first marks with a tooltip (text labels and rules have none).
      for (const mark of marks.slice(0, 40)) {
        await page.mouse.move(0, 0);
        const box = await mark.boundingBox();
        if (!box || box.width * box.height === 0) continue;
        await mark.scrollIntoViewIfNeeded();
        await mark.hover({ force: true, position: { x: Math.min(box.width / 2, 3), y: Math.min(box.height / 2, 3) } }).catch(() => undefined);
        const text = await page.evaluate(() => {
          const el = document.getElementById("vg-tooltip-element");
          return el && el.classList.contains("visible") ? el.textContent ?? "" : "";
        });
        if (text !== "") {
          const datum = await mark.evaluate((el) => ((el as unknown as { __data__?: { datum?: Record<string, unknown> } }).__data__?.datum ?? {}) as Record<string, unknown>);
          shown = { text, datum };
          break;
        }
      }
      expect(shown, `${id}: no tooltip on hover`).not.toBeNull();
      const strings = Object.entries(shown!.datum).filter(([k, v]) => typeof v === "string" && v !== "" && !k.startsWith("_") && !/^(group_start|period_start|date)$/.test(k));
      expect(strings.length, `${id}: hovered mark has no datum`).toBeGreaterThan(0);
      expect(strings.some(([, v]) => shown!.text.includes(String(v))), `${id}: tooltip "${shown!.text.slice(0, 120)}" shows none of ${JSON.stringify(strings)}`).toBe(true);
    }
  }, 120_000);

  test("the document with <script> and <img onerror> in its text and speaker runs no script and shows them as text", async () => {
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    expect(await page.$$eval("img[onerror], script:not([type]), script[type='text/javascript']", (els) => els.filter((e) => e.hasAttribute("onerror") || /__injected/.test(e.textContent ?? "")).length)).toBe(0);
    // The speaker is in the tables as text, markup and all.
    const cells = await page.$$eval("td", (tds) => tds.map((td) => td.getAttribute("title") ?? td.textContent ?? "").filter((t) => t.includes("Mallory")));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((t) => t.includes(`<img src=x onerror="window.__injected='speaker'">`))).toBe(true);
    // ... and in the charts' tooltips: hover the stance-profile cells until Mallory's shows.
    const marks = await page.$$('figure[data-name="stance-profile"] svg .mark-rect [role="graphics-symbol"]');
    let tip = "";
    for (const mark of marks) {
      const group = await mark.evaluate((el) => String((el as unknown as { __data__?: { datum?: { group?: string } } }).__data__?.datum?.group ?? ""));
      if (!group.startsWith("Mallory")) continue;
      await page.mouse.move(0, 0);
      await mark.scrollIntoViewIfNeeded();
      // A corner of the cell: its centre holds the rate as a text mark, which has no tooltip.
      await mark.hover({ force: true, position: { x: 2, y: 2 } });
      tip = await page.evaluate(() => {
        const el = document.getElementById("vg-tooltip-element");
        return el && el.classList.contains("visible") ? el.textContent ?? "" : "";
      });
      expect(await page.$$eval("#vg-tooltip-element img, #vg-tooltip-element script", (els) => els.length)).toBe(0);
      break;
    }
    expect(tip).toContain(INJECTED_SPEAKER);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });

  test("a click on a column header sorts its table (numbers as numbers), a second click reverses it", async () => {
    const table = `section#top-terms-by-era table.sortable`;
    const column = await page.$$eval(`${table} thead th`, (ths) => ths.findIndex((th) => th.textContent === "count"));
    await page.mouse.move(0, 0); // no tooltip over the page
    await page.$eval("section#top-terms-by-era > details", (d) => ((d as HTMLDetailsElement).open = true)); // show the table
    const counts = () => page.$$eval(`${table} tbody tr`, (rows, k) => rows.map((r) => Number((r as HTMLTableRowElement).cells[k as number].getAttribute("data-v"))), column);
    await page.click(`${table} thead th:nth-child(${column + 1})`, { timeout: 10_000 });
    const up = await counts();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click(`${table} thead th:nth-child(${column + 1})`, { timeout: 10_000 });
    const down = await counts();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(await page.getAttribute(`${table} thead th:nth-child(${column + 1})`, "aria-sort")).toBe("descending");
  });

  test("the page loaded with no console error and no request leaving the machine", () => {
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith("file:")).toBe(true);
  });
});
