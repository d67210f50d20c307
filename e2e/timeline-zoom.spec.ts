import type { Page } from "@playwright/test";
import { readEvents } from "./support/dataset.ts";
import { firstScreenComplete } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const plot = (page: Page) => page.getByRole("group", { name: /^Timeline of/ });
const axis = (page: Page) => page.locator("[data-granularity]");
const DAY = 86_400_000;

async function open(page: Page) {
  await page.goto("./");
  await expect(plot(page)).toBeVisible();
  // Drawn, and the gestures in.
  await firstScreenComplete(page);
}

/** The visible range as epoch days, read from the timeline's attributes. */
async function range(page: Page) {
  const from = Date.parse(`${await plot(page).getAttribute("data-from")}T00:00:00Z`);
  const to = Date.parse(`${await plot(page).getAttribute("data-to")}T00:00:00Z`);
  return { from, to, days: Math.round((to - from) / DAY) + 1 };
}

async function centreOf(page: Page) {
  await plot(page).scrollIntoViewIfNeeded();
  const box = await plot(page).boundingBox();
  if (!box) throw new Error("timeline not laid out");
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) };
}

test("the first view fits the dataset's window and reads in years", async ({ page }) => {
  await open(page);
  await expect(plot(page)).toHaveAttribute("data-from", doc.window.start);
  await expect(plot(page)).toHaveAttribute("data-to", doc.window.end);
  await expect(axis(page)).toHaveAttribute("data-granularity", "year");
  await expect(page.getByTestId("visible-range")).toContainText("2010");
  await expect(page.getByTestId("visible-range")).toContainText("2013");
});

test("ticks go from years to months to days when zooming in", async ({ page }) => {
  await open(page);
  const seen: string[] = [];
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 12 && (await zoomIn.isEnabled()); i++) {
    const g = (await axis(page).getAttribute("data-granularity")) ?? "";
    if (seen[seen.length - 1] !== g) seen.push(g);
    await zoomIn.click();
  }
  const g = (await axis(page).getAttribute("data-granularity")) ?? "";
  if (seen[seen.length - 1] !== g) seen.push(g);
  expect(seen).toEqual(["year", "month", "day"]);
  // At the narrowest view every tick is a day, labelled with it.
  await expect(page.locator("[data-tick] text").first()).toHaveText(
    /^\d{1,2} [A-Z][a-z]{2}$|^\d{4}$/,
  );
});

test("the buttons zoom in, zoom out and fit the window", async ({ page }) => {
  await open(page);
  const full = await range(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await range(page);
  expect(zoomed.days).toBeLessThan(full.days * 0.6);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  expect((await range(page)).days).toBe(zoomed.days);
  await page.getByRole("button", { name: "Fit all" }).click();
  expect(await range(page)).toEqual(full);
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
});

test("the wheel zooms about the pointer", async ({ page }) => {
  await open(page);
  const full = await range(page);
  const { x, y } = await centreOf(page);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await range(page)).days).toBeLessThan(full.days / 2);
  const inView = await range(page);
  expect(inView.from).toBeGreaterThan(full.from);
  expect(inView.to).toBeLessThan(full.to);
  await page.mouse.wheel(0, 600);
  await expect.poll(async () => (await range(page)).days).toBe(full.days);
});

test("dragging pans the view and keeps its width", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  const before = await range(page);
  const { x, y } = await centreOf(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await range(page)).from).toBeGreaterThan(before.from);
  expect(Math.abs((await range(page)).days - before.days)).toBeLessThanOrEqual(1);
});

test("keys zoom and pan when the timeline has focus", async ({ page }) => {
  await open(page);
  const full = await range(page);
  await plot(page).focus();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  const zoomed = await range(page);
  expect(zoomed.days).toBeLessThan(full.days / 3);
  await page.keyboard.press("ArrowRight");
  const right = await range(page);
  expect(right.from).toBeGreaterThan(zoomed.from);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  expect((await range(page)).from).toBeLessThan(right.from);
  await page.keyboard.press("-");
  expect((await range(page)).days).toBeGreaterThan(zoomed.days);
  await page.keyboard.press("0");
  expect(await range(page)).toEqual(full);
});

test("brushing the overview sets the visible range", async ({ page }) => {
  await open(page);
  // The brush starts over the whole window; zoom first, then draw a new selection over the
  // second quarter of the strip.
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  const overview = page.getByTestId("timeline-overview");
  await overview.scrollIntoViewIfNeeded();
  const box = await overview.boundingBox();
  if (!box) throw new Error("no overview");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 6 });
  await page.mouse.up();
  const brushed = await range(page);
  // The second quarter of 2010–2013 is roughly 2011: the view starts in 2011.
  expect(new Date(brushed.from).getUTCFullYear()).toBe(2011);
  expect(brushed.days).toBeGreaterThan(300);
  expect(brushed.days).toBeLessThan(420);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("pinching out zooms in", async ({ page }) => {
    await open(page);
    const full = await range(page);
    const { x, y } = await centreOf(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: x - spread, y, id: 1 },
                { x: x + spread, y, id: 2 },
              ],
      });
    await touch("touchStart", 20);
    for (const spread of [40, 80, 120, 160]) await touch("touchMove", spread);
    await touch("touchEnd", 0);
    await expect.poll(async () => (await range(page)).days).toBeLessThan(full.days / 3);
  });
});
