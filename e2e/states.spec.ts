import type { TimelineEvent } from "../src/dataset/index.ts";
import {
  expectInView,
  marks,
  matchesSearch,
  openExplorer,
  rows,
  search,
  shownCount,
  topicBox,
} from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { overlaps } from "./support/embed.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;

/** The first fortnight of the dataset's window that none of `events` overlaps. */
function emptyFortnight(events: readonly TimelineEvent[]) {
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let t = Date.parse(doc.window.start); t < Date.parse(doc.window.end); t += 7 * day) {
    const range = { from: iso(t), to: iso(t + 13 * day) };
    if (!events.some((e) => overlaps(e, range.from, range.to))) return range;
  }
  return undefined;
}

/**
 * A fortnight empty of the events a search leaves: of all of them when one is (a small dataset),
 * else of those matching one event's title (at 10,000 events every fortnight holds some).
 */
function emptyRange() {
  const all = emptyFortnight(doc.events);
  if (all) return { ...all, query: "", matching: total };
  for (const event of doc.events) {
    const matching = doc.events.filter((e) => matchesSearch(e, event.title));
    const range = emptyFortnight(matching);
    if (range) return { ...range, query: event.title, matching: matching.length };
  }
  throw new Error("every fortnight of the window has an event of every search");
}

test("a search that finds nothing says so, naming it, and undoes just the search", async ({
  page,
}) => {
  await openExplorer(page);
  await search(page).fill("qqqzzzxxx-no-such-words");
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("No events match the search “qqqzzzxxx-no-such-words”");
  await expect(empty).toContainText(`Without it, ${total} events match the other filters.`);
  await expect(marks(page)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(0);
  await empty.getByRole("button", { name: "Clear the search" }).click();
  await expect(shownCount(page)).toHaveText(`${total} match`);
  await expect(search(page)).toHaveValue("");
  await expectInView(page, total);
  await expect(empty).toHaveCount(0);
});

test("clearing the search keeps the other filters", async ({ page }) => {
  const topic = doc.topics[0]?.id ?? "cyber";
  await openExplorer(page, `?topics=${topic}&q=qqqzzzxxx`);
  await page.getByTestId("no-matches").getByRole("button", { name: "Clear the search" }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(topicBox(page, topic)).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`topics=${topic}`));
});

test("a link with every topic off opens on the empty state naming the topics", async ({ page }) => {
  await openExplorer(page, "?topics=");
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("The topics switched off hide every match.");
  await expect(empty).toContainText(`With every topic on, ${total} events match.`);
  await empty.getByRole("button", { name: "Show all topics" }).click();
  await expectInView(page, total);
  await expect(page).not.toHaveURL(/topics=/);
});

test("an outlet minimum no event reaches is named, and undone alone", async ({ page }) => {
  await openExplorer(page, "?minOutlets=9&q=a");
  const expected = doc.events.filter((e) => matchesSearch(e, "a"));
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("No match is reported by 9 outlets or more.");
  await empty.getByRole("button", { name: "Any number of outlets" }).click();
  await expect(page).not.toHaveURL(/minOutlets=/);
  await expect(page).toHaveURL(/q=a/);
  await expect(shownCount(page)).toHaveText(`${expected.length} match`);
});

test("a range with no event in it says so and offers every date", async ({ page }) => {
  const empty = emptyRange();
  const q = empty.query ? `&q=${encodeURIComponent(empty.query)}` : "";
  await openExplorer(page, `?from=${empty.from}&to=${empty.to}${q}`);
  const state = page.getByTestId("no-matches");
  await expect(state).toContainText("No matching event falls in the dates on screen.");
  await expect(page.getByTestId("view-count")).toHaveText(
    `0 in view · ${empty.matching} match · ${total} in dataset`,
  );
  await state.getByRole("button", { name: "Show all dates" }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(state).toHaveCount(0);
});
