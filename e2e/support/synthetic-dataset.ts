import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page, Route } from "@playwright/test";
import { DATA_REQUEST, dataFileFor } from "../../scripts/data-route.ts";
import { generateDataset, writeDataset } from "../../scripts/generate-dataset.ts";

const made = new Map<string, string>();

/**
 * A generated dataset of `count` events in a temporary folder, made once per worker: the timeline's
 * scale tests need thousands of events, which no checked-in fixture should hold.
 */
export function syntheticDataDir(count: number, seed = 1): string {
  const key = `${count}:${seed}`;
  const known = made.get(key);
  if (known && existsSync(path.join(known, "events.json"))) return known;
  const dir = mkdtempSync(path.join(tmpdir(), `timeline-${count}-`));
  writeDataset(dir, generateDataset(count, seed));
  made.set(key, dir);
  return dir;
}

/**
 * Answers the page's data requests from `dir` (registered last, so it wins over other routes);
 * a file `dir` does not hold is a 404, as a static host answers: a folder written by hand with
 * events.json and articles.json alone has no index.json, and the app indexes those itself.
 */
export async function serveFrom(page: Page, dir: string): Promise<void> {
  await page.route(DATA_REQUEST, (route) => fulfillFromFolder(route, dir));
}

/** Answers a data request with the file of the same name in `dir`, or a 404. */
export function fulfillFromFolder(route: Route, dir: string): Promise<void> {
  const file = dataFileFor(dir, route.request().url());
  return existsSync(file)
    ? route.fulfill({ path: file })
    : route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" });
}
