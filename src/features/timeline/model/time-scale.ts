import type { TimeInterval } from "./event-interval.ts";

/**
 * A linear map from UTC time to pixels, clamped both ways: what the timeline asked of d3-scale's
 * `scaleUtc` (its call, `invert`, `domain` and `range`), without d3-scale and the colour and
 * interpolation modules it brings, which the first draw would otherwise download for nothing.
 */
export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
}

/** Pixel room kept at each side so marks and labels at the window's edges are not cut off. */
export const DEFAULT_INSET = { left: 16, right: 16 } as const;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The horizontal scale of the timeline: the time `domain` across `width` pixels. Clamped, so an
 * event outside the window is still drawn (at the edge) rather than lost off-screen.
 */
export function createTimeScale(
  domain: TimeInterval,
  width: number,
  inset: { left: number; right: number } = DEFAULT_INSET,
): TimeScale {
  const left = inset.left;
  const right = Math.max(inset.left + 1, width - inset.right);
  const t0 = domain.start.getTime();
  const t1 = domain.end.getTime();
  // An empty domain maps everything to the middle of the range, as d3 does.
  const span = t1 - t0;
  const scale = (date: Date) =>
    span === 0
      ? (left + right) / 2
      : left + ((clamp(date.getTime(), t0, t1) - t0) / span) * (right - left);
  return Object.assign(scale, {
    invert: (x: number) => new Date(t0 + ((clamp(x, left, right) - left) / (right - left)) * span),
    domain: (): [Date, Date] => [new Date(t0), new Date(t1)],
    range: (): [number, number] => [left, right],
  });
}
