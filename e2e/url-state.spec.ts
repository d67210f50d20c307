import {
  chronological,
  details,
  facet,
  mark,
  marks,
  mostFrequent,
  openExplorer,
  row,
  search,
  shownCount,
  topicBox,
} from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;
const [first, second] = chronological(doc.events);
if (!first || !second) throw new Error("need two events");
const actor = mostFrequent(doc.events, (e) => e.actors.map((a) => a.name));
const topic = doc.topics[0]?.id ?? "cyber";

const param = async (page: import("@playwright/test").Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

test("a shared URL restores filters, search, selection and theme exactly", async ({ page }) => {
  const q = first.title.split(" ")[0] ?? "";
  const url =
    `?topics=${topic}&actors=${encodeURIComponent(actor)}&q=${encodeURIComponent(q)}` +
    `&event=${first.id}&theme=dark&lanes=none`;
  await openExplorer(page, url);
  await expect(topicBox(page, topic)).toBeChecked();
  for (const t of doc.topics.slice(1)) await expect(topicBox(page, t.id)).not.toBeChecked();
  await expect(facet(page, "Actors").getByRole("checkbox", { name: `${actor} (` })).toBeChecked();
  await expect(search(page)).toHaveValue(q);
  await expect(details(page).getByRole("heading", { name: first.title })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("radio", { name: "None" })).toBeChecked();
});

test("selection and filter changes push history; back and forward step through views", async ({
  page,
}) => {
  await openExplorer(page);
  await mark(page, first.id).click();
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
  await mark(page, second.id).click();
  await topicBox(page, topic).uncheck();
  await expect(page).toHaveURL(/topics=/);

  await page.goBack();
  await expect(topicBox(page, topic)).toBeChecked();
  await expect(details(page).getByRole("heading", { name: second.title })).toBeVisible();
  await page.goBack();
  await expect(details(page).getByRole("heading", { name: first.title })).toBeVisible();
  await expect(row(page, first.id)).toHaveAttribute("aria-selected", "true");
  await page.goBack();
  await expect(details(page)).toContainText("Select an event");
  await page.goForward();
  await expect(details(page).getByRole("heading", { name: first.title })).toBeVisible();
});

test("typing a search replaces the entry instead of adding one per keystroke", async ({ page }) => {
  await openExplorer(page);
  await mark(page, first.id).click();
  await search(page).pressSequentially("talks");
  await expect.poll(() => param(page, "q")).toBe("talks");
  await page.goBack();
  // One step back leaves the page that existed before the selection, not "talk".
  await expect(details(page)).toContainText("Select an event");
  expect(await page.evaluate(() => location.search)).toBe("");
});

test("zoom writes the visible range to the URL, and from/to restore it", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => param(page, "from")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const from = await param(page, "from");
  const to = await param(page, "to");
  expect(from && to && from < to).toBe(true);

  await openExplorer(page, "?from=2012-01-01&to=2012-12-31");
  await expect(page.getByRole("button", { name: "Fit all" })).toBeEnabled();
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect(page.getByRole("button", { name: "Fit all" })).toBeDisabled();
});

test("switching lanes writes lanes= and the link restores it", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("radio", { name: "Country" }).check();
  await expect.poll(() => param(page, "lanes")).toBe("country");
  await page.reload();
  await expect(page.getByRole("radio", { name: "Country" })).toBeChecked();
});

for (const [name, query] of [
  [
    "malformed values",
    "?from=yesterday&to=2012-13-45&topics=%%%&lanes=diagonal&theme=sepia&q=%E0%A4%A",
  ],
  ["unknown ids", "?topics=made-up&actors=Nobody&outlets=Nowhere&event=evt-does-not-exist"],
  ["a backwards range", "?from=2013-01-01&to=2010-01-01"],
] as const) {
  test(`${name} are ignored: the default view, no crash`, async ({ page }) => {
    await openExplorer(page, query);
    await expect(shownCount(page)).toHaveText(`${total} match`);
    await expect(marks(page)).toHaveCount(total);
    await expect(details(page)).toContainText("Select an event");
    await expect(page.getByRole("button", { name: "Fit all" })).toBeDisabled();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });
}

test("the URL carries nothing for the default view", async ({ page }) => {
  await openExplorer(page);
  await topicBox(page, topic).uncheck();
  await topicBox(page, topic).check();
  expect(await page.evaluate(() => location.search)).toBe("");
});
