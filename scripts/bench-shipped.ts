/**
 * What a reader downloads before the first draw: builds the app, serves it, and prints the
 * gzipped bytes of every JavaScript and CSS file the explorer (index.html) and the embed
 * (embed.html) fetch before their timelines first draw, lazily imported chunks and workers
 * included; and when the first draw and the whole first screen (the parts that load after the
 * draw in place: the "first-screen" mark) came, on one load, so only a rough figure. `npm run
 * bench` reports the same bytes beside vis-timeline's; this is the quick way.
 *
 *   BENCH_PORT=4394   port of the preview server
 */
import { chromium } from "@playwright/test";
import { SYSTEM_CHROMIUM_ARGS, systemChromiumPath } from "./browser.ts";
import { buildAndServe } from "./bench/serve.ts";
import { shippedBeforeDraw } from "./bench/shipped.ts";

const PORT = Number(process.env.BENCH_PORT ?? 4394);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ["index.html", "embed.html"];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const stop = await buildAndServe("dist-bench", PORT);
  const executablePath = systemChromiumPath();
  const browser = await chromium.launch(
    executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  try {
    for (const page of PAGES) {
      const shipped = await shippedBeforeDraw(browser, `${ORIGIN}/${page}`);
      const screen =
        shipped.firstScreenMs === undefined ? "–" : `${Math.round(shipped.firstScreenMs)} ms`;
      process.stdout.write(
        `${page}: ${kb(shipped.total)} of JS + CSS (gzip) before the first draw; ` +
          `first draw at ${Math.round(shipped.firstDrawMs)} ms, whole first screen at ${screen}\n`,
      );
      for (const file of shipped.files)
        process.stdout.write(`  ${kb(file.gzip).padStart(9)}  ${new URL(file.url).pathname}\n`);
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
