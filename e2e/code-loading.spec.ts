import type { Page } from "@playwright/test";
import { details, mark, marks, openExplorer, search } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

/** Built chunks are named after their entry module: what the first draw must not wait for. */
const ON_USE = ["share-dialog", "export-panel", "about", "event-details-content"];

/** Chunks of the first screen that the first draw does not need: they load right after it. */
const AFTER_DRAW = [
  "filter-panel",
  "event-list",
  "gesture-libs",
  "overview-strip",
  "story-controls",
];

/** The search's code, which the dataset worker loads with the first search. */
const SEARCH_CHUNK = /\/search-store-[\w-]+\.js$/;

/** The scripts the page requested before the timeline first drew, and those requested since. */
async function scripts(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("timeline-draw").length > 0);
  return page.evaluate(() => {
    const drawnAt = performance.getEntriesByName("timeline-draw")[0]?.startTime ?? 0;
    const js = performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".js"));
    const name = (entry: PerformanceEntry) => new URL(entry.name).pathname.split("/").pop() ?? "";
    return {
      before: js.filter((e) => e.startTime < drawnAt).map(name),
      after: js.filter((e) => e.startTime >= drawnAt).map(name),
    };
  });
}

const chunk = (files: string[], feature: string) =>
  files.find((file) => file.startsWith(`${feature}-`));

test("the features a reader asks for are fetched after the first draw, not before", async ({
  page,
}) => {
  // The worker's requests are the page's too, for Playwright: the search is one of them.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await openExplorer(page);
  expect(requested.filter((url) => SEARCH_CHUNK.test(url))).toEqual([]);
  // Use each one, so that each chunk is known to exist (an eager import would leave none).
  await page.getByRole("button", { name: /^Share/ }).click();
  await expect(page.getByRole("dialog")).toContainText("Export");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "About the data" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await search(page).fill("talks");
  await expect.poll(() => requested.filter((url) => SEARCH_CHUNK.test(url)).length).toBe(1);
  await marks(page).first().click();
  await expect(details(page).getByRole("heading").first()).toBeVisible();
  const { before, after } = await scripts(page);
  for (const feature of ON_USE) {
    expect(chunk(before, feature), `${feature} before the draw`).toBeUndefined();
    expect(chunk(after, feature), `${feature} after the draw`).toBeDefined();
  }
});

test("an event's details load after the first draw, before they are asked for", async ({
  page,
}) => {
  await openExplorer(page);
  await expect
    .poll(async () => chunk((await scripts(page)).after, "event-details-content"))
    .toBeDefined();
});

test("the filters, the list and the timeline's gestures come right after the first draw, unasked", async ({
  page,
}) => {
  await openExplorer(page);
  await expect(search(page)).toBeVisible();
  await expect(marks(page).first()).toBeVisible();
  const { before, after } = await scripts(page);
  for (const part of AFTER_DRAW) {
    expect(chunk(before, part), `${part} before the draw`).toBeUndefined();
    expect(chunk(after, part), `${part} after the draw`).toBeDefined();
  }
  // The overview's brush is d3-brush's, which came with the gestures.
  await expect(page.getByTestId("timeline-overview").locator(".selection")).toBeVisible();
});

test("the style sheet with the later parts' utilities comes after the first draw", async ({
  page,
}) => {
  await openExplorer(page);
  await expect(search(page)).toBeVisible();
  const sheets = await page.evaluate(() => {
    const drawnAt = performance.getEntriesByName("timeline-draw")[0]?.startTime ?? 0;
    return performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".css"))
      .map((entry) => ({
        name: new URL(entry.name).pathname.split("/").pop() ?? "",
        before: entry.startTime < drawnAt,
      }));
  });
  expect(sheets.filter((s) => s.before).map((s) => s.name)).toEqual([
    expect.stringMatching(/^app-/),
  ]);
  expect(sheets.find((s) => s.name.startsWith("all-parts-"))?.before).toBe(false);
  // The filters came styled: the search's column (basis-48) is a utility of the later sheet only.
  await expect(search(page).locator("xpath=../..")).toHaveCSS("flex-basis", "192px");
});

test("the share dialog and About open on the first click", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("button", { name: /^Share/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("dialog")).toContainText("Export");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Share/ })).toBeFocused();
  await page.getByRole("button", { name: "About the data" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("a link to an event shows its details on load, though their code comes after", async ({
  page,
}) => {
  const first = readEvents().events[0];
  if (!first) throw new Error("events.json has no events");
  await openExplorer(page, `?event=${first.id}`);
  await expect(details(page).getByRole("heading", { name: first.title })).toBeVisible();
  await expect(mark(page, first.id)).toHaveAttribute("aria-pressed", "true");
});

test.describe("when a part's code cannot be downloaded", () => {
  // The failed request and the caught error are logged by the browser and React on purpose.
  test.use({ consoleProblemsAllowed: true });

  test("the page says so in its place and keeps working", async ({ page }) => {
    await page.route("**/assets/share-dialog-*.js", (route) => route.abort());
    await openExplorer(page);
    await page.getByRole("button", { name: /^Share/ }).click();
    await expect(page.getByRole("alert")).toContainText("The share dialog could not be downloaded");
    await expect(page.getByRole("button", { name: "Reload the page" })).toBeVisible();
    await marks(page).first().click();
    await expect(details(page).getByRole("heading").first()).toBeVisible();
  });

  test("filters that cannot be downloaded say so in their place; the timeline still draws", async ({
    page,
  }) => {
    await page.route("**/assets/filter-panel-*.js", (route) => route.abort());
    await page.goto("./");
    await expect(page.getByRole("alert")).toContainText("The filters could not be downloaded", {
      timeout: 30_000,
    });
    await expect(marks(page).first()).toBeVisible();
    await marks(page).first().click();
    await expect(details(page).getByRole("heading").first()).toBeVisible();
  });

  test("details that cannot be downloaded say so in the panel; the timeline still works", async ({
    page,
  }) => {
    await page.route("**/assets/event-details-content-*.js", (route) => route.abort());
    await openExplorer(page);
    const [first, second] = [marks(page).nth(0), marks(page).nth(1)];
    await first.click();
    await expect(details(page).getByRole("alert")).toContainText(
      "The event’s details could not be downloaded",
    );
    await expect(first).toHaveAttribute("aria-pressed", "true");
    await second.click();
    await expect(second).toHaveAttribute("aria-pressed", "true");
    await expect(search(page)).toBeVisible();
  });
});
