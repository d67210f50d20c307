import { readEvents } from "./support/dataset.ts";
import { overlaps } from "./support/embed.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;

test.describe("an embed 400 px wide", () => {
  test.use({ viewport: { width: 400, height: 600 } });

  test("a key explains the marks as well as the topics", async ({ page }) => {
    await page.goto("./embed.html");
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend).toBeVisible({ timeout: 30_000 });
    for (const entry of [
      "Day",
      "Several days",
      "Month or year only",
      "Planned",
      "Several outlets",
      "Low confidence",
      "More: zoom in",
    ])
      await expect(legend.getByRole("listitem").filter({ hasText: entry }).first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Topics" })).toBeVisible();
  });
});

test("the count says how many are in view when the range shows fewer than match", async ({
  page,
}) => {
  const event = doc.events.find((e) => e.date.precision === "day") ?? doc.events[0];
  if (!event) throw new Error("no events");
  const month = event.date.value.slice(0, 7);
  const from = `${month}-01`;
  const to = `${month}-28`;
  const inView = doc.events.filter((e) => overlaps(e, from, to)).length;
  expect(inView).toBeLessThan(total);
  await page.goto(`./embed.html?from=${from}&to=${to}`);
  await expect(page.getByTestId("shown-count")).toHaveText(`${total} match`, {
    timeout: 30_000,
  });
  await expect(page.getByTestId("view-count")).toHaveText(
    `${inView} in view · ${total} match · ${total} in dataset`,
  );
  await page.getByRole("button", { name: "Fit all" }).click();
  await expect(page.getByTestId("view-count")).toHaveText(
    `${total} in view · ${total} match · ${total} in dataset`,
  );
});
