import type { LightDate, Precision } from "../../../dataset/index.ts";
import { MONTHS } from "../../../lib/utc-format.ts";

/**
 * Dates as Chicago style writes them in running text ("May 7, 2012", "May 2012", "2012").
 * Written out here rather than with d3-time-format because a citation's form must not depend on
 * the reader's locale or time zone: ISO prefixes in, words out.
 */

const EN_DASH = "\u2013";

interface Parts {
  year: string;
  month: string | undefined;
  day: number | undefined;
}

function parts(value: string): Parts {
  const [year = value, month, day] = value.split("-");
  return {
    year,
    month: month === undefined ? undefined : MONTHS[Number(month) - 1],
    day: day === undefined ? undefined : Number(day),
  };
}

/** An ISO prefix at its precision: "2012-05-07" day → "May 7, 2012". */
export function chicagoDate(value: string, precision: Precision): string {
  const { year, month, day } = parts(value);
  if (precision === "year" || month === undefined) return year;
  if (precision === "month" || day === undefined) return `${month} ${year}`;
  return `${month} ${day}, ${year}`;
}

/** An event's date; a multi-day event names both ends without repeating what they share. */
export function chicagoEventDate(date: LightDate): string {
  const start = chicagoDate(date.value, date.precision);
  if (date.end === undefined || date.end === date.value) return start;
  const end = chicagoDate(date.end, "day");
  if (date.precision !== "day") return `${start} ${EN_DASH} ${end}`;
  const a = parts(date.value);
  const b = parts(date.end);
  if (a.year !== b.year) return `${start} ${EN_DASH} ${end}`;
  if (a.month !== b.month) return `${a.month} ${a.day} ${EN_DASH} ${b.month} ${b.day}, ${b.year}`;
  return `${a.month} ${a.day}${EN_DASH}${b.day}, ${b.year}`;
}

/**
 * The reader's calendar day as an ISO day. Local, not UTC: "accessed" is the day on the
 * reader's own calendar, which is what they would write by hand.
 */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
