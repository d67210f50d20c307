import type { Page } from "@playwright/test";

/** One 60 Hz frame: a frame interval longer than this missed at least one display refresh. */
export const FRAME_BUDGET_MS = 1000 / 60;
/** An interval this long shows a dropped frame (with room for timer jitter). */
const SLOW_FRAME_MS = FRAME_BUDGET_MS * 1.5;

/** Frame intervals (rAF to rAF) while `gesture` runs, and how long the gesture took to dispatch. */
export async function frameTimes(
  page: Page,
  gesture: () => Promise<void>,
): Promise<{ frames: number[]; dispatchMs: number }> {
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = performance.now();
  await gesture();
  const dispatchMs = performance.now() - started;
  // Let the last frames of the gesture land before stopping.
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  return { frames, dispatchMs };
}

export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  /** Share of intervals that missed a display refresh. */
  slowShare: number;
  max: number;
}

/** The value at quantile `q` of `values` (NaN when empty). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  return {
    frames: intervals.length,
    median: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: quantile(intervals, 1),
    slowShare: intervals.length
      ? intervals.filter((f) => f > SLOW_FRAME_MS).length / intervals.length
      : NaN,
  };
}
