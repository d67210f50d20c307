import type { Page } from "@playwright/test";
import { readEvents, readRawDocument } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

// These tests break the data on purpose; a failed request is logged by the browser itself.
test.use({ consoleProblemsAllowed: true });

const total = readEvents().events.length;
const alert = (page: Page) => page.getByRole("alert");

test("invalid JSON names the file, and Retry recovers once it is fixed", async ({ page }) => {
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"schemaVersion": 1,' }),
  );
  await page.goto("./");
  await expect(alert(page)).toContainText("could not be loaded");
  await expect(alert(page)).toContainText("events.json: is not valid JSON");
  await expect(page.locator("[data-event-id]")).toHaveCount(0);

  await page.unroute("**/data/events.json");
  await alert(page).getByRole("button", { name: "Retry" }).click();
  await expect(alert(page)).toHaveCount(0);
  await expect(page.locator("[data-event-id]")).toHaveCount(total);
});

test("a document that breaks the contract names the field", async ({ page }) => {
  const broken = structuredClone(readRawDocument("events.json")) as {
    events: { date: { value: string } }[];
  };
  const first = broken.events[0];
  if (!first) throw new Error("events.json has no events");
  first.date.value = "June 2012";
  await page.route("**/data/events.json", (route) => route.fulfill({ json: broken }));
  await page.goto("./");
  await expect(alert(page)).toContainText("events.json");
  await expect(alert(page)).toContainText("does not match the data contract");
  await expect(alert(page)).toContainText("events.0.date.value");
  await expect(alert(page).getByRole("button", { name: "Retry" })).toBeEnabled();
});

test("a missing articles.json is reported with the HTTP status", async ({ page }) => {
  await page.route("**/data/articles.json", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );
  await page.goto("./");
  await expect(alert(page)).toContainText("articles.json: the server answered 404");
  await expect(alert(page)).not.toContainText("events.json");
});

test("shows a loading state until the data arrives", async ({ page }) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/events.json", async (route) => {
    await gate;
    await route.fallback();
  });
  await page.goto("./");
  await expect(
    page.getByRole("status").filter({ hasText: "Loading the event dataset" }),
  ).toBeVisible();
  release();
  await expect(page.locator("[data-event-id]")).toHaveCount(total);
});
