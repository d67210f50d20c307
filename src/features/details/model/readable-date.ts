import type { LightDate } from "../../../dataset/index.ts";
import { formatEventDate } from "../../../lib/format-event-date.ts";

/**
 * An event's date for the details panel. A bare "2011" reads like a typo for a missing day, so a
 * year-precision date says so; "May 2012" is already plainly a month.
 */
export function readableEventDate(date: LightDate): string {
  const formatted = formatEventDate(date);
  return date.precision === "year" && date.end === undefined
    ? `${formatted}, year only`
    : formatted;
}
