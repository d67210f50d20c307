import { utcFormat } from "d3-time-format";
import { utcYear } from "d3-time";
import type { TimeScale } from "./time-scale.ts";

export interface AxisTick {
  /** Stable key for rendering. */
  key: string;
  x: number;
  label: string;
  /** Year boundaries are drawn stronger than the ticks between them. */
  major: boolean;
}

/** Roughly one labelled tick per this many pixels. */
const PIXELS_PER_TICK = 80;

const formatYear = utcFormat("%Y");
const formatMonth = utcFormat("%b");
const formatDay = utcFormat("%-d %b");

function label(date: Date): string {
  if (utcYear.floor(date).getTime() === date.getTime()) return formatYear(date);
  if (date.getUTCDate() === 1) return formatMonth(date);
  return formatDay(date);
}

/**
 * Ticks for the time axis: as many as fit the width, at d3's "nice" calendar boundaries. The
 * domain's end is exclusive (the midnight after the window's last day), so no tick is put there:
 * a "2014" at the right edge would suggest the data reaches into 2014.
 */
export function axisTicks(scale: TimeScale): AxisTick[] {
  const [x0 = 0, x1 = 0] = scale.range();
  const count = Math.max(2, Math.floor((x1 - x0) / PIXELS_PER_TICK));
  const end = scale.domain()[1]?.getTime() ?? Infinity;
  const dates = scale.ticks(count).filter((date) => date.getTime() < end);
  return dates.map((date) => ({
    key: date.toISOString(),
    x: scale(date),
    label: label(date),
    major: utcYear.floor(date).getTime() === date.getTime(),
  }));
}
