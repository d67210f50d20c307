import type { FrameLocator, Page } from "@playwright/test";
import { contentHeight, embedLoaded, frameHeight, overlaps } from "./support/embed.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const cyber = doc.events.filter((e) => e.topics.includes("cyber"));
const military = doc.events.filter((e) => e.topics.includes("military-to-military"));
const cyberIn2013 = cyber.filter((e) => overlaps(e, "2013-01-01", "2013-12-31"));
const militaryIn2010to2012 = military.filter((e) => overlaps(e, "2010-01-01", "2012-12-31"));

const PAGE = "./examples/research-page.html";
const cyberFrame = (page: Page) => page.frameLocator("#cyber-timeline iframe");
const militaryFrame = (page: Page) => page.frameLocator("#military-timeline iframe");

/** The marks a frame draws, by event id. */
async function drawnIds(frame: FrameLocator): Promise<string[]> {
  const ids = await frame
    .locator("[data-event-id]")
    .evaluateAll((marks) => marks.map((m) => m.getAttribute("data-event-id") ?? ""));
  return [...new Set(ids)].sort();
}

test.skip(
  cyberIn2013.length === 0 || militaryIn2010to2012.length === 0,
  "dataset lacks the scopes",
);

test("each embed shows its own scope of events", async ({ page }) => {
  await page.goto(PAGE);
  const first = cyberFrame(page);
  await embedLoaded(first);
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Cyber security in 2013");
  await expect(first.getByTestId("shown-count")).toHaveText(`${cyber.length} match`);
  await expect(first.getByTestId("visible-range")).toHaveText("1 Jan 2013 – 31 Dec 2013");
  await expect.poll(() => drawnIds(first)).toEqual(cyberIn2013.map((e) => e.id).sort());

  await page.getByRole("tab", { name: "Timeline" }).click();
  const second = militaryFrame(page);
  await embedLoaded(second);
  await expect(second.getByTestId("shown-count")).toHaveText(`${military.length} match`);
  await expect(second.getByTestId("visible-range")).toHaveText("1 Jan 2010 – 31 Dec 2012");
  await expect(second.getByRole("radio", { name: "Country" })).toBeChecked();
  await expect.poll(() => drawnIds(second)).toEqual(militaryIn2010to2012.map((e) => e.id).sort());
});

test("each embed is as tall as its content, including one that starts in a closed tab", async ({
  page,
}) => {
  await page.goto(PAGE);
  const first = cyberFrame(page);
  await embedLoaded(first);
  await expect.poll(() => frameHeight(page, "cyber-timeline")).toBe(await contentHeight(first));

  // The second frame loads while its tab is closed (display: none, no width to lay out in).
  await expect(page.locator("#military-timeline iframe")).toBeHidden();
  await page.getByRole("tab", { name: "Timeline" }).click();
  const second = militaryFrame(page);
  await embedLoaded(second);
  await expect.poll(() => frameHeight(page, "military-timeline")).toBe(await contentHeight(second));
  // Nothing inside scrolls: the frame shows the whole embed.
  const scrolls = await second.locator("html").evaluate((h) => h.scrollHeight > h.clientHeight);
  expect(scrolls).toBe(false);
});

test("the page's buttons set the embed's view, and the embed tells the page what was selected", async ({
  page,
}) => {
  await page.goto(PAGE);
  const frame = cyberFrame(page);
  await embedLoaded(frame);
  await page.getByRole("button", { name: "Zoom to the June 2013 summit" }).click();
  await expect(frame.getByTestId("visible-range")).toHaveText("25 May 2013 – 20 Jun 2013");

  const event = cyberIn2013[0];
  if (!event) throw new Error("no cyber event in 2013");
  await page.getByRole("button", { name: "Back to the whole of 2013" }).click();
  await expect(frame.getByTestId("visible-range")).toHaveText("1 Jan 2013 – 31 Dec 2013");
  await frame.locator(`[data-event-id="${event.id}"]`).first().click();
  await expect(page.locator("#cyber-selection")).toHaveText(
    `Selected: ${event.title} (${event.date.value}).`,
  );
  // The page grows the frame for the details that selecting opened.
  await expect.poll(() => frameHeight(page, "cyber-timeline")).toBe(await contentHeight(frame));
});

test("the built site works under any base path", async ({ page, baseURL }) => {
  // A static host that serves the build from /research/tools/timeline/ instead of the root.
  const root = new URL("/", baseURL).href;
  const base = new URL("/research/tools/timeline/", baseURL).href;
  await page.route(`${base}**`, async (route) => {
    const url = route.request().url().replace(base, root);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await page.goto(`${base}examples/research-page.html`);
  const frame = cyberFrame(page);
  await embedLoaded(frame);
  expect(await page.locator("#cyber-timeline iframe").getAttribute("src")).toMatch(
    new RegExp(`^${base}embed\\.html\\?`),
  );
  await expect.poll(() => frameHeight(page, "cyber-timeline")).toBe(await contentHeight(frame));
  const link = frame.getByRole("link", { name: /Open in the full explorer/ });
  expect(await link.getAttribute("href")).toMatch(new RegExp(`^${base}\\?`));
});
