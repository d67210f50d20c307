import type { Page } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { serveFrom } from "./support/synthetic-dataset.ts";
import { firstScreenComplete } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);

function kindOf(event: TimelineEvent) {
  if (event.date.precision !== "day") return "span";
  return event.date.end && event.date.end !== event.date.value ? "range" : "point";
}

async function open(page: Page, total = doc.events.length) {
  await page.goto("./");
  await expect(page.getByTestId("shown-count")).toHaveText(`${total} match`, { timeout: 30_000 });
  // Drawn, and the gestures in.
  await firstScreenComplete(page);
}

test("points, ranges, spans and planned events are drawn differently", async ({ page }) => {
  await open(page);
  for (const event of doc.events) {
    const m = mark(page, event.id);
    await expect(m).toHaveAttribute("data-kind", kindOf(event));
    await expect(m).toHaveAttribute("data-status", event.status);
    const kind = kindOf(event);
    // A point is one dot, a range two caps and a bar, a span one box over its period (rings
    // round the marks several outlets report are counted apart).
    await expect(m.locator("[data-part=shape] circle:not([data-part=ring])")).toHaveCount(
      kind === "point" ? 1 : kind === "range" ? 2 : 0,
    );
    if (kind === "span") {
      const shape = m.locator("[data-part=shape] > rect").first();
      if (event.status === "planned")
        await expect(shape).toHaveAttribute("stroke-dasharray", "4 3");
      else expect(await shape.getAttribute("stroke-dasharray")).toBeNull();
    }
    if (kind === "point")
      await expect(m.locator("[data-part=shape] > circle").first()).toHaveAttribute(
        "fill",
        event.status === "planned" ? "white" : /^#/,
      );
  }
});

test("a year-precision span covers its whole year; a point covers at most a dot", async ({
  page,
}) => {
  await open(page);
  const year = doc.events.find((e) => e.date.precision === "year");
  const day = doc.events.find((e) => kindOf(e) === "point");
  if (!year || !day) throw new Error("the seed data should have a year span and a point");
  const plot = await page.getByRole("group", { name: /^Timeline of/ }).boundingBox();
  const yearBox = await mark(page, year.id).locator("[data-part=shape]").boundingBox();
  const dayBox = await mark(page, day.id).locator("[data-part=shape]").boundingBox();
  if (!plot || !yearBox || !dayBox) throw new Error("not laid out");
  // Four years across the plot: one year is about a quarter of it.
  expect(yearBox.width / plot.width).toBeGreaterThan(0.2);
  expect(yearBox.width / plot.width).toBeLessThan(0.3);
  expect(dayBox.width).toBeLessThanOrEqual(14);
});

test("lanes switch between topic, country and none", async ({ page }) => {
  await open(page);
  const bands = () =>
    page.locator("[data-band]").evaluateAll((n) => n.map((b) => b.getAttribute("data-band")));
  await expect(page.getByRole("radio", { name: "Topic" })).toBeChecked();
  const firstTopics = new Set(
    doc.events.map((e) => doc.topics.map((t) => t.id).find((id) => e.topics.includes(id))),
  );
  expect((await bands()).length).toBe(firstTopics.size);
  await page.getByRole("radio", { name: "Country" }).check();
  await expect
    .poll(bands)
    .toEqual(expect.arrayContaining([expect.stringMatching(/^(USA\+CHN|USA|CHN|other|unknown)$/)]));
  for (const b of await bands()) expect(["USA+CHN", "USA", "CHN", "other", "unknown"]).toContain(b);
  await page.getByRole("radio", { name: "None" }).check();
  await expect.poll(bands).toEqual(["all"]);
  // Every event is still drawn once, whatever the lanes.
  await expect(page.locator("[data-event-id]")).toHaveCount(doc.events.length);
});

test("the legend explains every encoding", async ({ page }) => {
  await open(page);
  const legend = page.getByRole("list", { name: "Legend" });
  for (const text of ["Known to the day", "Several days", "month or year", "Planned", "zoom in"])
    await expect(legend).toContainText(text);
});

test.describe("with many events on one day", () => {
  const PILE = 20;
  let dir = "";

  test.beforeAll(() => {
    // The seed data plus copies of one day event, all on its day: more than the lane's rows.
    const base = doc.events.find((e) => kindOf(e) === "point");
    if (!base) throw new Error("the seed data should have a point");
    const copies = Array.from({ length: PILE }, (_, i) => ({
      ...base,
      id: `evt-pile-${i + 1}`,
      title: `${base.title} (copy ${i + 1})`,
    }));
    dir = mkdtempSync(path.join(tmpdir(), "timeline-pile-"));
    writeFileSync(
      path.join(dir, "events.json"),
      JSON.stringify({ ...doc, events: [...doc.events, ...copies] }),
    );
    writeFileSync(path.join(dir, "articles.json"), JSON.stringify(readArticles()));
  });

  test("stacks what fits and counts the rest in a cluster, hiding nothing", async ({ page }) => {
    await serveFrom(page, dir);
    const total = doc.events.length + PILE;
    await open(page, total);
    const buttons = await page.locator("[data-event-id]").count();
    const clusters = page.locator("[data-cluster-count]");
    await expect(clusters.first()).toBeVisible();
    const counted = await clusters.evaluateAll((n) =>
      n.reduce((sum, c) => sum + Number(c.getAttribute("data-cluster-count")), 0),
    );
    expect(buttons + counted).toBe(total);
    await expect(clusters.first()).toHaveAccessibleName(/more events/);
    await expect(clusters.first()).toContainText(
      `+${await clusters.first().getAttribute("data-cluster-count")}`,
    );
    // Stacked marks do not overlap.
    const boxes = await page
      .locator("[data-event-id] [data-part=shape]")
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
      }),
    );
    // The cluster is a button that zooms in to its stretch of time.
    await clusters.first().click();
    await expect(page.getByRole("group", { name: /^Timeline of/ })).not.toHaveAttribute(
      "data-from",
      doc.window.start,
    );
  });
});
