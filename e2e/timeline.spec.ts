import type { Page } from "@playwright/test";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;
const marks = (page: Page) => page.locator("[data-event-id]");
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const details = (page: Page) => page.getByRole("region", { name: "Event details" });

async function open(page: Page) {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Dialogue Timeline" })).toBeVisible();
  await expect(page.getByText(`${total} of ${total} events`)).toBeVisible();
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

/** Independent of the app's code: shown if any other listed topic is on; untagged ones stay. */
function shownWithout(topicId: string): TimelineEvent[] {
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  return doc.events.filter((e) => {
    const own = e.topics.filter((t) => listed.has(t));
    return own.length === 0 || own.some((t) => t !== topicId);
  });
}

test("unchecking a topic hides the events that have no other active topic", async ({ page }) => {
  // The topic whose removal hides the most events, so the change is visible.
  const [topic] = [...doc.topics].sort(
    (a, b) => shownWithout(a.id).length - shownWithout(b.id).length,
  );
  if (!topic) throw new Error("events.json lists no topics");
  const expected = shownWithout(topic.id);
  expect(expected.length, `unchecking ${topic.id} should hide something`).toBeLessThan(total);
  const hiddenEvent = doc.events.find((e) => !expected.includes(e));

  await open(page);
  const checkbox = page.locator(`input[type=checkbox][value="${topic.id}"]`);
  await checkbox.uncheck();
  await expect(marks(page)).toHaveCount(expected.length);
  await expect(page.getByText(`${expected.length} of ${total} events`)).toBeVisible();
  if (hiddenEvent) await expect(mark(page, hiddenEvent.id)).toHaveCount(0);
  for (const event of expected) await expect(mark(page, event.id)).toHaveCount(1);

  await checkbox.check();
  await expect(marks(page)).toHaveCount(total);
  await expect(page.getByText(`${total} of ${total} events`)).toBeVisible();
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
