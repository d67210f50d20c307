import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { zoomAndPan } from "./gestures.ts";
import { heapAfterGc } from "./heap.ts";
import type { RunResult } from "./run-result.ts";

const require = createRequire(import.meta.url);
/** vis-timeline's own standalone build (a dev dependency used only here). */
export const VIS_FILES = {
  js: require.resolve("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"),
  css: require.resolve("vis-timeline/styles/vis-timeline-graph2d.min.css"),
};

/** An origin of its own, answered by the route below: no server to start. */
const ORIGIN = "http://vis-timeline.bench";

/**
 * The page: it fetches the same events.json the app reads, makes one vis item per event (a range
 * where the date is a span or coarser than a day, else a point, titled by the event's title), and
 * marks "vis-draw" when vis-timeline reports its first finished redraw (its first "changed": the
 * items are in the page and in view by then). Dates go to vis-timeline as whole days: it reads a
 * bare year ("2011") as milliseconds since 1970, which made every year-precision event a range
 * from 1970 and the view 45 years wide, the data a sliver at its right edge.
 */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="/vis.css">
<style>body{margin:0;font:14px sans-serif}#timeline{height:860px}</style></head>
<body><div id="timeline"></div><script src="/vis.js"></script><script>
const firstDay = (v, p) => p === "year" ? v + "-01-01" : p === "month" ? v + "-01" : v;
const lastDay = (v, p) => p === "year" ? v.slice(0, 4) + "-12-31"
  : p === "month" ? new Date(Date.UTC(+v.slice(0, 4), +v.slice(5, 7), 0)).toISOString().slice(0, 10) : v;
const text = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
fetch("/events.json").then((r) => r.json()).then((doc) => {
  const items = doc.events.map((e) => {
    const start = firstDay(e.date.value, e.date.precision);
    const end = e.date.end ?? lastDay(e.date.value, e.date.precision);
    return end !== start
      ? { id: e.id, content: text(e.title), start, end, type: "range" }
      : { id: e.id, content: text(e.title), start, type: "point" };
  });
  const timeline = new vis.Timeline(document.getElementById("timeline"), items, { height: "860px" });
  timeline.once("changed", () => {
    performance.mark("vis-draw");
    document.body.dataset.drawn = "yes";
  });
});
</script></body></html>`;

/**
 * One run of vis-timeline 8 on the dataset in `dir`: the same measures as the app's. A dataset it
 * does not draw within `timeoutMs` gives a run with no figures but the fact.
 */
export async function runVis(browser: Browser, dir: string, timeoutMs: number): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const files: Record<string, { body: string | Buffer; type: string }> = {
      "/": { body: PAGE, type: "text/html" },
      "/vis.js": { body: readFileSync(VIS_FILES.js), type: "text/javascript" },
      "/vis.css": { body: readFileSync(VIS_FILES.css), type: "text/css" },
      "/events.json": {
        body: readFileSync(path.join(dir, "events.json")),
        type: "application/json",
      },
    };
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = files[new URL(route.request().url()).pathname];
      return file
        ? route.fulfill({ body: file.body, contentType: file.type })
        : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    try {
      await page.waitForSelector("body[data-drawn]", { timeout: timeoutMs });
    } catch {
      return { firstDraw: null, gestures: null, heap: null };
    }
    const firstDraw = await page.evaluate(
      () => performance.getEntriesByName("vis-draw")[0]?.startTime ?? NaN,
    );
    await page.waitForTimeout(2000);
    const heap = await heapAfterGc(page);
    const box = await page.locator("#timeline").boundingBox();
    if (!box) throw new Error("vis-timeline not laid out");
    const gestures = await zoomAndPan(page, box.x + box.width / 2, box.y + 60);
    return { firstDraw, gestures, heap };
  } finally {
    await page.close();
  }
}
