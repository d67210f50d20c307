/**
 * Timeline benchmark, not a test: `npm run bench` builds the app, serves it, and for the bundled
 * dataset and 10,000 and 100,000 generated events prints the time to the first drawn timeline,
 * frame times and label layout times while zooming with the wheel and panning by drag, and the
 * time from a click on a mark to its details drawn and focused. It asserts nothing; compare the
 * figures over time.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import type { EventsDocument } from "../src/dataset/index.ts";
import { SYSTEM_CHROMIUM_ARGS, systemChromiumPath } from "./browser.ts";
import { generateDataset, writeDataset } from "./generate-dataset.ts";

const PORT = Number(process.env.BENCH_PORT ?? 4393);
/** "seeds" is the bundled dataset (public/data); a number, a generated dataset of that size. */
const COUNTS = (process.env.BENCH_COUNTS ?? "seeds,10000,100000").split(",");

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`)),
    );
  });
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    frames: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? NaN,
  };
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Frame intervals (rAF to rAF) while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

/** Every label layout's duration while `gesture` runs (the app's "label-layout" measures). */
async function labelLayoutTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__layouts = [];
    window.__layoutObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName("label-layout")) window.__layouts.push(entry.duration);
    });
    window.__layoutObserver.observe({ type: "measure" });
  })()`);
  await gesture();
  return page.evaluate(`(() => {
    window.__layoutObserver.disconnect();
    return window.__layouts;
  })()`);
}

/**
 * From the press on a mark to the frame after its details show it with focus on their heading:
 * the wait a reader has between choosing an event and reading it.
 */
async function clickToDetails(page: Page, markSelector: string): Promise<number> {
  const mark = page.locator(markSelector).first();
  const id = await mark.getAttribute("data-event-id");
  await page.evaluate(`(() => {
    window.__clicked = new Promise((resolve) => {
      let pressed;
      document.addEventListener("pointerdown", () => { pressed = performance.now(); }, { capture: true, once: true });
      const check = () => {
        const heading = document.querySelector('section[aria-label="Event details"] h2');
        const ready = pressed !== undefined && heading && document.activeElement === heading &&
          new URLSearchParams(location.search).get("event") === ${JSON.stringify(id)};
        if (ready) requestAnimationFrame(() => resolve(performance.now() - pressed));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })()`);
  await mark.click();
  return page.evaluate("window.__clicked") as Promise<number>;
}

/** The month ("2013-06") in which most events of the dataset in `dir` fall on a known day. */
function busiestMonth(dir: string): string {
  const doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
  const counts = new Map<string, number>();
  for (const e of doc.events)
    if (e.date.precision === "day")
      counts.set(e.date.value.slice(0, 7), (counts.get(e.date.value.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.window.start.slice(0, 7);
}

async function bench(count: string) {
  const dir =
    count === "seeds"
      ? path.resolve("public/data")
      : mkdtempSync(path.join(tmpdir(), `bench-${count}-`));
  if (count !== "seeds") writeDataset(dir, generateDataset(Number(count)));
  const executablePath = systemChromiumPath();
  const browser = await chromium.launch(
    executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route("**/data/*.json", (route) =>
    route.fulfill({ path: path.join(dir, path.basename(new URL(route.request().url()).pathname)) }),
  );
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const plot = page.getByRole("group", { name: /^Timeline of/ });
  await plot.waitFor({ timeout: 120_000 });
  const firstDraw = await page.evaluate(
    () => performance.getEntriesByName("timeline-draw")[0]?.startTime ?? NaN,
  );
  // Let the rest of the page finish its own work on the new data before timing gestures.
  await page.waitForTimeout(3000);
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error("timeline not laid out");
  const x = box.x + box.width / 2;
  const y = box.y + 60;
  await page.mouse.move(x, y);
  let zoom: number[] = [];
  const layouts = await labelLayoutTimes(page, async () => {
    zoom = await frameTimes(page, async () => {
      for (let i = 0; i < 15; i++) {
        await page.mouse.wheel(0, -120);
        await page.waitForTimeout(16);
      }
      for (let i = 0; i < 15; i++) {
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(16);
      }
    });
  });
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.mouse.move(x, y);
  const pan = await frameTimes(page, async () => {
    await page.mouse.down();
    await page.mouse.move(x - 400, y, { steps: 40 });
    await page.mouse.move(x + 200, y, { steps: 40 });
    await page.mouse.up();
  });
  const mode = await page.locator("[data-render-mode]").getAttribute("data-render-mode");
  // A month: few enough events for marks of their own, each a button to click.
  const month = busiestMonth(dir);
  await page.goto(`http://127.0.0.1:${PORT}/?from=${month}-01&to=${month}-28`);
  await plot.waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  const clicks: number[] = [];
  for (let i = 0; i < 5; i++)
    clicks.push(await clickToDetails(page, `[data-event-id]:not([aria-pressed="true"])`));
  await browser.close();
  const z = stats(zoom);
  const p = stats(pan);
  const l = stats(layouts);
  const c = stats(clicks);
  process.stdout.write(
    `${count === "seeds" ? "bundled dataset" : `${count} events`} (${mode}): first draw ${ms(firstDraw)} after navigation start\n` +
      `  zoom (wheel): ${z.frames} frames, median ${ms(z.median)}, p95 ${ms(z.p95)}, max ${ms(z.max)}\n` +
      `  label layout while zooming: ${l.frames} layouts, median ${ms(l.median)}, p95 ${ms(l.p95)}, max ${ms(l.max)}\n` +
      `  pan (drag):   ${p.frames} frames, median ${ms(p.median)}, p95 ${ms(p.p95)}, max ${ms(p.max)}\n` +
      `  click to details (a month in view): ${c.frames} clicks, median ${ms(c.median)}, max ${ms(c.max)}\n`,
  );
}

async function main() {
  await run("npx", ["vite", "build", "--logLevel", "error"]);
  const server = spawn("npx", ["vite", "preview", "--port", String(PORT), "--strictPort"], {
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    for (const count of COUNTS) await bench(count);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
