import type { Page } from "@playwright/test";
import { frameTimes } from "./frames.ts";

/** The same input for every timeline: wheel steps in and out, then a drag left and back. */
export const WHEEL_STEPS = 15;
const ZOOM_BEFORE_PAN = 5;

export interface GestureRun {
  zoom: number[];
  pan: number[];
  /** Time to dispatch all wheel steps (each waits for the page to take it). */
  wheelMs: number;
}

/** Zooms with the wheel at (x, y), then pans by dragging from there, timing the frames of each. */
export async function zoomAndPan(
  page: Page,
  x: number,
  y: number,
  // Runs around the zoom gesture: lets the app's run also time its label layouts meanwhile.
  aroundZoom: (gesture: () => Promise<void>) => Promise<unknown> = (g) => g(),
): Promise<GestureRun> {
  await page.mouse.move(x, y);
  let zoom: Awaited<ReturnType<typeof frameTimes>> = { frames: [], dispatchMs: NaN };
  await aroundZoom(async () => {
    zoom = await zoomFrames(page);
  });
  return { zoom: zoom.frames, wheelMs: zoom.dispatchMs, pan: await panFrames(page, x, y) };
}

/** Frames while the wheel zooms in, then out, by the same steps. */
function zoomFrames(page: Page) {
  return frameTimes(page, async () => {
    for (let i = 0; i < WHEEL_STEPS; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < WHEEL_STEPS; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
  });
}

/** Frames while dragging left and back, zoomed in a little first. */
async function panFrames(page: Page, x: number, y: number): Promise<number[]> {
  // Zoomed in a little first, so that a drag has somewhere to go on every timeline.
  for (let i = 0; i < ZOOM_BEFORE_PAN; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
  await page.mouse.move(x, y);
  const pan = await frameTimes(page, async () => {
    await page.mouse.down();
    await page.mouse.move(x - 400, y, { steps: 40 });
    await page.mouse.move(x + 200, y, { steps: 40 });
    await page.mouse.up();
  });
  return pan.frames;
}
