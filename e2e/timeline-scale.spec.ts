import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { EventsDocument } from "../src/dataset/index.ts";
import { serveFrom, syntheticDataDir } from "./support/synthetic-dataset.ts";
import { firstScreenComplete } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const COUNT = 10_000;
let dir = "";
let doc: EventsDocument;

test.beforeAll(() => {
  dir = syntheticDataDir(COUNT);
  doc = JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;
});

const plot = (page: Page) => page.getByRole("group", { name: /^Timeline of/ });
const canvas = (page: Page) => page.getByTestId("timeline-canvas");

async function open(page: Page) {
  await serveFrom(page, dir);
  await page.goto("./");
  await expect(page.getByTestId("shown-count")).toHaveText(`${COUNT} match`, { timeout: 30_000 });
  // Drawn, and the gestures in.
  await firstScreenComplete(page);
}

/** The centre of an opaque pixel of the given colour on the canvas, in page coordinates. */
async function pixelOfColour(page: Page, hex: string) {
  return canvas(page).evaluate((node, colour) => {
    const c = node as HTMLCanvasElement;
    const ctx = c.getContext("2d");
    if (!ctx) return undefined;
    const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const ratio = c.width / c.clientWidth;
    c.scrollIntoView({ block: "start" });
    const box = c.getBoundingClientRect();
    for (let y = 0; y < c.height; y += 2)
      for (let x = 0; x < c.width; x += 2) {
        const i = (y * c.width + x) * 4;
        // Three equal pixels in a row: the inside of a dot, not an anti-aliased edge.
        const same = (j: number) =>
          data[j] === want[0] &&
          data[j + 1] === want[1] &&
          data[j + 2] === want[2] &&
          data[j + 3] === 255;
        if (same(i) && same(i + 4) && same(i + 8) && box.top + y / ratio < window.innerHeight - 4)
          return { x: box.left + (x + 1) / ratio, y: box.top + y / ratio };
      }
    return undefined;
  }, hex);
}

test("draws 10,000 events on a canvas, with every visible event a mark or counted", async ({
  page,
}) => {
  await open(page);
  await expect(page.locator("[data-render-mode=canvas]")).toBeVisible();
  await expect(plot(page)).toHaveAttribute("data-visible-count", String(COUNT));
  await expect(plot(page))
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
  const marks = Number(await canvas(page).getAttribute("data-mark-count"));
  expect(marks).toBeGreaterThan(100);
  expect(Number(await canvas(page).getAttribute("data-cluster-count"))).toBeGreaterThan(0);
  // One SVG button at this scale, the keyboard's tab stop over its painted mark: the canvas
  // draws the rest.
  await expect(page.locator("[data-event-id]")).toHaveCount(1);
  await expect(page.locator("[data-event-id]")).toHaveAttribute("tabindex", "0");
  // The timeline itself stays a focusable, named element.
  await plot(page).focus();
  await expect(plot(page)).toBeFocused();
});

test("zooms in with the button and the keyboard on a 10,000-event dataset", async ({ page }) => {
  await open(page);
  const from = await plot(page).getAttribute("data-from");
  const to = await plot(page).getAttribute("data-to");
  expect([from, to]).toEqual([doc.window.start, doc.window.end]);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(plot(page)).not.toHaveAttribute("data-to", doc.window.end);
  const afterButton = Number(await plot(page).getAttribute("data-visible-count"));
  expect(afterButton).toBeLessThan(COUNT);
  await plot(page).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("+");
  await expect
    .poll(async () => Number(await plot(page).getAttribute("data-visible-count")))
    .toBeLessThan(afterButton);
});

test("clicking a mark drawn on the canvas selects its event", async ({ page }) => {
  await open(page);
  // Cyber-security's colour (the first topic); its lane is at the top and full of dots.
  const at = await pixelOfColour(page, "#1f77b4");
  expect(at, "a solid cyber-coloured dot on the canvas").toBeDefined();
  if (!at) return;
  await page.mouse.move(at.x, at.y);
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  const text = (await tip.textContent()) ?? "";
  const title = text.replace(/ \([^()]*\)$/, "");
  expect(doc.events.map((e) => e.title)).toContain(title);
  await page.mouse.click(at.x, at.y);
  await expect(
    page.getByRole("region", { name: "Event details" }).getByRole("heading", { name: title }),
  ).toBeVisible();
});

test("clicking a cluster on the canvas zooms in to it", async ({ page }) => {
  await open(page);
  const at = await pixelOfColour(page, "#334155");
  expect(at, "a cluster badge on the canvas").toBeDefined();
  if (!at) return;
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole("tooltip")).toContainText("more events");
  await page.mouse.click(at.x, at.y);
  // The view narrows to the cluster's stretch of time (at least a week) wherever it lies.
  await expect
    .poll(async () => Number(await plot(page).getAttribute("data-visible-count")))
    .toBeLessThan(COUNT / 10);
});

test("switches to SVG buttons once few enough events are visible", async ({ page }) => {
  await open(page);
  await plot(page).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect(page.locator("[data-render-mode=svg]")).toBeVisible();
  const visible = Number(await plot(page).getAttribute("data-visible-count"));
  const buttons = await page.locator("[data-event-id]").count();
  const counted = await page
    .locator("[data-cluster-count]")
    .evaluateAll((nodes) =>
      nodes.reduce((sum, n) => sum + Number(n.getAttribute("data-cluster-count")), 0),
    );
  expect(buttons).toBeGreaterThan(0);
  expect(buttons + counted).toBe(visible);
});
