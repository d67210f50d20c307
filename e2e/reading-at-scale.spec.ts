import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { EventsDocument } from "../src/dataset/index.ts";
import { overlaps } from "./support/embed.ts";
import { FIRST_EVENTS } from "../src/features/about/model/dataset-summary.ts";
import {
  chronological,
  details,
  expectLabelInViewport,
  matchesSearch,
  queryFor,
  search,
  shownCount,
  timelineOrder,
} from "./support/explorer.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { serveFrom, syntheticDataDir } from "./support/synthetic-dataset.ts";
import { expect, test } from "./support/test.ts";

/**
 * The reading of the timeline on a generated dataset of 10,000 events (scripts/generate-dataset.ts):
 * labels, the first screen, search, counts, step-through and the embed, as the other specs check
 * them on the bundled data. No timings are asserted (those are `npm run bench`'s).
 */
const COUNT = 10_000;
let doc: EventsDocument;
let dir = "";

test.beforeAll(() => {
  dir = syntheticDataDir(COUNT);
  doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
});
test.beforeEach(async ({ page }) => {
  await serveFrom(page, dir);
});

/** The month in which most events fall on a known day: a view with marks of their own. */
function busyMonth() {
  const counts = new Map<string, number>();
  for (const e of doc.events)
    if (e.date.precision === "day")
      counts.set(e.date.value.slice(0, 7), (counts.get(e.date.value.slice(0, 7)) ?? 0) + 1);
  const month = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "2012-05";
  return { from: `${month}-01`, to: `${month}-28` };
}

test.describe("at 1440 × 900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const theme of ["light", "dark"] as const)
    test(`${theme}: labelled marks and the selected event's details in the first screen`, async ({
      page,
    }, testInfo) => {
      const { from, to } = busyMonth();
      const event = chronological(doc.events).find(
        (e) => e.date.precision === "day" && overlaps(e, from, to),
      );
      if (!event) throw new Error("no event in the month");
      await page.goto(`./?from=${from}&to=${to}&event=${event.id}&theme=${theme}`);
      await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
      const inView = doc.events.filter((e) => overlaps(e, from, to)).length;
      await expect(page.getByTestId("view-count")).toHaveText(
        `${inView} in view · ${COUNT} match · ${COUNT} in dataset`,
      );
      await expectLabelInViewport(page);
      await expect(
        details(page).getByRole("heading", { level: 2, name: event.title }),
      ).toBeInViewport();
      await attachScreenshot(page, testInfo, `scale-10000-1440-${theme}`);
    });
});

test("search at 10,000 events: word starts, ranked, with an empty state naming it", async ({
  page,
}) => {
  await page.goto("./");
  await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
  const query = "panet";
  const expected = doc.events.filter((e) => matchesSearch(e, query));
  expect(expected.length).toBeGreaterThan(0);
  await search(page).fill(query);
  await expect(shownCount(page)).toHaveText(`${expected.length} match`, { timeout: 30_000 });
  await expect(
    page.getByRole("heading", { name: `Best matches for “${query}” first` }),
  ).toBeVisible();
  await search(page).fill("qqqzzz");
  // The empty state names the search once it has read everything: at 10,000 events the details'
  // chunks take as long to load as the dataset did (a shared machine once needed over 5 s).
  await expect(page.getByTestId("search-partial")).toHaveText("", { timeout: 30_000 });
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("No events match the search “qqqzzz”.");
  await empty.getByRole("button", { name: "Clear the search" }).click();
  await expect(shownCount(page)).toHaveText(`${COUNT} match`);
});

test("step-through at 10,000 events walks the filtered events in date order", async ({ page }) => {
  const topic = doc.topics[0]?.id ?? "cyber";
  const story = chronological(doc.events.filter((e) => e.topics.includes(topic)));
  const [first, second] = story;
  if (!first || !second) throw new Error("need two events of the topic");
  await page.goto(`./?mode=story&topics=${topic}`);
  const bar = page.getByRole("navigation", { name: "Step through the events" });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await bar.getByRole("button", { name: "Next" }).click();
  await expect(details(page).getByRole("heading", { level: 2, name: first.title })).toBeVisible();
  await bar.getByRole("button", { name: "Next" }).click();
  await expect(details(page).getByRole("heading", { level: 2, name: second.title })).toBeVisible();
  await expect(bar.getByTestId("story-place")).toContainText(`2 of ${story.length}`);
});

test("the embed at 320 × 300 with 10,000 events keeps its card inside the frame", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 300 });
  const event = doc.events[0];
  if (!event) throw new Error("no events");
  await page.goto(`./embed.html?event=${event.id}`);
  const card = page.getByRole("region", { name: "Event details" });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(event.title, {
    timeout: 30_000,
  });
  const box = await card.boundingBox();
  expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(300.5);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
  await expect(page.getByRole("region", { name: "Key" })).toBeInViewport();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await attachScreenshot(page, testInfo, "scale-10000-embed-320x300");
});

test.describe("the whole view at 1440 × 900, painted on the canvas", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the keyboard reaches the first event and walks on from it", async ({ page }) => {
    const [first, second] = timelineOrder(doc.events);
    if (!first || !second) throw new Error("need two events");
    await page.goto("./");
    await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
    await expect(page.getByTestId("timeline-canvas")).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.locator(`[data-event-id="${first.id}"]`)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`[data-event-id="${second.id}"]`)).toBeFocused({ timeout: 15_000 });
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(second.title);
    // The one button stands over its painted mark: the only tab stop among the marks.
    await expect(page.locator("[data-event-id][tabindex='0']")).toHaveCount(1);
  });

  test("the plot keeps its bands to the screen: one row each and their clusters", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
    const plot = page.getByRole("group", { name: /^Timeline of/ });
    const box = await plot.boundingBox();
    if (!box) throw new Error("no plot");
    const bands = new Set(doc.events.map((e) => e.topics[0] ?? "none")).size;
    // Per band a header, one row of marks and one of clusters, 62 px (see row-budget.ts), where
    // six rows each (182 px) would not have fitted.
    expect(box.height).toBeLessThanOrEqual(bands * 62 + 52);
    await expect(page.locator("[data-event-id]")).toHaveCount(1);
  });
});

test("About lists each article's first events, and all of them on asking", async ({ page }) => {
  const articles = JSON.parse(readFileSync(path.join(dir, "articles.json"), "utf8")) as {
    articles: { id: string }[];
  };
  const article = articles.articles[0];
  if (!article) throw new Error("no articles");
  const reported = doc.events.filter((e) => e.sources.some((s) => s.articleId === article.id));
  expect(reported.length).toBeGreaterThan(FIRST_EVENTS);
  await page.goto("./");
  await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
  await page.getByRole("banner").getByRole("button", { name: "About the data" }).click();
  const item = page
    .getByRole("dialog", { name: "About the data" })
    .locator(`[data-article-id="${article.id}"]`);
  const events = item.getByRole("list", { name: `Events it reports (${reported.length})` });
  await expect(events.getByRole("button")).toHaveCount(FIRST_EVENTS, { timeout: 30_000 });
  await item.getByRole("button", { name: `Show all ${reported.length} events` }).click();
  await expect(events.getByRole("button")).toHaveCount(reported.length);
  await item.getByRole("button", { name: `Show the first ${FIRST_EVENTS}` }).click();
  await expect(events.getByRole("button")).toHaveCount(FIRST_EVENTS);
});

test("corroboration at 10,000 events: the mark, the row and the filter by outlets", async ({
  page,
}) => {
  const articles = JSON.parse(readFileSync(path.join(dir, "articles.json"), "utf8")) as {
    articles: { id: string; outlet: string }[];
  };
  const outletOf = new Map(articles.articles.map((a) => [a.id, a.outlet]));
  const outlets = (e: (typeof doc.events)[number]) =>
    new Set(e.sources.map((s) => outletOf.get(s.articleId))).size;
  const twice = doc.events.filter((e) => outlets(e) >= 2);
  // One drawn as a mark of its own in its fortnight (others there are counted in clusters): a
  // few loads of 10,000 events may be needed, each a few seconds on this machine.
  test.setTimeout(120_000);
  const mark = (id: string) => page.locator(`[data-event-id="${id}"]`);
  let event: (typeof doc.events)[number] | undefined;
  for (const candidate of twice
    .filter((e) => e.date.precision === "day" && !e.date.end)
    .slice(0, 8)) {
    await page.goto(`./${queryFor(doc, candidate)}`);
    await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
    if ((await mark(candidate.id).count()) === 1) {
      event = candidate;
      break;
    }
  }
  if (!event) throw new Error("no event reported by two outlets has a mark of its own");
  await expect(mark(event.id)).toHaveAccessibleName(/reported by 2 articles, 2 outlets/);
  await expect(mark(event.id).locator("[data-part=ring]")).toHaveCount(1);
  await page.getByRole("combobox", { name: "Reported by" }).selectOption("2");
  await expect(shownCount(page)).toHaveText(`${twice.length} match`);
  await expect(page).toHaveURL(/minOutlets=2/);
});

test("at 390 × 844 with 10,000 events the timeline is in the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await expect(shownCount(page)).toHaveText(`${COUNT} match`, { timeout: 30_000 });
  const box = await page.getByRole("group", { name: /^Timeline of/ }).boundingBox();
  if (!box) throw new Error("no plot");
  expect(box.y).toBeLessThan(844 / 2);
  await expectLabelInViewport(page);
});

for (const theme of ["light", "dark"] as const)
  test(`${theme}: the explorer at 10,000 events, an event selected, has no serious violations`, async ({
    page,
  }) => {
    const event = doc.events[0];
    if (!event) throw new Error("no events");
    await page.goto(`./?event=${event.id}&theme=${theme}`);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(event.title, {
      timeout: 30_000,
    });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
