import { scaleUtc, type ScaleTime } from "d3-scale";
import type { TimeInterval } from "./event-interval.ts";

export type TimeScale = ScaleTime<number, number>;

/** Pixel room kept at each side so marks and labels at the window's edges are not cut off. */
export const DEFAULT_INSET = { left: 16, right: 16 } as const;

/**
 * The horizontal scale of the timeline: the time `domain` across `width` pixels. Clamped, so an
 * event outside the window is still drawn (at the edge) rather than lost off-screen.
 */
export function createTimeScale(
  domain: TimeInterval,
  width: number,
  inset: { left: number; right: number } = DEFAULT_INSET,
): TimeScale {
  const right = Math.max(inset.left + 1, width - inset.right);
  return scaleUtc().domain([domain.start, domain.end]).range([inset.left, right]).clamp(true);
}
