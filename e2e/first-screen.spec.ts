import type { Page } from "@playwright/test";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readEvents } from "./support/dataset.ts";
import {
  details,
  expectLabelInViewport,
  mark,
  marks,
  mostFrequent,
  openExplorer,
  preferMarkable,
  queryFor,
} from "./support/explorer.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
/** The event most articles report: the one a reader is likeliest to open first. */
const event = preferMarkable(
  doc,
  [...doc.events].sort((a, b) => b.sources.length - a.sources.length),
) as TimelineEvent;
const plot = (page: Page) => page.getByRole("group", { name: /^Timeline of/ });
const filtersToggle = (page: Page) => page.getByTestId("filters-toggle");

async function box(page: Page, locator: ReturnType<Page["locator"]>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not laid out");
  return b;
}

const shoot = attachScreenshot;

test.describe("at 1440 × 900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const theme of ["light", "dark"] as const)
    test(`${theme}: the first screen holds the labelled timeline and the selected event's details`, async ({
      page,
    }, testInfo) => {
      await openExplorer(page, `?event=${event.id}&theme=${theme}`);
      const timeline = await box(page, plot(page));
      // All of it, or, for a dataset too big to show each event (its bands then keep one row each
      // and their clusters, see reading-at-scale), at least 600 px of it.
      expect(timeline.y + Math.min(timeline.height, 600)).toBeLessThanOrEqual(900);
      await expectLabelInViewport(page);
      const panel = details(page);
      await expect(panel.getByRole("heading", { level: 2, name: event.title })).toBeInViewport();
      // Beside the timeline, not below it.
      const side = await box(page, panel);
      expect(side.x).toBeGreaterThanOrEqual(timeline.x + timeline.width);
      expect(side.y).toBeLessThan(timeline.y + timeline.height);
      // The filters beside them, in view too.
      await expect(page.getByRole("complementary", { name: "Filters" })).toBeInViewport();
      await shoot(page, testInfo, `first-screen-1440-${theme}`);
    });

  test("the filters fold away, giving the timeline their width, and count what is active", async ({
    page,
  }) => {
    const actor = mostFrequent(doc.events, (e) => e.actors.map((a) => a.name));
    await openExplorer(page, `?actors=${encodeURIComponent(actor)}&q=a`);
    await expect(filtersToggle(page)).toHaveAccessibleName("Filters, 2 active");
    await expect(filtersToggle(page)).toHaveAttribute("aria-expanded", "true");
    const before = await box(page, plot(page));
    await filtersToggle(page).click();
    await expect(page.getByRole("complementary", { name: "Filters" })).toHaveCount(0);
    await expect(filtersToggle(page)).toHaveAttribute("aria-expanded", "false");
    await expect
      .poll(async () => (await box(page, plot(page))).width)
      .toBeGreaterThan(before.width);
    await filtersToggle(page).click();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("a");
  });

  test("clicking a mark moves focus to the event's details, in view", async ({ page }) => {
    await openExplorer(page, queryFor(doc, event));
    await mark(page, event.id).click();
    const heading = details(page).getByRole("heading", { level: 2, name: event.title });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // The panel scrolls on its own; read to its end, the next event still starts at its top.
    await details(page).evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    await expect(heading).not.toBeInViewport();
    // Another event drawn in the same view.
    const drawn = await marks(page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-event-id")),
    );
    const other = doc.events.find((e) => e.id !== event.id && drawn.includes(e.id));
    if (!other) throw new Error("need two events");
    await mark(page, other.id).click();
    const next = details(page).getByRole("heading", { level: 2, name: other.title });
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport();
  });
});

test.describe("on a tablet, details below the timeline", () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test("clicking a mark scrolls its details into view and focuses them", async ({ page }) => {
    await openExplorer(page, queryFor(doc, event));
    await mark(page, event.id).click();
    const heading = details(page).getByRole("heading", { level: 2, name: event.title });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
});

test.describe("at 390 × 844, a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const theme of ["light", "dark"] as const)
    test(`${theme}: the timeline is in the first screen, filters in a drawer, details a bottom sheet`, async ({
      page,
    }, testInfo) => {
      await openExplorer(page, queryFor(doc, event, `theme=${theme}`));
      const timeline = await box(page, plot(page));
      expect(timeline.y).toBeLessThan(844 / 2);
      // All of it, or, for a dataset with many rows of marks, at least 300 px of it.
      expect(timeline.y + Math.min(timeline.height, 300)).toBeLessThanOrEqual(844);
      await expect(page.getByRole("searchbox", { name: "Search" })).toHaveCount(0);
      await shoot(page, testInfo, `first-screen-390-${theme}`);

      await filtersToggle(page).click();
      const drawer = page.getByRole("dialog", { name: "Filters" });
      await expect(drawer.getByRole("searchbox", { name: "Search" })).toBeInViewport();
      await shoot(page, testInfo, `filters-drawer-390-${theme}`);
      await drawer.getByRole("button", { name: `Show ${doc.events.length} events` }).click();
      await expect(drawer).toHaveCount(0);

      await mark(page, event.id).click();
      const sheet = details(page);
      const heading = sheet.getByRole("heading", { level: 2, name: event.title });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      const b = await box(page, sheet);
      expect(Math.round(b.y + b.height)).toBe(844);
      await shoot(page, testInfo, `details-sheet-390-${theme}`);
    });
});
