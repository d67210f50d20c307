import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readEvents } from "./support/dataset.ts";
import { overlaps } from "./support/embed.ts";
import { chronological, details, openExplorer } from "./support/explorer.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const story = chronological(doc.events);
const [first, second] = story;
const last = story[story.length - 1];
if (!first || !second || !last) throw new Error("a story needs two events");

const bar = (page: Page) => page.getByRole("navigation", { name: "Step through the events" });
const plot = (page: Page) => page.getByRole("group", { name: /^Timeline of/ });

/** The event's heading in the details, and the timeline's range around it. */
async function expectShowing(page: Page, event: (typeof story)[number]) {
  await expect(details(page).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  const from = (await plot(page).getAttribute("data-from")) ?? "";
  const to = (await plot(page).getAttribute("data-to")) ?? "";
  expect(overlaps(event, from, to), `${event.date.value} in ${from}–${to}`).toBe(true);
  await expect(bar(page).getByTestId("story-place")).toContainText(
    `${story.indexOf(event) + 1} of ${story.length}`,
  );
}

test.describe("step through the story", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("Step through starts at the first event, moving the timeline to each", async ({ page }) => {
    await openExplorer(page);
    await page.getByRole("button", { name: "Step through" }).click();
    await expect(page).toHaveURL(/mode=story/);
    await expectShowing(page, first);
    // The timeline zooms in on the event rather than showing the whole window.
    await expect(page.getByTestId("in-view-count")).not.toHaveText(`${doc.events.length} in view`);
    await expect(bar(page).getByRole("button", { name: "Previous" })).toBeDisabled();
    await bar(page).getByRole("button", { name: "Next" }).click();
    await expectShowing(page, second);
    await bar(page).getByRole("button", { name: "Previous" }).click();
    await expectShowing(page, first);
  });

  test("the arrow keys step from anywhere but a field, and stop at the ends", async ({ page }) => {
    await openExplorer(page, `?mode=story&event=${last.id}`);
    await expect(bar(page)).toBeVisible();
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("ArrowLeft");
    await expectShowing(page, story[story.length - 2] ?? first);
    await page.keyboard.press("ArrowRight");
    await expectShowing(page, last);
    await page.keyboard.press("ArrowRight");
    await expectShowing(page, last);
    await expect(bar(page).getByRole("button", { name: "Next" })).toBeDisabled();
    // In the search box the arrows move the caret, not the story.
    await page.getByRole("searchbox", { name: "Search" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expectShowing(page, last);
  });

  test("the story walks the filtered events only", async ({ page }) => {
    const topic = doc.topics.find((t) => {
      const n = doc.events.filter((e) => e.topics.includes(t.id)).length;
      return n >= 2 && n < doc.events.length;
    });
    if (!topic) throw new Error("need a topic that narrows to two or more events");
    const filtered = story.filter((e) => e.topics.includes(topic.id));
    await openExplorer(page, `?mode=story&topics=${topic.id}`);
    await expect(bar(page).getByTestId("story-place")).toContainText(
      `${filtered.length} events in date order`,
    );
    await bar(page).getByRole("button", { name: "Next" }).click();
    await expect(
      details(page).getByRole("heading", { level: 2, name: filtered[0]?.title ?? "" }),
    ).toBeVisible();
    await bar(page).getByRole("button", { name: "Next" }).click();
    await expect(
      details(page).getByRole("heading", { level: 2, name: filtered[1]?.title ?? "" }),
    ).toBeVisible();
    await expect(bar(page).getByTestId("story-place")).toContainText(`2 of ${filtered.length}`);
  });

  test("Exit step-through leaves the event selected and drops mode from the URL", async ({
    page,
  }) => {
    await openExplorer(page, `?mode=story&event=${second.id}`);
    await bar(page).getByRole("button", { name: "Exit step-through" }).click();
    await expect(page).not.toHaveURL(/mode=/);
    await expect(bar(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`event=${second.id}`));
  });

  for (const theme of ["light", "dark"] as const)
    test(`${theme}: step-through has no serious accessibility violations`, async ({
      page,
    }, testInfo) => {
      await openExplorer(page, `?mode=story&theme=${theme}`);
      await bar(page).getByRole("button", { name: "Next" }).click();
      await expectShowing(page, first);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === "serious" || v.impact === "critical",
      );
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await attachScreenshot(page, testInfo, `story-1440-${theme}`);
    });
});

test("the embed steps through the story too, its card inside the frame", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 400, height: 500 });
  await page.goto("./embed.html?mode=story");
  const nav = bar(page);
  await expect(nav).toBeVisible({ timeout: 30_000 });
  await nav.getByRole("button", { name: "Next" }).click();
  const card = details(page);
  await expect(card.getByRole("heading", { level: 2, name: first.title })).toBeInViewport();
  await page.keyboard.press("ArrowRight");
  await expect(card.getByRole("heading", { level: 2, name: second.title })).toBeInViewport();
  await expect(page).toHaveURL(/mode=story/);
  // The link to the explorer opens the same story at the same step.
  const href = await page
    .getByRole("link", { name: /Open in the full explorer/ })
    .getAttribute("href");
  expect(href).toMatch(/mode=story/);
  expect(href).toMatch(new RegExp(`event=${second.id}`));
  await attachScreenshot(page, testInfo, "story-embed-400x500");
});
