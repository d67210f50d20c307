import type { TimelineEvent } from "../src/dataset/index.ts";
import {
  chronological,
  details,
  mark,
  openExplorer,
  readableDate,
  topicBox,
} from "./support/explorer.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();
const articleById = new Map(articles.articles.map((a) => [a.id, a]));
const labelOf = new Map(doc.topics.map((t) => [t.id, t.label]));

/** The richest event: most quotes, then most sources; its details exercise every section. */
const rich: TimelineEvent = [...doc.events].sort(
  (a, b) => b.quotes.length - a.quotes.length || b.sources.length - a.sources.length,
)[0] as TimelineEvent;

test("shows everything the dataset says about an event, and every source", async ({ page }) => {
  await openExplorer(page, `?event=${rich.id}`);
  const panel = details(page);
  await expect(panel.getByRole("heading", { name: rich.title })).toBeVisible();
  const date = readableDate(rich);
  if (date) await expect(panel.getByTestId("event-date")).toHaveText(date);
  await expect(panel).toContainText(rich.type.label);
  if (rich.summary) await expect(panel).toContainText(rich.summary);
  for (const actor of rich.actors) {
    await expect(panel).toContainText(actor.name);
    if (actor.role) await expect(panel).toContainText(actor.role);
    if (actor.country) await expect(panel).toContainText(actor.country);
  }
  if (rich.location) await expect(panel).toContainText(rich.location.name);
  for (const t of rich.topics) await expect(panel).toContainText(labelOf.get(t) ?? t);
  // The first quotes at once; all of them, in order, on request.
  const quoteList = panel.getByRole("list", { name: "Quotes" });
  const quotes = quoteList.locator("blockquote");
  await expect(quotes).toHaveCount(Math.min(rich.quotes.length, 3));
  if (rich.quotes.length > 3)
    await panel.getByRole("button", { name: `Show all ${rich.quotes.length} quotes` }).click();
  await expect(quotes).toHaveCount(rich.quotes.length);
  for (const [i, quote] of rich.quotes.entries()) {
    await expect(quotes.nth(i)).toHaveText(`“${quote.text}”`);
    await expect(quoteList.locator("figure").nth(i)).toContainText(quote.speaker);
  }
  const sources = panel.getByTestId("source");
  await expect(sources).toHaveCount(rich.sources.length);
  for (const [i, source] of rich.sources.entries()) {
    const article = articleById.get(source.articleId);
    const item = sources.nth(i);
    if (article?.outlet) await expect(item).toContainText(article.outlet);
    if (article?.title) await expect(item).toContainText(article.title);
    if (article?.url)
      await expect(item.getByRole("link", { name: article.title })).toHaveAttribute(
        "href",
        article.url,
      );
    else await expect(item.getByRole("link")).toHaveCount(0);
    for (const span of source.evidence) await expect(item).toContainText(span.text);
  }
});

test("dates read as a person writes them", async ({ page }) => {
  const byPrecision = ["day", "month", "year"]
    .map((p) => doc.events.find((e) => e.date.precision === p && !e.date.end))
    .filter((e): e is TimelineEvent => e !== undefined);
  expect(byPrecision.length).toBeGreaterThan(0);
  for (const event of byPrecision) {
    await openExplorer(page, `?event=${event.id}`);
    await expect(details(page).getByTestId("event-date")).toHaveText(readableDate(event));
  }
});

test("Show in article opens the text with the evidence highlighted and in view", async ({
  page,
}, testInfo) => {
  const source = rich.sources.at(-1);
  const span = source?.evidence.at(-1);
  if (!source || !span) throw new Error("the richest event has no evidence");
  const article = articleById.get(source.articleId);
  await openExplorer(page, `?event=${rich.id}`);
  const item = details(page)
    .getByTestId("source")
    .nth(rich.sources.length - 1);
  const opener = item.getByRole("button", { name: "Show in article" }).last();
  await opener.click();

  const dialog = page.getByRole("dialog", { name: article?.title || article?.file });
  await expect(dialog).toBeVisible();
  const focused = dialog.locator('mark[data-evidence="focus"]');
  await expect(focused).toHaveText(span.text);
  await expect(focused).toBeInViewport();
  await expect(dialog.locator("mark")).toHaveCount(source.evidence.length);
  // The highlight sits at the span's offsets in the cleaned text.
  const before = await dialog.getByTestId("article-text").evaluate(
    (node, mark) => {
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    },
    await focused.elementHandle(),
  );
  expect(before).toBe(span.start);
  await attachScreenshot(page, testInfo, "article-view");

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test("Previous and Next follow the filtered chronology", async ({ page }) => {
  // Turn off one topic; the buttons must skip the events that leaves out.
  const topic = doc.topics[0]?.id ?? "cyber";
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  const shown = chronological(
    doc.events.filter((e) => {
      const own = e.topics.filter((t) => listed.has(t));
      return own.length === 0 || own.some((t) => t !== topic);
    }),
  );
  const start = shown[0];
  if (!start) throw new Error("nothing left with one topic off");
  await openExplorer(page);
  await topicBox(page, topic).uncheck();
  await mark(page, start.id).click();
  const panel = details(page);
  await expect(panel.getByRole("button", { name: "Previous event" })).toBeDisabled();
  for (const event of shown.slice(1)) {
    await panel.getByRole("button", { name: "Next event" }).click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(event.title);
    await expect(mark(page, event.id)).toHaveAttribute("aria-pressed", "true");
  }
  await expect(panel.getByRole("button", { name: "Next event" })).toBeDisabled();
  for (const event of shown.slice(0, -1).reverse()) {
    await panel.getByRole("button", { name: "Previous event" }).click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(event.title);
  }
});

test("Close details clears the selection", async ({ page }) => {
  await openExplorer(page, `?event=${rich.id}`);
  await details(page).getByRole("button", { name: "Close details" }).click();
  await expect(details(page)).toContainText("Select an event");
  await expect(page).not.toHaveURL(/event=/);
});
