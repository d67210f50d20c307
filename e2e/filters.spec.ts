import type { Page } from "@playwright/test";
import type { TimelineEvent } from "../src/dataset/index.ts";
import {
  expectInView,
  facet,
  mark,
  marks,
  matchesSearch,
  mostFrequent,
  openExplorer,
  outletsOf,
  rows,
  search,
  shownCount,
  topicBox,
} from "./support/explorer.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();

/**
 * Both views hold exactly `expected`: the timeline's marks (those drawn as buttons, every one of
 * them when none is counted in a cluster) and the list's rows.
 */
async function expectShown(page: Page, expected: readonly TimelineEvent[]) {
  await expect(shownCount(page)).toHaveText(`${expected.length} match`);
  await expectInView(page, expected.length);
  if (expected.length === 0) return;
  await expect(rows(page).first()).toHaveAttribute("aria-setsize", String(expected.length));
  const ids = new Set(expected.map((e) => e.id));
  for (const id of await marks(page).evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("data-event-id")),
  ))
    expect(ids.has(id ?? "")).toBe(true);
  if ((await marks(page).count()) === expected.length)
    for (const e of expected.slice(0, 50)) await expect(mark(page, e.id)).toHaveCount(1);
}

const topActor = mostFrequent(doc.events, (e) => e.actors.map((a) => a.name));
const topOutlet = mostFrequent(doc.events, (e) => outletsOf(e, articles));

test("an actor filter narrows both views, and topic counts follow it", async ({ page }) => {
  await openExplorer(page);
  await facet(page, "Actors")
    .getByRole("checkbox", { name: `${topActor} (` })
    .check();
  const withActor = doc.events.filter((e) => e.actors.some((a) => a.name === topActor));
  await expectShown(page, withActor);
  for (const topic of doc.topics) {
    const count = withActor.filter((e) => e.topics.includes(topic.id)).length;
    await expect(page.locator("label", { has: topicBox(page, topic.id) })).toContainText(
      `(${count})`,
    );
  }
});

test("a topic turned off still counts what it would show; other facets count without it", async ({
  page,
}) => {
  const topic = mostFrequent(doc.events, (e) => [...e.topics]);
  await openExplorer(page);
  await topicBox(page, topic).uncheck();
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  const shown = doc.events.filter((e) => {
    const own = e.topics.filter((t) => listed.has(t));
    return own.length === 0 || own.some((t) => t !== topic);
  });
  await expectShown(page, shown);
  const label = page.locator("label", { has: topicBox(page, topic) });
  await expect(label).toContainText(
    `(${doc.events.filter((e) => (e.topics as string[]).includes(topic)).length})`,
  );
  const outletCount = shown.filter((e) => outletsOf(e, articles).includes(topOutlet)).length;
  await expect(
    facet(page, "Outlets").getByRole("checkbox", { name: `${topOutlet} (` }),
  ).toBeVisible();
  await expect(facet(page, "Outlets").locator("label", { hasText: topOutlet })).toContainText(
    `(${outletCount})`,
  );
});

test("an outlet filter keeps the events reported by that outlet", async ({ page }) => {
  await openExplorer(page);
  await facet(page, "Outlets")
    .getByRole("checkbox", { name: `${topOutlet} (` })
    .check();
  await expectShown(
    page,
    doc.events.filter((e) => outletsOf(e, articles).includes(topOutlet)),
  );
});

test("search covers titles, summaries and quotes", async ({ page }) => {
  const quoted = doc.events.find((e) => e.quotes.length > 0);
  if (!quoted) throw new Error("the dataset under test has no quotes");
  // A word of a quote that is not in the event's own title.
  const word =
    quoted.quotes[0]?.text
      .split(/\W+/)
      .find((w) => w.length > 6 && !quoted.title.toLowerCase().includes(w.toLowerCase())) ?? "";
  await openExplorer(page);
  await search(page).fill(word);
  const expected = doc.events.filter((e) => matchesSearch(e, word));
  expect(expected.map((e) => e.id)).toContain(quoted.id);
  await expectShown(page, expected);

  const title = doc.events[0]?.title ?? "";
  await search(page).fill(title);
  await expectShown(
    page,
    doc.events.filter((e) => matchesSearch(e, title)),
  );
});

test("Clear all undoes every filter at once", async ({ page }) => {
  await openExplorer(page);
  await facet(page, "Actors")
    .getByRole("checkbox", { name: `${topActor} (` })
    .check();
  await facet(page, "Outlets")
    .getByRole("checkbox", { name: `${topOutlet} (` })
    .check();
  await search(page).fill("a");
  await page.getByRole("button", { name: "Clear all" }).click();
  await expectShown(page, doc.events);
  await expect(search(page)).toHaveValue("");
  await expect(page.getByRole("button", { name: "Clear all" })).toHaveCount(0);
  for (const t of doc.topics) await expect(topicBox(page, t.id)).toBeChecked();
});

test("cybersecurity, cyber security and cyber-security find the same events", async ({ page }) => {
  const written = /cyber[\s\-\u2010\u2011]*security/i;
  const expected = doc.events.filter((e) =>
    written.test(
      [
        e.title,
        e.summary,
        ...e.quotes.flatMap((q) => [q.text, q.speaker]),
        ...e.sources.flatMap((s) => s.evidence.map((x) => x.text)),
      ].join("\n"),
    ),
  );
  expect(expected.length).toBeGreaterThan(0);
  await openExplorer(page);
  for (const query of ["cybersecurity", "cyber security", "Cyber-Security"]) {
    await search(page).fill(query);
    await expectShown(page, expected);
  }
});

test("the start of a word finds it, and the list puts the best matches first", async ({ page }) => {
  const event = doc.events.find((e) => e.title.split(" ").some((w) => /^\p{L}{7,}$/u.test(w)));
  const word = event?.title.split(" ").find((w) => /^\p{L}{7,}$/u.test(w)) ?? "";
  if (!event) throw new Error("need a title with a long word");
  const start = word.slice(0, 4).toLowerCase();
  const expected = doc.events.filter((e) => matchesSearch(e, start));
  expect(expected.map((e) => e.id)).toContain(event.id);
  await openExplorer(page);
  await search(page).fill(start);
  await expectShown(page, expected);
  await expect(
    page.getByRole("heading", { name: `Best matches for “${start}” first` }),
  ).toBeVisible();
  // A title with the word outranks an event that has it only in its evidence or quotes.
  const inTitle = expected.filter((e) =>
    matchesSearch({ ...e, summary: "", quotes: [], sources: [], actors: [] }, start),
  );
  const firstRow = rows(page).first();
  await expect(firstRow).toHaveAttribute(
    "data-event-id-row",
    new RegExp(`^(${inTitle.map((e) => e.id).join("|")})$`),
  );
});
