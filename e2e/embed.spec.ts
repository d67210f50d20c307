import AxeBuilder from "@axe-core/playwright";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Route } from "@playwright/test";
import { DATA_SITE, overlaps } from "./support/embed.ts";
import { allowInPolicy } from "./support/policy.ts";
import { chronological, mostFrequent, outletsOf, matchesSearch } from "./support/explorer.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();
const total = doc.events.length;
const events = chronological(doc.events);
const topic = mostFrequent(doc.events, (e) => e.topics);
const withTopic = events.filter((e) => (e.topics as readonly string[]).includes(topic));
const actor = mostFrequent(doc.events, (e) => e.actors.map((a) => a.name));
const outlet = mostFrequent(doc.events, (e) => outletsOf(e, articles));
const [first, second] = events;
if (!first || !second) throw new Error("need two events");
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/dataset");

/**
 * Answers a request for a file of the fixture dataset, which holds the contract documents alone:
 * its index.json is a 404, as a static host answers, and the app indexes the documents itself.
 */
function fulfillFromFixture(route: Route, headers: Record<string, string> = {}) {
  const file = path.join(FIXTURE, path.basename(new URL(route.request().url()).pathname));
  return existsSync(file)
    ? route.fulfill({ path: file, headers })
    : route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found", headers });
}
const fixtureCount = /^\d+ match$/;

const count = (shown: number) => `${shown} match`;

test.describe("embed.html takes the explorer's URL parameters", () => {
  const cases: [string, string, (page: import("@playwright/test").Page) => Promise<void>][] = [
    [
      "topics",
      `topics=${topic}`,
      async (page) =>
        await expect(page.getByTestId("shown-count")).toHaveText(count(withTopic.length)),
    ],
    [
      "actors",
      `actors=${encodeURIComponent(actor)}`,
      async (page) =>
        await expect(page.getByTestId("shown-count")).toHaveText(
          count(events.filter((e) => e.actors.some((a) => a.name === actor)).length),
        ),
    ],
    [
      "outlets",
      `outlets=${encodeURIComponent(outlet)}`,
      async (page) =>
        await expect(page.getByTestId("shown-count")).toHaveText(
          count(events.filter((e) => outletsOf(e, articles).includes(outlet)).length),
        ),
    ],
    [
      "q",
      `q=${encodeURIComponent(first.title.split(" ")[0] ?? "")}`,
      async (page) =>
        await expect(page.getByTestId("shown-count")).toHaveText(
          count(events.filter((e) => matchesSearch(e, first.title.split(" ")[0] ?? "")).length),
        ),
    ],
    [
      "from and to",
      "from=2013-01-01&to=2013-12-31",
      async (page) => {
        await expect(page.getByTestId("visible-range")).toHaveText("1 Jan 2013 – 31 Dec 2013");
        for (const e of events)
          if (overlaps(e, "2013-01-01", "2013-12-31"))
            await expect(page.locator(`[data-event-id="${e.id}"]`)).toHaveCount(1);
      },
    ],
    [
      "lanes",
      "lanes=country",
      async (page) => await expect(page.getByRole("radio", { name: "Country" })).toBeChecked(),
    ],
    [
      "event",
      `event=${second.id}`,
      async (page) =>
        await expect(
          page.getByRole("region", { name: "Event details" }).getByRole("heading", {
            name: second.title,
          }),
        ).toBeVisible(),
    ],
    ["theme", "theme=dark", async (page) => await expect(page.locator("html")).toHaveClass(/dark/)],
    [
      "title",
      "title=Cyber+talks%2C+2013",
      async (page) => {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cyber talks, 2013");
        await expect(page).toHaveTitle("Cyber talks, 2013 · Dialogue Timeline");
      },
    ],
  ];
  for (const [name, query, check] of cases)
    test(name, async ({ page }) => {
      await page.goto(`./embed.html?${query}`);
      await expect(page.getByTestId("shown-count")).toBeVisible({ timeout: 30_000 });
      await check(page);
    });
});

test("the embed has compact chrome and links to the full explorer on the same view", async ({
  page,
}) => {
  const query = `from=2013-01-01&to=2013-12-31&topics=${topic}&event=${second.id}`;
  await page.goto(`./embed.html?${query}&title=Scoped`);
  await expect(page.getByTestId("shown-count")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("search")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Filters" })).toHaveCount(0);
  const link = page.getByRole("link", { name: /Open in the full explorer/ });
  await expect(link).toHaveAttribute("target", "_blank");
  const href = await link.getAttribute("href");
  expect(href).toBe(new URL(`./?${query}`, page.url()).href);

  const [explorer] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await expect(explorer.getByTestId("shown-count")).toHaveText(`${withTopic.length} match`, {
    timeout: 30_000,
  });
  await expect(
    explorer.getByRole("checkbox", {
      name: new RegExp(`^${doc.topics.find((t) => t.id === topic)?.label}`),
    }),
  ).toBeChecked();
  await expect(
    explorer
      .getByRole("region", { name: "Event details" })
      .getByRole("heading", { name: second.title }),
  ).toBeVisible();
});

test("selecting and zooming in an embed never adds to the host page's history", async ({
  page,
}) => {
  await page.goto("./embed.html");
  await expect(page.getByTestId("shown-count")).toBeVisible({ timeout: 30_000 });
  const before = await page.evaluate(() => history.length);
  await page.locator(`[data-event-id="${first.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("radio", { name: "None" }).check();
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test.describe("the data parameter", () => {
  test("loads another dataset from this site", async ({ page }) => {
    await page.route("**/elsewhere/*.json", (route) => fulfillFromFixture(route));
    await page.goto("./embed.html?data=data/elsewhere/");
    await expect(page.getByTestId("shown-count")).toHaveText(fixtureCount, { timeout: 30_000 });
  });

  test("is taken by the explorer too, so the embed's link carries it", async ({ page }) => {
    await page.route("**/elsewhere/*.json", (route) => fulfillFromFixture(route));
    await page.goto("./?data=data/elsewhere/");
    await expect(page.getByTestId("shown-count")).toHaveText(fixtureCount, { timeout: 30_000 });
    await page.goto(`./?data=${encodeURIComponent(`${DATA_SITE}/d/`)}`);
    await expect(page.getByRole("alert")).toContainText(`another site (${DATA_SITE})`);
  });

  test("refuses a dataset on another site, saying why", async ({ page }) => {
    await page.goto(`./embed.html?data=${encodeURIComponent(`${DATA_SITE}/d/`)}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("This dataset was not loaded");
    await expect(alert).toContainText(`another site (${DATA_SITE})`);
    await expect(alert).toContainText("config.json");
    await expect(alert.getByRole("link")).toHaveAttribute("href", new URL("./", page.url()).href);
  });

  test("loads a dataset on another site that the deployment allows", async ({ page }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ json: { dataOrigins: [DATA_SITE], hostOrigins: ["*"] } }),
    );
    await page.route(`${DATA_SITE}/d/*.json`, (route) =>
      fulfillFromFixture(route, { "access-control-allow-origin": "*" }),
    );
    // A deployment that lists the site is built with it in its policy's connect-src.
    await allowInPolicy(page, DATA_SITE);
    await page.goto(`./embed.html?data=${encodeURIComponent(`${DATA_SITE}/d/`)}`);
    await expect(page.getByTestId("shown-count")).toHaveText(fixtureCount, { timeout: 30_000 });
  });
});

test.describe("the data parameter, broken", () => {
  test.use({ consoleProblemsAllowed: true });
  test("a config.json that breaks its rules is named, and the timeline still shows", async ({
    page,
  }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ json: { hostOrigins: ["https://research.example/page"] } }),
    );
    await page.goto("./embed.html");
    await expect(page.getByRole("alert")).toContainText(
      "config.json is not valid: hostOrigins.0: expected",
    );
    await expect(page.getByTestId("shown-count")).toHaveText(count(total), { timeout: 30_000 });
  });

  test("names the file when another dataset breaks the contract", async ({ page }) => {
    await page.route("**/broken/events.json", (route) =>
      route.fulfill({ json: { schemaVersion: 1 } }),
    );
    await page.route("**/broken/articles.json", (route) =>
      route.fulfill({ json: { schemaVersion: 1, articles: [] } }),
    );
    await page.goto("./embed.html?data=data/broken/");
    await expect(page.getByRole("alert")).toContainText("/broken/events.json");
  });
});

for (const theme of ["light", "dark"] as const)
  test(`${theme} theme: the embed and the sample page have no detectable violations`, async ({
    page,
  }) => {
    const axe = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.html).join(" | ")}`,
      );
    await page.goto(`./embed.html?theme=${theme}&event=${second.id}&title=Caption`);
    await expect(page.getByRole("region", { name: "Event details" })).toBeVisible({
      timeout: 30_000,
    });
    expect(await axe()).toEqual([]);
    await page.goto("./examples/research-page.html");
    await expect(
      page.frameLocator("#cyber-timeline iframe").getByTestId("shown-count"),
    ).toBeVisible({
      timeout: 30_000,
    });
    expect(await axe()).toEqual([]);
  });
