import type { Browser } from "@playwright/test";
import { FIRST_SCREEN_ATTRIBUTE } from "../../src/lib/first-screen.ts";
import { DATA_REQUEST, dataFileFor } from "../data-route.ts";
import { busiestMonth, clickToDetails, labelLayoutTimes } from "./app-extras.ts";
import { zoomAndPan } from "./gestures.ts";
import { heapAfterGc } from "./heap.ts";
import type { RunResult } from "./run-result.ts";

/** Marks clicked per run, each timed from the press to its details shown and focused. */
const CLICKS = 5;

/**
 * One run of this app on the dataset in `dir`, served in place of the bundled data by the app
 * server at `origin`: first draw (the app's own "timeline-draw" mark), heap, the gestures (with
 * the label layouts made while zooming), then clicks on marks of the busiest month.
 */
export async function runApp(browser: Browser, origin: string, dir: string): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.route(DATA_REQUEST, (route) =>
      route.fulfill({ path: dataFileFor(dir, route.request().url()) }),
    );
    await page.goto(`${origin}/`);
    const plot = page.getByRole("group", { name: /^Timeline of/ });
    await plot.waitFor({ timeout: 120_000 });
    const firstDraw = await page.evaluate(
      () => performance.getEntriesByName("timeline-draw")[0]?.startTime ?? NaN,
    );
    // The gestures' code comes after the first draw (with the filters and the list): wait for the
    // whole first screen, then let the page finish its own work on the new data before timing.
    await page
      .locator(`html[${FIRST_SCREEN_ATTRIBUTE}]`)
      .waitFor({ state: "attached", timeout: 120_000 });
    await page.waitForTimeout(2000);
    const heap = await heapAfterGc(page);
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error("timeline not laid out");
    let labelLayouts: number[] = [];
    const gestures = await zoomAndPan(page, box.x + box.width / 2, box.y + 60, async (zoom) => {
      labelLayouts = await labelLayoutTimes(page, zoom);
    });
    // The busiest month, else its first week: few enough events for marks of their own (above
    // that the timeline draws on a canvas), each a button to click.
    const month = busiestMonth(dir);
    const clicks: number[] = [];
    const mark = `[data-event-id]:not([aria-pressed="true"])`;
    for (const last of ["28", "07"]) {
      await page.goto(`${origin}/?from=${month}-01&to=${month}-${last}`);
      await plot.waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000);
      // On the canvas only the keyboard's tab stop is a button: not a view to click through.
      if (!(await page.locator("[data-render-mode=svg]").count())) continue;
      if (!(await page.locator(mark).count())) continue;
      for (let i = 0; i < CLICKS; i++) clicks.push(await clickToDetails(page, mark));
      break;
    }
    return { firstDraw, gestures, heap, labelLayouts, clicks };
  } finally {
    await page.close();
  }
}
