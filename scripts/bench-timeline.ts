/**
 * Timeline benchmark, not a test: `npm run bench` builds the app, serves it, and measures it side
 * by side with vis-timeline 8 (the standard interactive timeline, a dev dependency used only
 * here) on the same generated datasets, in one run, alternating the two, in headless Chromium at
 * 1280×900. Per size it prints first draw, zoom and pan frame median and p95, the share of slow
 * frames, wheel dispatch time, heap, and shipped bytes, with ratios; for this app also the label
 * layout times while zooming and the time from a click on a mark to its details. It asserts
 * nothing.
 *
 *   BENCH_COUNTS=seeds,1000,5000,10000,100000  datasets: the bundled one, then generated sizes
 *   BENCH_RUNS=3                         runs of each timeline per size (alternating)
 *   BENCH_VIS_MAX=10000                  largest size vis-timeline is tried on
 *   BENCH_VIS_TIMEOUT=60000              ms vis-timeline gets to draw before a run counts as not drawn
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { SYSTEM_CHROMIUM_ARGS, systemChromiumPath } from "./browser.ts";
import { runApp } from "./bench/app-run.ts";
import type { EventsDocument } from "../src/dataset/index.ts";
import { formatReport, num } from "./bench/report.ts";
import { summarize, type RunResult } from "./bench/run-result.ts";
import { buildAndServe } from "./bench/serve.ts";
import { filesBytes, shippedBeforeDraw } from "./bench/shipped.ts";
import { runVis, VIS_FILES } from "./bench/vis-run.ts";
import { generateDataset, writeDataset } from "./generate-dataset.ts";

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** "seeds" is the bundled dataset (public/data); a number, a generated dataset of that size. */
const COUNTS = (process.env.BENCH_COUNTS ?? "seeds,1000,5000,10000,100000").split(",");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VIS_MAX = Number(process.env.BENCH_VIS_MAX ?? 10_000);
const VIS_TIMEOUT = Number(process.env.BENCH_VIS_TIMEOUT ?? 60_000);
const DIST = "dist-bench";

/** The dataset a size names, in a folder: the bundled one, or one generated for the run. */
function datasetFor(size: string): { dir: string; count: number; label: string } {
  if (size === "seeds") {
    const dir = path.resolve("public/data");
    const doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
    return { dir, count: doc.events.length, label: `bundled (${doc.events.length})` };
  }
  const count = Number(size);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`BENCH_COUNTS: "${size}" is neither "seeds" nor a number of events`);
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${count}-`));
  writeDataset(dir, generateDataset(count));
  return { dir, count, label: num(count) };
}

async function benchSize(size: string) {
  const { dir, count, label } = datasetFor(size);
  const executablePath = systemChromiumPath();
  const app: RunResult[] = [];
  const vis: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser per run, and the two timelines alternating, so neither inherits the
    // other's warm caches or a quieter moment of a shared machine.
    const order = i % 2 === 0 ? ["app", "vis"] : ["vis", "app"];
    for (const which of order) {
      if (which === "vis" && count > VIS_MAX) continue;
      const browser = await chromium.launch(
        executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
      );
      try {
        if (which === "app") app.push(await runApp(browser, ORIGIN, dir));
        else vis.push(await runVis(browser, dir, VIS_TIMEOUT));
      } finally {
        await browser.close();
      }
      process.stderr.write(`bench: ${label} events, ${which} run ${i + 1}/${RUNS} done\n`);
    }
  }
  return { label, app: summarize(app), vis: vis.length ? summarize(vis) : null };
}

async function main() {
  const stop = await buildAndServe(DIST, PORT);
  try {
    const sizes = [];
    for (const count of COUNTS) sizes.push(await benchSize(count));
    const executablePath = systemChromiumPath();
    const browser = await chromium.launch(
      executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
    );
    const shipped = await Promise.all([
      shippedBeforeDraw(browser, `${ORIGIN}/`),
      shippedBeforeDraw(browser, `${ORIGIN}/embed.html`),
    ])
      .then(([app, embed]) => ({
        app: app.total,
        embed: embed.total,
        vis: filesBytes([VIS_FILES.js, VIS_FILES.css]),
      }))
      .finally(() => browser.close());
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${systemChromiumPath() ?? "Playwright's Chromium"}`;
    process.stdout.write(formatReport({ sizes, shipped, runs: RUNS, machine }));
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
