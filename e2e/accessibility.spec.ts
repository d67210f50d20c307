import AxeBuilder from "@axe-core/playwright";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();

test("has no detectable accessibility violations, with an event selected", async ({ page }) => {
  await page.goto("./");
  const first = doc.events[0];
  if (!first) throw new Error("events.json has no events");
  await page.locator(`[data-event-id="${first.id}"]`).click();
  await expect(page.getByRole("region", { name: "Event details" })).toContainText(first.title);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
