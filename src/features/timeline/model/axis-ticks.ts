import {
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
  type TimeInterval as CalendarInterval,
} from "d3-time";
import { utcFormat } from "../../../lib/utc-format.ts";
import type { TimeScale } from "./time-scale.ts";

/** What one step between ticks is: the axis reads in years, months or days. */
export type TickGranularity = "year" | "month" | "day";

export interface AxisTick {
  /** Stable key for rendering. */
  key: string;
  x: number;
  label: string;
  /** Year boundaries (and month boundaries on a day axis) are drawn stronger. */
  major: boolean;
}

export interface AxisTicks {
  granularity: TickGranularity;
  ticks: AxisTick[];
}

/** The least room a tick label needs, in pixels. */
const PIXELS_PER_TICK = 80;

const DAY = 86_400_000;

interface Step {
  granularity: TickGranularity;
  interval: CalendarInterval;
  /** Roughly how long one step is, to compare with the pixels it would get. */
  ms: number;
}

const COARSEST: Step = {
  granularity: "year",
  interval: utcYear.every(2) ?? utcYear,
  ms: 730 * DAY,
};

/**
 * The tick steps from coarsest to finest. Only calendar steps: d3's own `ticks()` would go on to
 * hours on a narrow view, and a dataset of days has no hours. The coarsest step that is still too
 * fine to label wins, so the axis reads years, then months, then days as the view narrows.
 */
const STEPS: Step[] = [
  COARSEST,
  { granularity: "year", interval: utcYear, ms: 365 * DAY },
  { granularity: "month", interval: utcMonth.every(3) ?? utcMonth, ms: 91 * DAY },
  { granularity: "month", interval: utcMonth, ms: 30 * DAY },
  { granularity: "day", interval: utcMonday, ms: 7 * DAY },
  { granularity: "day", interval: utcDay.every(2) ?? utcDay, ms: 2 * DAY },
  { granularity: "day", interval: utcDay, ms: DAY },
];

const formatYear = utcFormat("%Y");
const formatMonth = utcFormat("%b");
const formatDay = utcFormat("%-d %b");

function isYearStart(date: Date): boolean {
  return utcYear.floor(date).getTime() === date.getTime();
}

function label(date: Date, granularity: TickGranularity): string {
  if (isYearStart(date)) return formatYear(date);
  if (granularity === "month") return formatMonth(date);
  return formatDay(date);
}

/** The finest step whose ticks are at least `PIXELS_PER_TICK` apart at this scale. */
export function tickStep(scale: TimeScale): Step {
  const [d0, d1] = scale.domain();
  const [x0 = 0, x1 = 0] = scale.range();
  const msPerPixel = ((d1?.getTime() ?? 0) - (d0?.getTime() ?? 0)) / Math.max(1, x1 - x0);
  const fitting = STEPS.filter((step) => step.ms / msPerPixel >= PIXELS_PER_TICK);
  return fitting[fitting.length - 1] ?? COARSEST;
}

/**
 * Ticks for the time axis at calendar boundaries. The domain's end is exclusive (the midnight
 * after the last visible day), so no tick is put there: a "2014" at the right edge of the whole
 * window would suggest the data reaches into 2014.
 */
export function axisTicks(scale: TimeScale): AxisTicks {
  const step = tickStep(scale);
  const [start, end] = scale.domain();
  if (!start || !end) return { granularity: step.granularity, ticks: [] };
  const dates = step.interval.range(start, end);
  return {
    granularity: step.granularity,
    ticks: dates.map((date) => ({
      key: date.toISOString(),
      x: scale(date),
      label: label(date, step.granularity),
      major: isYearStart(date) || (step.granularity === "day" && date.getUTCDate() === 1),
    })),
  };
}
