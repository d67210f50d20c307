import type { TimelineEvent } from "../src/dataset/index.ts";
import { readEvents } from "./support/dataset.ts";
import { matchesSearch, openExplorer, search, shownCount } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const events = readEvents().events;

/** A word some summary, quote or evidence sentence holds, and no title or actor's name does. */
function detailsOnlyWord(all: readonly TimelineEvent[]): string {
  const inIndex = (word: string) =>
    all.some((e) => matchesSearch({ ...e, summary: "", quotes: [], sources: [] }, word));
  for (const event of all) {
    const text = [
      event.summary,
      ...event.quotes.map((q) => q.text),
      ...event.sources.flatMap((s) => s.evidence.map((e) => e.text)),
    ].join(" ");
    for (const word of text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? [])
      if (!inIndex(word) && events.filter((e) => matchesSearch(e, word)).length < all.length)
        return word;
  }
  throw new Error("every word of the details is also in a title or a name");
}

test("the search answers from titles and names at once, and from everything once loaded", async ({
  page,
}) => {
  const word = detailsOnlyWord(events);
  const expected = events.filter((e) => matchesSearch(e, word)).length;
  // The chunks the full-text search reads are held back until the first answer has been seen.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/details/events-*.json", async (route) => {
    await gate;
    await route.fallback();
  });
  await openExplorer(page);
  await search(page).fill(word);
  await expect(page.getByTestId("search-partial")).toContainText(
    "summaries, quotes and evidence are still loading",
  );
  await expect(page.getByText(/Nothing in titles or names yet/)).toBeVisible();

  release();
  await expect(page.getByTestId("search-partial")).toHaveText("");
  await expect(shownCount(page)).toHaveText(`${expected} match`);
});
