import type { Page } from "@playwright/test";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { firstScreenComplete } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;
const marks = (page: Page) => page.locator("[data-event-id]");
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const details = (page: Page) => page.getByRole("region", { name: "Event details" });

async function open(page: Page) {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Dialogue Timeline" })).toBeVisible();
  await expect(page.getByTestId("shown-count")).toHaveText(`${total} match`);
  // The count can show before the timeline has measured its width and drawn.
  await firstScreenComplete(page);
}

test("the dataset under test is non-trivial", () => {
  expect(total, "events.json should hold events").toBeGreaterThan(1);
});

test("loads with no console errors or warnings", async ({ page, consoleProblems }) => {
  await open(page);
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle("Dialogue Timeline");
  expect(consoleProblems).toEqual([]);
});

test("draws exactly one mark per event, named by its title", async ({ page }) => {
  await open(page);
  await expect(marks(page)).toHaveCount(total);
  const drawn = await marks(page).evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute("data-event-id") ?? "",
      name: n.getAttribute("aria-label") ?? "",
      role: n.getAttribute("role"),
    })),
  );
  expect(drawn.map((d) => d.id).sort()).toEqual(doc.events.map((e) => e.id).sort());
  const titleById = new Map(doc.events.map((e) => [e.id, e.title]));
  for (const d of drawn) {
    expect(d.role).toBe("button");
    expect(d.name).toContain(titleById.get(d.id));
  }
});

test("draws day-precision events as points and month/year precision as spans", async ({ page }) => {
  await open(page);
  const shapes = await marks(page).evaluateAll((nodes) =>
    Object.fromEntries(
      nodes.map((n) => [n.getAttribute("data-event-id"), n.getAttribute("data-shape")]),
    ),
  );
  for (const event of doc.events)
    expect(shapes[event.id], event.id).toBe(event.date.precision === "day" ? "point" : "span");
});

test("no mark covers another", async ({ page }) => {
  await open(page);
  const boxes = await page.locator("[data-event-id] [data-part=shape]").evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.closest("[data-event-id]")?.getAttribute("data-event-id"), ...r.toJSON() } as {
        id: string;
        left: number;
        right: number;
        top: number;
        bottom: number;
      };
    }),
  );
  expect(boxes).toHaveLength(total);
  const overlapping: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) overlapping.push(`${a.id} / ${b.id}`);
    }),
  );
  expect(overlapping).toEqual([]);
});

test("fits a narrow screen", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await open(page);
  await expect(marks(page)).toHaveCount(total);
  const svgWidth = await page
    .locator("svg[role=group]")
    .evaluate((n) => n.getBoundingClientRect().width);
  expect(svgWidth).toBeLessThanOrEqual(400);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
});

test("offers one checkbox per topic, labelled with its label and event count, all on", async ({
  page,
}) => {
  await open(page);
  for (const topic of doc.topics) {
    const count = doc.events.filter((e) => e.topics.includes(topic.id)).length;
    const checkbox = page.locator(`input[type=checkbox][value="${topic.id}"]`);
    await expect(checkbox).toBeChecked();
    const label = page.locator("label", { has: checkbox });
    await expect(label).toContainText(topic.label);
    await expect(label).toContainText(`(${count})`);
  }
});

/** Independent of the app's code: shown if any listed topic that is still on; untagged stay. */
function shownWithout(hidden: ReadonlySet<string>): TimelineEvent[] {
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  return doc.events.filter((e) => {
    const own = e.topics.filter((t) => listed.has(t));
    return own.length === 0 || own.some((t) => !hidden.has(t));
  });
}

test("unchecking topics hides the events that have no other active topic", async ({ page }) => {
  // Turn off, one by one, every topic of the event with the fewest: at the end it must be hidden,
  // and after each step exactly the events with some other topic still on remain.
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  const target = doc.events
    .map((e) => ({ event: e, topics: e.topics.filter((t) => listed.has(t)) }))
    .filter((c) => c.topics.length > 0)
    .sort((a, b) => a.topics.length - b.topics.length)[0];
  if (!target) throw new Error("no event carries a listed topic");

  await open(page);
  const hidden = new Set<string>();
  for (const topic of target.topics) {
    await page.locator(`input[type=checkbox][value="${topic}"]`).uncheck();
    hidden.add(topic);
    const expected = shownWithout(hidden);
    await expect(marks(page)).toHaveCount(expected.length);
    await expect(page.getByTestId("shown-count")).toHaveText(`${expected.length} match`);
  }
  await expect(mark(page, target.event.id)).toHaveCount(0);
  const remaining = shownWithout(hidden);
  expect(remaining.length).toBeLessThan(total);
  for (const event of remaining) await expect(mark(page, event.id)).toHaveCount(1);

  for (const topic of target.topics)
    await page.locator(`input[type=checkbox][value="${topic}"]`).check();
  await expect(marks(page)).toHaveCount(total);
  await expect(page.getByTestId("shown-count")).toHaveText(`${total} match`);
});

/** An event with evidence from an article that articles.json knows, preferring several sources. */
function eventWithSources(): TimelineEvent {
  const known = new Set(readArticles().articles.map((a) => a.id));
  const candidates = doc.events.filter((e) => e.sources.every((s) => known.has(s.articleId)));
  const event = [...candidates].sort((a, b) => b.sources.length - a.sources.length)[0];
  if (!event) throw new Error("no event has a source in articles.json");
  return event;
}

test("clicking a mark shows its details and evidence, and highlights it", async ({ page }) => {
  const event = eventWithSources();
  const article = readArticles().articles.find((a) => a.id === event.sources[0]?.articleId);
  await open(page);
  await expect(details(page)).toContainText("Select an event");

  await mark(page, event.id).click();
  const panel = details(page);
  await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
  await expect(panel).toContainText(event.sources[0]?.evidence[0]?.text ?? "(missing evidence)");
  if (article?.outlet) await expect(panel).toContainText(article.outlet);
  if (article?.title) await expect(panel).toContainText(article.title);
  await expect(mark(page, event.id)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('[data-event-id][aria-pressed="true"]')).toHaveCount(1);
});

test("marks are focusable and Enter or Space selects them", async ({ page }) => {
  const [first, second] = doc.events;
  if (!first || !second) throw new Error("need two events");
  await open(page);

  await mark(page, first.id).focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { name: first.title })).toBeVisible();

  await mark(page, second.id).focus();
  await page.keyboard.press(" ");
  await expect(details(page).getByRole("heading", { name: second.title })).toBeVisible();
  await expect(mark(page, second.id)).toHaveAttribute("aria-pressed", "true");
  await expect(mark(page, first.id)).toHaveAttribute("aria-pressed", "false");
});
