import { marks, openExplorer, rows, search, shownCount, topicBox } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;

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
  await expect(shownCount(page)).toHaveText(`${total} of ${total} events`);
  await expect(search(page)).toHaveValue("");
  await expect(marks(page)).toHaveCount(total);
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

test("a link with every topic off opens on the empty state, not a blank page", async ({ page }) => {
  await openExplorer(page, "?topics=");
  await expect(page.getByTestId("no-matches")).toContainText("No events match these filters.");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(marks(page)).toHaveCount(total);
  await expect(page).not.toHaveURL(/topics=/);
});
