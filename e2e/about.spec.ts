import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readArticles, readEvents } from "./support/dataset.ts";
import { FIRST_EVENTS } from "../src/features/about/model/dataset-summary.ts";
import { details, openExplorer } from "./support/explorer.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();
const outlets = new Set(articles.articles.map((a) => a.outlet.trim()).filter(Boolean));
const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
const about = (page: Page) => page.getByRole("dialog", { name: "About the data" });

async function openAbout(page: Page, query = "") {
  await openExplorer(page, query);
  await page.getByRole("banner").getByRole("button", { name: "About the data" }).click();
  await expect(about(page)).toBeVisible();
}

test("the tagline says what the data is, in figures, and promises nothing more", async ({
  page,
}) => {
  await openExplorer(page);
  const tagline = page.getByTestId("tagline");
  await expect(tagline).toContainText(
    `${plural(doc.events.length, "event", "events")} from ` +
      `${plural(articles.articles.length, "news article", "news articles")} ` +
      `(${plural(outlets.size, "outlet", "outlets")})`,
  );
  await expect(tagline).toContainText(
    `${doc.window.start.slice(0, 4)}–${doc.window.end.slice(0, 4)}`,
  );
  await expect(tagline).not.toContainText("every meeting");
});

test("About the data: figures, version, method, every article with its events, citation", async ({
  page,
}, testInfo) => {
  await openAbout(page);
  const dialog = about(page);
  const figures = dialog.getByTestId("dataset-figures");
  await expect(figures).toContainText(`Events${doc.events.length}`);
  await expect(figures).toContainText(`Articles read${articles.articles.length}`);
  await expect(figures).toContainText(`Outlets${outlets.size}`);
  await expect(dialog.getByTestId("dataset-version")).toHaveText(doc.version ?? "unversioned");
  await expect(dialog.getByRole("heading", { name: "How it was made" })).toBeVisible();
  for (const step of ["Read.", "Date.", "Find events.", "Merge."])
    await expect(dialog).toContainText(step);

  const list = dialog.getByRole("list", { name: "Articles" });
  let expandedOne = false;
  await expect(list.locator(":scope > li")).toHaveCount(articles.articles.length);
  for (const article of articles.articles) {
    const item = list.locator(`[data-article-id="${article.id}"]`);
    if (article.outlet) await expect(item).toContainText(article.outlet);
    await expect(item).toContainText(article.file);
    if (article.url)
      await expect(item.getByRole("link", { name: article.title || article.file })).toHaveAttribute(
        "href",
        article.url,
      );
    else await expect(item).toContainText("no address known");
    // Its events, counted here from events.json: the first few listed, all of them on asking.
    const reported = doc.events.filter((e) => e.sources.some((s) => s.articleId === article.id));
    const events = item.getByRole("list", { name: `Events it reports (${reported.length})` });
    if (reported.length === 0) continue;
    const titles = new Set(reported.map((e) => e.title));
    await expect(events.getByRole("button")).toHaveCount(Math.min(reported.length, FIRST_EVENTS));
    for (const name of await events.getByRole("button").allTextContents())
      expect(titles.has(name)).toBe(true);
    if (reported.length <= FIRST_EVENTS) continue;
    const more = item.getByRole("button", { name: `Show all ${reported.length} events` });
    if (expandedOne) {
      await expect(more).toHaveAttribute("aria-expanded", "false");
      continue;
    }
    await more.click();
    await expect(events.getByRole("button")).toHaveCount(reported.length);
    for (const event of reported)
      await expect(events.getByRole("button", { name: event.title, exact: true })).toBeVisible();
    expandedOne = true;
  }

  await expect(dialog.getByTestId("dataset-citation")).toContainText(
    doc.version ? `version ${doc.version}` : "unversioned",
  );
  await expect(dialog.getByRole("heading", { name: "How to add articles" })).toBeVisible();
  await expect(dialog).toContainText("npm run data");
  await attachScreenshot(page, testInfo, "about-the-data");
});

test("an event in the corpus list opens it on the timeline", async ({ page }) => {
  const event = doc.events[0];
  if (!event) throw new Error("no events");
  await openAbout(page);
  await about(page).getByRole("button", { name: event.title, exact: true }).first().click();
  await expect(about(page)).toHaveCount(0);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(event.title);
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
});

for (const theme of ["light", "dark"] as const)
  test(`${theme} theme: About the data has no detectable violations`, async ({ page }) => {
    await openAbout(page, `?theme=${theme}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html)}`)).toEqual([]);
  });
