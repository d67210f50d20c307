import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import {
  chronological,
  details,
  expectInView,
  list,
  mark,
  marks,
  openExplorer,
  outletsOf,
  queryFor,
  row,
  shownCount,
  walkMarks,
} from "./support/explorer.ts";
import { serveFrom } from "./support/synthetic-dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();
const total = doc.events.length;

/** Counted here from the published files: distinct articles and distinct named outlets. */
const articlesOf = (e: TimelineEvent) => new Set(e.sources.map((s) => s.articleId)).size;
const outletCount = (e: TimelineEvent) => new Set(outletsOf(e, articles)).size;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const reported = (e: TimelineEvent) =>
  `${plural(articlesOf(e), "article")}, ${plural(outletCount(e), "outlet")}`;

const corroborated = [...doc.events].sort((a, b) => outletCount(b) - outletCount(a))[0];

/**
 * The dataset under test with one single-source event made unsure, as the pipeline makes an event
 * whose date it took from an earlier sentence: whatever the data, there is one to look at.
 */
function withUnsureEvent(): { dir: string; event: TimelineEvent } {
  const base =
    doc.events.find((e) => articlesOf(e) === 1 && e.date.precision === "day" && !e.date.end) ??
    doc.events.find((e) => articlesOf(e) === 1) ??
    doc.events[0];
  if (!base) throw new Error("no events");
  const event: TimelineEvent = {
    ...base,
    confidence: 0.6,
    date: { ...base.date, basis: "previous-date", text: "that year" },
  };
  const dir = mkdtempSync(path.join(tmpdir(), "timeline-unsure-"));
  writeFileSync(
    path.join(dir, "events.json"),
    JSON.stringify({ ...doc, events: doc.events.map((e) => (e.id === base.id ? event : e)) }),
  );
  writeFileSync(path.join(dir, "articles.json"), JSON.stringify(articles));
  return { dir, event };
}

test("every mark and list row says how many articles and outlets report its event", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ordered = chronological(doc.events);
  const kinds = [
    (e: TimelineEvent) => outletCount(e) >= 2,
    (e: TimelineEvent) => outletCount(e) < 2,
  ];
  await walkMarks(page, doc, kinds, async (event) => {
    // The list renders only the rows near its scroll position: scroll this one's into reach.
    await list(page).evaluate((el, top) => el.scrollTo(0, top), ordered.indexOf(event) * 56);
    await expect(mark(page, event.id)).toHaveAccessibleName(
      new RegExp(`reported by ${reported(event)}`),
    );
    // Several outlets: a ring round the mark; one: none.
    await expect(mark(page, event.id).locator("[data-part=ring]")).toHaveCount(
      outletCount(event) >= 2 ? (event.date.end && event.date.precision === "day" ? 2 : 1) : 0,
    );
    await expect(row(page, event.id).getByTestId("row-sources")).toHaveText(
      ` · ${reported(event)}`,
    );
  });
});

test("the details name the outlets and say how sure the data is", async ({ page }) => {
  if (!corroborated) throw new Error("no events");
  await openExplorer(page, `?event=${corroborated.id}`);
  const note = details(page).getByRole("region", { name: "How sure" });
  const outlets = [...new Set(outletsOf(corroborated, articles))];
  await expect(note.getByTestId("corroboration")).toHaveText(
    `${plural(articlesOf(corroborated), "article")} from ${plural(outlets.length, "outlet")}`,
  );
  for (const outlet of outlets) await expect(note).toContainText(outlet);
});

test("low-confidence events look different, and their details say why", async ({ page }) => {
  test.setTimeout(180_000);
  const kinds = [
    (e: TimelineEvent) => e.confidence < 0.7,
    (e: TimelineEvent) => e.confidence >= 0.7,
  ];
  await walkMarks(page, doc, kinds, async (event) => {
    await expect(mark(page, event.id).locator("[data-part=shape]")).toHaveAttribute(
      "data-confidence",
      event.confidence < 0.7 ? "low" : "ok",
    );
  });

  const { dir, event } = withUnsureEvent();
  await serveFrom(page, dir);
  await openExplorer(page, queryFor(doc, event));
  await expect(mark(page, event.id).locator("[data-part=shape]")).toHaveAttribute(
    "data-confidence",
    "low",
  );
  await expect(mark(page, event.id)).toHaveAccessibleName(/low confidence$/);
  // The list renders only the rows near its scroll position: scroll this one's into reach.
  const at = chronological(doc.events).findIndex((e) => e.id === event.id);
  await list(page).evaluate((el, top) => el.scrollTo(0, top), at * 56);
  await expect(row(page, event.id)).toContainText("low confidence");
  await mark(page, event.id).click();
  const note = details(page).getByRole("region", { name: "How sure" });
  await expect(note.getByTestId("confidence-level")).toHaveText("Low confidence");
  await expect(note.locator('[data-factor="date"]')).toHaveAttribute("data-weakens", "true");
  await expect(note.locator('[data-factor="date"]')).toContainText("inferred");
  await expect(note.locator('[data-factor="date"]')).toContainText("\u201Cthat year\u201D");
  await expect(note.locator('[data-factor="sources"]')).toContainText("single source");
});

test("a filter keeps events reported by at least N outlets, and the URL keeps it", async ({
  page,
}) => {
  const atLeastTwo = doc.events.filter((e) => outletCount(e) >= 2);
  await openExplorer(page);
  await page.getByRole("combobox", { name: "Reported by" }).selectOption("2");
  await expect(page).toHaveURL(/minOutlets=2/);
  await expect(shownCount(page)).toHaveText(`${atLeastTwo.length} match`);
  await expectInView(page, atLeastTwo.length);
  if ((await marks(page).count()) === atLeastTwo.length)
    for (const e of atLeastTwo) await expect(mark(page, e.id)).toHaveCount(1);
  await expect(page.getByTestId("filters-toggle")).toHaveAccessibleName("Filters, 1 active");

  await page.reload();
  await expect(shownCount(page)).toHaveText(`${atLeastTwo.length} match`);
  await expect(page.getByRole("combobox", { name: "Reported by" })).toHaveValue("2");
  await page.getByRole("combobox", { name: "Reported by" }).selectOption("1");
  await expect(page).not.toHaveURL(/minOutlets/);
  await expect(shownCount(page)).toHaveText(`${total} match`);
});

for (const theme of ["light", "dark"] as const)
  test(`${theme} theme: a low-confidence event's details have no detectable violations`, async ({
    page,
  }) => {
    const { dir, event } = withUnsureEvent();
    await serveFrom(page, dir);
    await openExplorer(page, `?theme=${theme}&event=${event.id}`);
    await expect(details(page).getByRole("region", { name: "How sure" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html)}`)).toEqual([]);
  });
