import type { TimeMention } from "../../types.ts";
import { interval } from "../../util/dates.ts";

/** The dataset's window: events dated outside it are left out. */
export const WINDOW = { start: "2010-01-01", end: "2013-12-31" } as const;

export const inWindow = (t: TimeMention) => {
  const [lo, hi] = interval(t.value, t.precision, t.endValue);
  return hi >= WINDOW.start && lo <= WINDOW.end;
};
