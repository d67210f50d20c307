import { marks, openExplorer, rows, search, shownCount } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const total = readEvents().events.length;

test("nothing matching says so, and Clear filters brings everything back", async ({ page }) => {
  await openExplorer(page);
  await search(page).fill("qqqzzzxxx-no-such-words");
  const empty = page.getByTestId("no-matches");
  await expect(empty).toContainText("No events match these filters");
  await expect(marks(page)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(0);
  await empty.getByRole("button", { name: "Clear filters" }).click();
  await expect(shownCount(page)).toHaveText(`${total} of ${total} events`);
  await expect(marks(page)).toHaveCount(total);
  await expect(empty).toHaveCount(0);
});

test("a link with every topic off opens on the empty state, not a blank page", async ({ page }) => {
  await openExplorer(page, "?topics=");
  await expect(page.getByTestId("no-matches")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(marks(page)).toHaveCount(total);
  await expect(page).not.toHaveURL(/topics=/);
});
