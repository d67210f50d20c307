import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, Request } from "@playwright/test";
import { FIRST_DRAW_MARK as DRAW_MARK } from "../../src/lib/after-first-draw.ts";
import { FIRST_SCREEN_MARK as SCREEN_MARK } from "../../src/lib/first-screen.ts";

const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** One file the page fetched: where from, when the request started (ms since the epoch), its body. */
export interface FetchedFile {
  url: string;
  startedAt: number;
  body: Uint8Array;
}

/** JavaScript or CSS, by the address's path (query and hash aside). */
export function isCode(url: string): boolean {
  return /\.(?:m?js|css)$/.test(new URL(url).pathname);
}

/** What a page fetched before its first draw: each file's gzipped bytes, and their sum. */
export interface Shipped {
  files: { url: string; gzip: number }[];
  total: number;
}

/** Shipped, and when (ms since navigation) the timeline drew and the whole first screen was in. */
export interface ShippedAndTimed extends Shipped {
  firstDrawMs: number;
  /** Undefined for a page that does not set the first-screen mark. */
  firstScreenMs: number | undefined;
}

/**
 * The JavaScript and CSS whose requests started before `drawnAt` (ms since the epoch), gzipped:
 * everything the browser had to fetch for the first draw, whether the HTML names it, a module
 * imports it lazily, or a worker loads it. A file fetched twice counts once.
 */
export function codeBeforeDraw(files: readonly FetchedFile[], drawnAt: number): Shipped {
  const counted = new Map<string, number>();
  for (const file of files)
    if (file.startedAt < drawnAt && isCode(file.url) && !counted.has(file.url))
      counted.set(file.url, gzipped(file.body));
  const list = [...counted].map(([url, gzip]) => ({ url, gzip }));
  return { files: list, total: list.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * Opens `pageUrl` in a fresh context, records every file the page and its workers fetch, and
 * returns the JavaScript and CSS requested before the app's first draw, gzipped, with the times
 * of the first draw and of the whole first screen (the parts that load after the draw in place).
 */
export async function shippedBeforeDraw(
  browser: Browser,
  pageUrl: string,
  timeout = 60_000,
): Promise<ShippedAndTimed> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    // The context sees the requests of the page and of its workers alike.
    context.on("request", (request) => requests.push(request));
    await page.goto(pageUrl);
    await page
      .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DRAW_MARK, {
        timeout,
      })
      .catch(() => {
        throw new Error(`${pageUrl} did not set the "${DRAW_MARK}" mark within ${timeout} ms`);
      });
    const firstDrawMs = await page.evaluate(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? 0,
      DRAW_MARK,
    );
    const drawnAt = (await page.evaluate(() => performance.timeOrigin)) + firstDrawMs;
    const firstScreenMs = await page
      .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, SCREEN_MARK, {
        timeout: 10_000,
      })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const files: FetchedFile[] = [];
    for (const request of requests) {
      if (!isCode(request.url())) continue;
      const response = await request.response();
      if (!response) throw new Error(`${request.url()}: no response`);
      files.push({
        url: request.url(),
        startedAt: request.timing().startTime,
        body: await response.body(),
      });
    }
    return { ...codeBeforeDraw(files, drawnAt), firstDrawMs, firstScreenMs };
  } finally {
    await context.close();
  }
}

/** Bytes, gzipped, of a list of files (a library's standalone build). */
export function filesBytes(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipped(readFileSync(f)), 0);
}
