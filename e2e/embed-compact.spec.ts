import type { TimelineEvent } from "../src/dataset/index.ts";
import { readEvents } from "./support/dataset.ts";
import { overlaps } from "./support/embed.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;
/** The event with the most evidence: the longest card, the hardest case for a small frame. */
const rich = [...doc.events].sort(
  (a, b) =>
    b.sources.reduce((n, s) => n + s.evidence.length, 0) -
    a.sources.reduce((n, s) => n + s.evidence.length, 0),
)[0] as TimelineEvent;

test.describe("an embed 400 px wide", () => {
  test.use({ viewport: { width: 400, height: 600 } });

  for (const theme of ["light", "dark"] as const)
    test(`${theme}: the selected event is a card near the top, its evidence first and scrollable`, async ({
      page,
    }, testInfo) => {
      await page.goto(`./embed.html?event=${rich.id}&theme=${theme}`);
      const card = page.getByRole("region", { name: "Event details" });
      await expect(card.getByRole("heading", { level: 2 })).toHaveText(rich.title, {
        timeout: 30_000,
      });
      // The whole embed is a screen and a half, not thousands of pixels.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(1000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        400,
      );
      // The first sentence of evidence comes straight after the title, inside the card.
      const evidence = card.locator("blockquote");
      const first = rich.sources[0]?.evidence[0]?.text ?? "";
      await expect(evidence.first()).toHaveText(first);
      const cardBox = await card.boundingBox();
      const firstBox = await evidence.first().boundingBox();
      if (!cardBox || !firstBox) throw new Error("not laid out");
      expect(firstBox.y).toBeLessThan(cardBox.y + cardBox.height);
      // The rest is reached by scrolling the card, not the page.
      const last = evidence.last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
      await testInfo.attach(`embed-400-${theme}`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    });

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
