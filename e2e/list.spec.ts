import {
  chronological,
  details,
  list,
  mark,
  openExplorer,
  row,
  rows,
  topicBox,
} from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const ordered = chronological(doc.events);

test("lists the events in date order, each row named by its title", async ({ page }) => {
  await openExplorer(page);
  await expect(rows(page).first()).toHaveAttribute("aria-setsize", String(ordered.length));
  const rendered = await rows(page).count();
  for (const [i, event] of ordered.slice(0, rendered).entries()) {
    const option = rows(page).nth(i);
    await expect(option).toHaveAttribute("aria-posinset", String(i + 1));
    await expect(option).toHaveAccessibleName(new RegExp(escape(event.title)));
  }
});

test("selecting a row selects the mark, and a mark selects its row", async ({ page }) => {
  const [a, b] = ordered;
  if (!a || !b) throw new Error("need two events");
  await openExplorer(page);
  await row(page, a.id).click();
  await expect(mark(page, a.id)).toHaveAttribute("aria-pressed", "true");
  await expect(details(page).getByRole("heading", { name: a.title })).toBeVisible();
  await mark(page, b.id).click();
  await expect(row(page, b.id)).toHaveAttribute("aria-selected", "true");
  await expect(row(page, a.id)).toHaveAttribute("aria-selected", "false");
});

test("the keyboard walks the list: arrows, Home and End", async ({ page }) => {
  const [a, b] = ordered;
  const last = ordered.at(-1);
  if (!a || !b || !last) throw new Error("need two events");
  await openExplorer(page);
  await list(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(row(page, a.id)).toHaveAttribute("aria-selected", "true");
  await expect(list(page)).toHaveAttribute("aria-activedescendant", `list-row-${a.id}`);
  await page.keyboard.press("ArrowDown");
  await expect(details(page).getByRole("heading", { name: b.title })).toBeVisible();
  await page.keyboard.press("End");
  await expect(mark(page, last.id)).toHaveAttribute("aria-pressed", "true");
  await expect(row(page, last.id)).toBeInViewport();
  await page.keyboard.press("Home");
  await expect(row(page, a.id)).toHaveAttribute("aria-selected", "true");
});

test("filtered-out events leave the list too", async ({ page }) => {
  const topic = doc.topics[0]?.id ?? "cyber";
  const listed = new Set<string>(doc.topics.map((t) => t.id));
  const gone = doc.events.filter((e) => {
    const own = e.topics.filter((t) => listed.has(t));
    return own.length > 0 && own.every((t) => t === topic);
  });
  await openExplorer(page);
  await topicBox(page, topic).uncheck();
  await expect(rows(page).first()).toHaveAttribute(
    "aria-setsize",
    String(doc.events.length - gone.length),
  );
  for (const event of gone) await expect(row(page, event.id)).toHaveCount(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
