import type { Page } from "@playwright/test";
import { readEvents } from "./support/dataset.ts";
import { details, extent, mark, openExplorer, timelineOrder } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const plot = (page: Page) => page.getByRole("group", { name: /^Timeline of/ });

const ordered = timelineOrder(doc.events);

test("one Tab reaches a skip link, and Enter puts focus on the timeline", async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the timeline" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(plot(page)).toBeFocused();
  await expect(page).not.toHaveURL(/#/);
  // The marks are one tab stop: the next Tab lands on the first event.
  await page.keyboard.press("Tab");
  const first = ordered[0];
  if (!first) throw new Error("no events");
  await expect(mark(page, first.id)).toBeFocused();
});

test("arrow keys move between events on the timeline, Home and End to the ends", async ({
  page,
}) => {
  const [first, second, third] = ordered;
  const last = ordered.at(-1);
  if (!first || !second || !third || !last) throw new Error("need three events");
  await openExplorer(page);
  await mark(page, first.id).focus();
  await page.keyboard.press("ArrowRight");
  await expect(mark(page, second.id)).toBeFocused();
  await expect(mark(page, second.id)).toHaveAttribute("aria-pressed", "true");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(second.title);
  await page.keyboard.press("ArrowRight");
  await expect(mark(page, third.id)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(mark(page, second.id)).toBeFocused();
  await page.keyboard.press("End");
  await expect(mark(page, last.id)).toBeFocused();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(last.title);
  await page.keyboard.press("Home");
  await expect(mark(page, first.id)).toBeFocused();
  // The selected mark is now the timeline's one tab stop.
  await expect(mark(page, first.id)).toHaveAttribute("tabindex", "0");
  await expect(page.locator('[data-event-id][tabindex="0"]')).toHaveCount(1);
});

test("stepping to an event out of view pans the timeline to it", async ({ page }) => {
  // Two neighbours in time, the second starting after the first has ended.
  // A week or more from the window's start: a view is at least a week long.
  const earliest = Date.parse(`${doc.window.start}T00:00:00Z`) + 8 * 86_400_000;
  const at = ordered.findIndex((e, i) => {
    const next = ordered[i + 1];
    return next !== undefined && extent(next)[0] >= extent(e)[1] && extent(e)[0] >= earliest;
  });
  const [from, to] = [ordered[at], ordered[at + 1]];
  if (!from || !to) throw new Error("need two events one after the other");
  const [, end] = extent(from);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // The week that ends with the first: the second is out of view.
  await openExplorer(page, `?from=${day(end - 7 * 86_400_000)}&to=${day(end - 1)}`);
  await expect(mark(page, to.id)).toHaveCount(0);
  await mark(page, from.id).focus();
  await page.keyboard.press("ArrowRight");
  await expect(mark(page, to.id)).toBeFocused();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(to.title);
});
