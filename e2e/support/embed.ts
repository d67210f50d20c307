import type { FrameLocator, Page } from "@playwright/test";
import type { TimelineEvent } from "../../src/dataset/index.ts";
import { expect } from "./test.ts";

/** What a host page heard from its embeds: every message, in order, with its sender's origin. */
export interface Heard {
  origin: string;
  data: Record<string, unknown>;
}

/** A site other than the app's, for datasets on "another site". */
export const DATA_SITE = "http://data.example";

/**
 * Another site on this machine: the app's server under another name (localhost for 127.0.0.1).
 * Host pages live there, on a real loopback response: Chromium's local network access checks
 * stop a page Playwright fulfils (of unknown address space) from framing a loopback page.
 */
export function otherSite(appUrl: string): string {
  const url = new URL(appUrl);
  url.hostname = url.hostname === "localhost" ? "127.0.0.1" : "localhost";
  return url.origin;
}

/**
 * Opens a page on another site whose body is `body`, and records every message it receives on
 * `window.heard`. The page is written over a small static file of the app's server reached under
 * the other name, so its origin is that site's.
 */
export async function writeHostPage(page: Page, appUrl: string, body: string) {
  // The JSON file has no icon of its own, so the browser asks for /favicon.ico.
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto(`${otherSite(appUrl)}/config.json`);
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">
    </head><body><script>window.heard = []; addEventListener("message", (e) =>
      window.heard.push({ origin: e.origin, data: e.data }));</script>${body}</body></html>`,
  );
}

/** A host page on another site that embeds `embedSrc` in a plain iframe, #embed. */
export async function openHostPage(page: Page, embedSrc: string) {
  await writeHostPage(
    page,
    embedSrc,
    `<iframe id="embed" title="Embedded timeline" src="${embedSrc}"
      style="display:block;width:900px;height:300px;border:0"></iframe>`,
  );
  return page.frameLocator("#embed");
}

/** The rendered height of the iframe inside the element with `id`, in whole pixels. */
export const frameHeight = (page: Page, id: string) =>
  page.locator(`#${id} iframe`).evaluate((f) => Math.round(f.getBoundingClientRect().height));

export async function heard(page: Page): Promise<Heard[]> {
  return page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
}

/** Messages of our protocol of one type, in order. */
export async function heardOfType(page: Page, type: string) {
  return (await heard(page)).filter(
    (m) => m.data.namespace === "dialogue-timeline" && m.data.type === type,
  );
}

/** Posts `message` from the host page to the embed, as a host developer would. */
export async function postToEmbed(page: Page, message: unknown, frameSelector = "#embed") {
  await page.evaluate(
    ([selector, data]) =>
      (document.querySelector(selector) as HTMLIFrameElement).contentWindow?.postMessage(data, "*"),
    [frameSelector, message] as const,
  );
}

export const message = (type: string, fields: object = {}) => ({
  namespace: "dialogue-timeline",
  version: 1,
  type,
  ...fields,
});

/** Waits until the embed inside `frame` has drawn its data. */
export async function embedLoaded(frame: FrameLocator) {
  await expect(frame.getByTestId("shown-count")).toBeVisible({ timeout: 30_000 });
}

/** The height of the embed's content, read inside its frame. */
export async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

/** Whether an event overlaps [from, to] (inclusive ISO days), at its precision. */
export function overlaps(event: TimelineEvent, from: string, to: string): boolean {
  const start = event.date.value.padEnd(10, "-01").slice(0, 10);
  const endPrefix = event.date.end ?? event.date.value;
  const end =
    endPrefix.length === 4
      ? `${endPrefix}-12-31`
      : endPrefix.length === 7
        ? `${endPrefix}-31`
        : endPrefix;
  return start <= to && end >= from;
}
