import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { DATA_REQUEST } from "../../scripts/data-route.ts";
import type { ArticlesDocument, EventsDocument } from "../../src/dataset/index.ts";
import { fulfillFromFolder } from "./synthetic-dataset.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Where the dataset under test lives: the pipeline's output in public/data, which the production
 * build serves. `E2E_DATA_DIR` (relative to the repository) points the tests, and the page, at
 * another copy, e.g. `e2e/fixtures/dataset` before the pipeline has produced one.
 */
export const DATA_DIR = path.resolve(ROOT, process.env.E2E_DATA_DIR ?? "public/data");
const OVERRIDDEN = process.env.E2E_DATA_DIR !== undefined;

export function readRawDocument(fileName: string): unknown {
  return JSON.parse(readFileSync(path.join(DATA_DIR, fileName), "utf8")) as unknown;
}

/** The published events, read from disk (not from the app) so the tests check the app against it. */
export function readEvents(): EventsDocument {
  return readRawDocument("events.json") as EventsDocument;
}

export function readArticles(): ArticlesDocument {
  return readRawDocument("articles.json") as ArticlesDocument;
}

/** With `E2E_DATA_DIR` set, answer the page's data requests from that folder. */
export async function serveDataDir(page: Page): Promise<void> {
  if (!OVERRIDDEN) return;
  await page.route(DATA_REQUEST, (route) => fulfillFromFolder(route, DATA_DIR));
}
