import type { Page } from "@playwright/test";
import { contentHeight, embedLoaded, frameHeight, writeHostPage } from "./support/embed.ts";
import { chronological } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const [first] = chronological(doc.events);
if (!first) throw new Error("need an event");

/**
 * Opens a page on another site whose body is `body`, followed by embed.js from the app, and
 * records the embeds' DOM events on `window.events`.
 */
async function hostPage(page: Page, body: string, scriptTags = 1) {
  const app = test.info().project.use.baseURL ?? "";
  const script = new URL("./embed.js", app).href;
  await writeHostPage(
    page,
    app,
    `<script>window.events = [];
      for (const type of ["ready", "select", "error"])
        addEventListener("dialogue-timeline:" + type, (e) =>
          window.events.push({ type, id: e.target.id, detail: e.detail }));</script>
    ${body}${`<script async src="${script}"></script>`.repeat(scriptTags)}`,
  );
}

const domEvents = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { events: { type: string; id: string; detail: unknown }[] }).events,
  );
const frameOf = (page: Page, id: string) => page.frameLocator(`#${id} iframe`);
const iframe = (page: Page, id: string) => page.locator(`#${id} iframe`);

test("placeholders become titled, lazy, sized frames of embed.html", async ({ page }) => {
  await hostPage(
    page,
    `<div id="a" data-dialogue-timeline="?lanes=none&title=Caption" data-height="333"></div>
     <div id="b" data-dialogue-timeline="" data-title="Everything" data-loading="eager"></div>`,
  );
  const a = iframe(page, "a");
  await expect(a).toHaveAttribute("title", "Caption");
  await expect(a).toHaveAttribute("loading", "lazy");
  expect(new URL((await a.getAttribute("src")) ?? "").search).toBe("?lanes=none&title=Caption");
  await expect(iframe(page, "b")).toHaveAttribute("title", "Everything");
  await expect(iframe(page, "b")).toHaveAttribute("loading", "eager");
  await embedLoaded(frameOf(page, "a"));
  await embedLoaded(frameOf(page, "b"));
  for (const id of ["a", "b"])
    await expect.poll(() => frameHeight(page, id)).toBe(await contentHeight(frameOf(page, id)));
  await expect
    .poll(async () => (await domEvents(page)).filter((e) => e.type === "ready"))
    .toHaveLength(2);
});

test("data-height is the frame's height until the embed reports its own", async ({ page }) => {
  // The embed's settings never arrive, so it cannot report yet; the placeholder's height holds.
  const app = test.info().project.use.baseURL ?? "";
  await page.route(new URL("./config.json", app).href, () => undefined);
  await hostPage(page, `<div id="a" data-dialogue-timeline="" data-height="333"></div>`);
  await expect.poll(() => frameHeight(page, "a")).toBeGreaterThan(0);
  expect(await frameHeight(page, "a")).toBe(333);
});

test("a whole embed URL is used as it is", async ({ page, baseURL }) => {
  const src = new URL(`./embed.html?event=${first.id}`, baseURL).href;
  await hostPage(page, `<div id="a" data-dialogue-timeline="${src}"></div>`);
  await expect(iframe(page, "a")).toHaveAttribute("src", src);
  await expect(
    frameOf(page, "a")
      .getByRole("region", { name: "Event details" })
      .getByRole("heading", { name: first.title }),
  ).toBeVisible();
});

test("setView before the embed is ready is kept and sent when it is", async ({ page }) => {
  await hostPage(
    page,
    `<div id="a" data-dialogue-timeline=""></div>
     <script>addEventListener("load", () =>
       DialogueTimeline.setView("#a", { q: "no such words anywhere" }));</script>`,
  );
  await expect(frameOf(page, "a").getByTestId("shown-count")).toHaveText(`0 match`, {
    timeout: 30_000,
  });
});

test("selection arrives as a DOM event on the placeholder", async ({ page }) => {
  await hostPage(page, `<div id="a" data-dialogue-timeline=""></div>`);
  await embedLoaded(frameOf(page, "a"));
  await frameOf(page, "a").locator(`[data-event-id="${first.id}"]`).first().click();
  await expect
    .poll(async () => (await domEvents(page)).find((e) => e.type === "select"))
    .toMatchObject({ id: "a", detail: { type: "select", event: { id: first.id } } });
});

test.describe("a broken dataset", () => {
  // embed.js warns on the console about the error, as a host's developer would want.
  test.use({ consoleProblemsAllowed: true });
  test("arrives as an error event naming the file", async ({ page }) => {
    await page.route("**/broken/*.json", (route) => route.fulfill({ json: { schemaVersion: 1 } }));
    await hostPage(page, `<div id="a" data-dialogue-timeline="?data=data/broken/"></div>`);
    await expect
      .poll(async () => (await domEvents(page)).find((e) => e.type === "error"), {
        timeout: 30_000,
      })
      .toMatchObject({
        id: "a",
        // The first file the app reads of a dataset: its index.
        detail: { message: expect.stringContaining("/broken/index.json") },
      });
  });
});

test("scan fills placeholders added later; requestSize asks again; one copy serves two tags", async ({
  page,
}) => {
  await hostPage(page, `<div id="a" data-dialogue-timeline=""></div>`, 2);
  await embedLoaded(frameOf(page, "a"));
  await expect(page.locator("iframe")).toHaveCount(1);

  await page.evaluate(() => {
    const later = Object.assign(document.createElement("div"), { id: "later" });
    later.setAttribute("data-dialogue-timeline", "?lanes=none");
    document.body.append(later);
    return (
      window as unknown as { DialogueTimeline: { scan: () => HTMLElement[] } }
    ).DialogueTimeline.scan().map((element) => element.id);
  });
  await embedLoaded(frameOf(page, "later"));
  await expect(page.locator("iframe")).toHaveCount(2);

  // A host that squeezed the frame gets it back to the content's height on request.
  await iframe(page, "later").evaluate((f) => ((f as HTMLElement).style.height = "50px"));
  await page.evaluate(() =>
    (
      window as unknown as { DialogueTimeline: { requestSize: (t: string) => void } }
    ).DialogueTimeline.requestSize("#later"),
  );
  await expect
    .poll(() => frameHeight(page, "later"))
    .toBe(await contentHeight(frameOf(page, "later")));
});
