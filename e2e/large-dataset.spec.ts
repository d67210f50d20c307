import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DATA_REQUEST, dataFileFor } from "../scripts/data-route.ts";
import type { ArticlesDocument, EventsDocument } from "../src/dataset/index.ts";
import {
  chronological,
  details,
  facet,
  list,
  matchesSearch,
  mostFrequent,
  openExplorer,
  outletsOf,
  row,
  rows,
  search,
  shownCount,
} from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

/**
 * The list view and the filters at 10,000 events, from scripts/generate-dataset.ts (written into
 * a temporary folder per worker, never into public/data). The page's data requests are answered
 * from that folder. No timings are asserted: what must hold is that only a window of rows is in
 * the DOM and that every count and selection is still exact.
 */
const COUNT = 10_000;
let dir = "";
let doc: EventsDocument;
let articles: ArticlesDocument;

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dialogue-timeline-large-"));
  execFileSync(
    "npx",
    ["tsx", "scripts/generate-dataset.ts", "--count", String(COUNT), "--out", dir],
    {
      stdio: "pipe",
    },
  );
  doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
  articles = JSON.parse(readFileSync(path.join(dir, "articles.json"), "utf8")) as ArticlesDocument;
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
  await page.route(DATA_REQUEST, (route) =>
    route.fulfill({ path: dataFileFor(dir, route.request().url()) }),
  );
});

test("the list holds all 10,000 events but renders only a window of them", async ({ page }) => {
  expect(doc.events).toHaveLength(COUNT);
  await openExplorer(page);
  await expect(shownCount(page)).toHaveText(`${COUNT} match`);
  await expect(rows(page).first()).toHaveAttribute("aria-setsize", String(COUNT));
  expect(await rows(page).count()).toBeLessThan(50);

  const ordered = chronological(doc.events);
  const last = ordered.at(-1);
  if (!last) throw new Error("no events");
  await list(page).focus();
  await page.keyboard.press("End");
  await expect(row(page, last.id)).toBeInViewport();
  await expect(row(page, last.id)).toHaveAttribute("aria-posinset", String(COUNT));
  await expect(details(page).getByRole("heading", { name: last.title })).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(50);
});

test("filters and search stay exact at 10,000 events", async ({ page }) => {
  const actor = mostFrequent(doc.events, (e) => e.actors.map((a) => a.name));
  const outlet = mostFrequent(doc.events, (e) => outletsOf(e, articles));
  await openExplorer(page);
  await facet(page, "Actors")
    .getByRole("checkbox", { name: `${actor} (` })
    .check();
  await facet(page, "Outlets")
    .getByRole("checkbox", { name: `${outlet} (` })
    .check();
  const both = doc.events.filter(
    (e) => e.actors.some((a) => a.name === actor) && outletsOf(e, articles).includes(outlet),
  );
  await expect(shownCount(page)).toHaveText(`${both.length} match`);
  await expect(rows(page).first()).toHaveAttribute("aria-setsize", String(both.length));

  const word = (doc.events[0]?.title.split(" ").find((w) => w.length > 4) ?? "").toLowerCase();
  await search(page).fill(word);
  const found = both.filter((e) => matchesSearch(e, word));
  await expect(shownCount(page)).toHaveText(`${found.length} match`);

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(shownCount(page)).toHaveText(`${COUNT} match`);
});

test("a link to an event deep in the list restores it, scrolled into view", async ({ page }) => {
  const target = chronological(doc.events)[Math.floor(COUNT * 0.7)];
  if (!target) throw new Error("no events");
  await openExplorer(page, `?event=${target.id}`);
  await expect(details(page).getByRole("heading", { name: target.title })).toBeVisible();
  await expect(row(page, target.id)).toHaveAttribute("aria-selected", "true");
  // Scrolled into the list's own viewport (the page itself need not scroll to the list).
  const inner = await row(page, target.id).boundingBox();
  const outer = await list(page).boundingBox();
  if (!inner || !outer) throw new Error("not laid out");
  expect(inner.y).toBeGreaterThanOrEqual(outer.y);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
});
