import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { EventsDocument } from "../../src/dataset/index.ts";

/** Every label layout's duration while `gesture` runs (the app's "label-layout" measures). */
export async function labelLayoutTimes(
  page: Page,
  gesture: () => Promise<void>,
): Promise<number[]> {
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
export async function clickToDetails(page: Page, markSelector: string): Promise<number> {
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
export function busiestMonth(dir: string): string {
  const doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
  const counts = new Map<string, number>();
  for (const e of doc.events)
    if (e.date.precision === "day")
      counts.set(e.date.value.slice(0, 7), (counts.get(e.date.value.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.window.start.slice(0, 7);
}
