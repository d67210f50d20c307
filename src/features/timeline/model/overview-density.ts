import type { PreparedEvent } from "./prepared-events.ts";
import type { TimeInterval } from "./event-interval.ts";

/** How many events start in each of `bins` equal stretches of the window: the overview's sparkline. */
export function overviewDensity(
  items: readonly PreparedEvent[],
  window: TimeInterval,
  bins: number,
): number[] {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  for (const item of items) {
    const mid = (item.start + item.end) / 2;
    const bin = Math.floor(((mid - start) / span) * counts.length);
    const clamped = Math.min(counts.length - 1, Math.max(0, bin));
    counts[clamped] = (counts[clamped] ?? 0) + 1;
  }
  return counts;
}
