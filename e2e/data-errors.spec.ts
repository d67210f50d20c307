import type { Page } from "@playwright/test";
import { readEvents, readRawDocument } from "./support/dataset.ts";
import { details, openExplorer } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

// These tests break the data on purpose; a failed request is logged by the browser itself.
test.use({ consoleProblemsAllowed: true });

const total = readEvents().events.length;
const alert = (page: Page) => page.getByRole("alert");

/** A dataset published with the contract documents alone: its index.json is missing. */
const withoutIndex = (page: Page) =>
  page.route("**/data/index.json", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );

test("invalid JSON names the file, and Retry recovers once it is fixed", async ({ page }) => {
  await page.route("**/data/index.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"format": "dia' }),
  );
  await page.goto("./");
  await expect(alert(page)).toContainText("could not be loaded");
  await expect(alert(page)).toContainText("index.json: is not valid JSON");
  await expect(page.locator("[data-event-id]")).toHaveCount(0);

  await page.unroute("**/data/index.json");
  await alert(page).getByRole("button", { name: "Retry" }).click();
  await expect(alert(page)).toHaveCount(0);
  await expect(page.locator("[data-event-id]")).toHaveCount(total);
});

test("an index that breaks its format names the file and the field", async ({ page }) => {
  const broken = structuredClone(readRawDocument("index.json")) as {
    events: { start: unknown[] };
  };
  broken.events.start[0] = "June 2012";
  await page.route("**/data/index.json", (route) => route.fulfill({ json: broken }));
  await page.goto("./");
  await expect(alert(page)).toContainText("index.json is not a valid timeline index");
  await expect(alert(page)).toContainText("events.start.0");
  await expect(alert(page).getByRole("button", { name: "Retry" })).toBeEnabled();
});

test("a document that breaks the contract names the field", async ({ page }) => {
  const broken = structuredClone(readRawDocument("events.json")) as {
    events: { date: { value: string } }[];
  };
  const first = broken.events[0];
  if (!first) throw new Error("events.json has no events");
  first.date.value = "June 2012";
  await withoutIndex(page);
  await page.route("**/data/events.json", (route) => route.fulfill({ json: broken }));
  await page.goto("./");
  await expect(alert(page)).toContainText("events.json");
  await expect(alert(page)).toContainText("does not match the data contract");
  await expect(alert(page)).toContainText("events.0.date.value");
  await expect(alert(page).getByRole("button", { name: "Retry" })).toBeEnabled();
});

test("a missing articles.json is reported with the HTTP status", async ({ page }) => {
  await withoutIndex(page);
  await page.route("**/data/articles.json", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );
  await page.goto("./");
  await expect(alert(page)).toContainText("articles.json: the server answered 404");
  await expect(alert(page)).not.toContainText("events.json");
});

test("a missing details chunk is named in the details, and Retry recovers", async ({ page }) => {
  // An event of the first chunk (the first thousand of events.json) that has a summary.
  const event = readEvents()
    .events.slice(0, 1000)
    .find((e) => e.summary);
  if (!event) throw new Error("no event with a summary in the first chunk");
  await page.route("**/data/details/events-000.json", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );
  await openExplorer(page, `?event=${event.id}`);
  const panel = details(page);
  await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
  await expect(panel.getByRole("alert")).toContainText(
    "details/events-000.json: the server answered 404",
  );
  await page.unroute("**/data/details/events-000.json");
  await panel.getByRole("button", { name: "Retry" }).click();
  await expect(panel.getByRole("alert")).toHaveCount(0);
  await expect(panel.getByText(event.summary).first()).toBeVisible();
});

test("shows a loading state until the data arrives", async ({ page }) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/index.json", async (route) => {
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

test("a dataset worker that cannot load says so instead of loading for ever", async ({ page }) => {
  await page.route("**/dataset.worker-*.js", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
  );
  await page.goto("./");
  await expect(alert(page)).toContainText("dataset worker stopped or could not start");
  await expect(page.getByText("Loading the event dataset")).toHaveCount(0);
});
