import type { Page } from "@playwright/test";
import {
  contentHeight,
  embedLoaded,
  heard,
  heardOfType,
  message,
  openHostPage,
  otherSite,
  postToEmbed,
} from "./support/embed.ts";
import { chronological, mostFrequent } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const total = doc.events.length;
const events = chronological(doc.events);
const topic = mostFrequent(doc.events, (e) => e.topics);
const withTopic = events.filter((e) => (e.topics as readonly string[]).includes(topic));
const [first, second] = events;
if (!first || !second) throw new Error("need two events");

/** The embed URL on the app's own origin, for a host page on another origin. */
const embedAt = (page: Page, query = "") => new URL(`./embed.html${query}`, page.url()).href;

async function hostWithEmbed(page: Page, query = "") {
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto("./config.json"); // learn the app's URL, then leave for the host page
  const src = embedAt(page, query);
  const frame = await openHostPage(page, src);
  await embedLoaded(frame);
  return { frame, origin: new URL(src).origin };
}

test("the embed says it is ready, with its view and counts", async ({ page }) => {
  const { origin } = await hostWithEmbed(page, `?topics=${topic}&lanes=none`);
  await expect.poll(async () => (await heardOfType(page, "ready")).length).toBe(1);
  const [ready] = await heardOfType(page, "ready");
  expect(ready?.origin).toBe(origin);
  expect(ready?.data).toEqual({
    namespace: "dialogue-timeline",
    version: 1,
    type: "ready",
    view: { topics: [topic], lanes: "none" },
    shown: withTopic.length,
    total,
    dataset: "bundled",
  });
});

test("the embed reports its content height in AMP's embed-size message, whenever it changes", async ({
  page,
}) => {
  const { frame } = await hostWithEmbed(page);
  const sizes = async () =>
    (await heard(page))
      .filter((m) => m.data.sentinel === "amp" && m.data.type === "embed-size")
      .map((m) => m.data.height as number);
  await expect.poll(async () => (await sizes()).at(-1)).toBe(await contentHeight(frame));
  // The embed fills its frame: selecting an event puts the card inside it, not below it.
  await frame.locator(`[data-event-id="${first.id}"]`).first().click();
  await expect(frame.getByRole("region", { name: "Event details" })).toBeVisible();
  expect(await contentHeight(frame)).toBe(300);

  // A taller frame: the embed fills it and says so without being asked.
  await page.locator("#embed").evaluate((f) => ((f as HTMLElement).style.height = "420px"));
  await expect.poll(async () => (await sizes()).at(-1)).toBe(420);
  // Below 300 px it asks for 300, the least it needs.
  await page.locator("#embed").evaluate((f) => ((f as HTMLElement).style.height = "200px"));
  await expect.poll(async () => (await sizes()).at(-1)).toBe(300);
  expect(await contentHeight(frame)).toBe(300);
});

test("request-size is answered with the current height", async ({ page }) => {
  const { frame } = await hostWithEmbed(page);
  await expect.poll(async () => (await heard(page)).length).toBeGreaterThan(1);
  const count = (await heard(page)).length;
  await postToEmbed(page, message("request-size"));
  await expect.poll(async () => (await heard(page)).length).toBe(count + 1);
  expect((await heard(page)).at(-1)?.data).toEqual({
    sentinel: "amp",
    type: "embed-size",
    height: await contentHeight(frame),
  });
});

test("the host sets the view: filters, range, lanes and the selected event", async ({ page }) => {
  const { frame } = await hostWithEmbed(page);
  await postToEmbed(
    page,
    message("set-view", {
      view: {
        topics: [topic],
        from: "2013-01-01",
        to: "2013-12-31",
        lanes: "country",
        event: second.id,
      },
    }),
  );
  await expect(frame.getByTestId("shown-count")).toHaveText(`${withTopic.length} match`);
  await expect(frame.getByTestId("visible-range")).toHaveText("1 Jan 2013 – 31 Dec 2013");
  await expect(frame.getByRole("radio", { name: "Country" })).toBeChecked();
  await expect(
    frame
      .getByRole("region", { name: "Event details" })
      .getByRole("heading", { name: second.title }),
  ).toBeVisible();

  // null puts a part of the view back to its default.
  await postToEmbed(
    page,
    message("set-view", { view: { topics: null, event: null, from: null, to: null } }),
  );
  await expect(frame.getByTestId("shown-count")).toHaveText(`${total} match`);
  await expect(frame.getByRole("region", { name: "Event details" })).toHaveCount(0);
});

test("the host sets the search, actors, outlets, theme and caption", async ({ page }) => {
  const { frame } = await hostWithEmbed(page);
  await postToEmbed(
    page,
    message("set-view", {
      view: { q: "no such words anywhere", theme: "dark", title: "Set by the host" },
    }),
  );
  await expect(frame.getByTestId("shown-count")).toHaveText(`0 match`);
  await expect(frame.locator("html")).toHaveClass(/dark/);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Set by the host");
  await postToEmbed(
    page,
    message("set-view", { view: { q: null, actors: ["Nobody At All"], outlets: [] } }),
  );
  // An unknown actor selects nothing rather than emptying the view, as in a link.
  await expect(frame.getByTestId("shown-count")).toHaveText(`${total} match`);
});

test("the host turns step-through on and off", async ({ page }) => {
  const { frame } = await hostWithEmbed(page);
  const bar = frame.getByRole("navigation", { name: "Step through the events" });
  await expect(bar).toHaveCount(0);
  await postToEmbed(page, message("set-view", { view: { mode: "story" } }));
  await expect(bar).toBeVisible();
  await postToEmbed(page, message("set-view", { view: { mode: null } }));
  await expect(bar).toHaveCount(0);
});

test("the embed reports every change of selection, whoever made it", async ({ page }) => {
  const { frame, origin } = await hostWithEmbed(page);
  await frame.locator(`[data-event-id="${first.id}"]`).first().click();
  await expect.poll(async () => (await heardOfType(page, "select")).length).toBe(1);
  const [picked] = await heardOfType(page, "select");
  expect(picked?.origin).toBe(origin);
  expect(picked?.data.event).toEqual({
    id: first.id,
    title: first.title,
    date: first.date.value,
    url: `${origin}/?event=${first.id}`,
  });

  await postToEmbed(page, message("set-view", { view: { event: second.id } }));
  await expect.poll(async () => (await heardOfType(page, "select")).length).toBe(2);
  expect((await heardOfType(page, "select"))[1]?.data.event).toMatchObject({ id: second.id });

  await frame.getByRole("button", { name: "Close details" }).click();
  await expect.poll(async () => (await heardOfType(page, "select")).length).toBe(3);
  expect((await heardOfType(page, "select"))[2]?.data.event).toBeNull();
});

test.describe("messages the embed does not act on", () => {
  test("ours but wrong: refused with a reason, and nothing changes", async ({ page }) => {
    const { frame } = await hostWithEmbed(page);
    for (const [bad, reason] of [
      [{ ...message("request-size"), version: 2 }, "unsupported version 2"],
      [message("destroy"), 'unknown message type "destroy"'],
      [message("set-view", { view: { data: "http://evil.example/" } }), "view.data cannot be set"],
      [
        message("set-view", { view: { from: "2013-02-30", to: "2013-03-01" } }),
        "view.from is not valid",
      ],
    ] as const) {
      const before = (await heardOfType(page, "error")).length;
      await postToEmbed(page, bad);
      await expect.poll(async () => (await heardOfType(page, "error")).length).toBe(before + 1);
      expect((await heardOfType(page, "error")).at(-1)?.data.message).toContain(reason);
    }
    await expect(frame.getByTestId("shown-count")).toHaveText(`${total} match`);
  });

  test("someone else's: ignored without a word", async ({ page }) => {
    const { frame } = await hostWithEmbed(page);
    await expect.poll(async () => (await heard(page)).length).toBeGreaterThan(1);
    const before = (await heard(page)).length;
    await postToEmbed(page, { type: "set-view", view: { q: "no such words" } });
    await postToEmbed(page, { namespace: "other-widget", version: 1, type: "set-view", view: {} });
    await postToEmbed(page, "plain text");
    await postToEmbed(page, message("request-size")); // a marker: answered, so the rest were read
    await expect.poll(async () => (await heard(page)).length).toBe(before + 1);
    await expect(frame.getByTestId("shown-count")).toHaveText(`${total} match`);
  });
});

test.describe("allowed host origins are configurable", () => {
  const listOnly = (page: Page, baseURL: string | undefined, hosts: string[]) =>
    page.route(new URL("./config.json", baseURL).href, (route) =>
      route.fulfill({ json: { hostOrigins: hosts } }),
    );

  test("a host that is not listed hears nothing and is not obeyed", async ({ page, baseURL }) => {
    await listOnly(page, baseURL, ["https://research.example"]);
    const { frame } = await hostWithEmbed(page);
    await postToEmbed(page, message("set-view", { view: { q: "no such words anywhere" } }));
    await postToEmbed(page, message("request-size"));
    await page.waitForTimeout(500); // nothing is the expected outcome; give it time to go wrong
    await expect(frame.getByTestId("shown-count")).toHaveText(`${total} match`);
    expect(await heard(page)).toEqual([]);
  });

  test("a listed host hears and is obeyed", async ({ page, baseURL }) => {
    await listOnly(page, baseURL, ["https://research.example", otherSite(baseURL ?? "")]);
    await hostWithEmbed(page);
    await expect.poll(async () => (await heardOfType(page, "ready")).length).toBe(1);
    await postToEmbed(page, message("set-view", { view: { q: "no such words anywhere" } }));
    await expect(page.frameLocator("#embed").getByTestId("shown-count")).toHaveText(`0 match`);
  });
});
