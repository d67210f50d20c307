import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "../../../lib/utc-format.ts";

const DAY = 86_400_000;
/** Longer than this, a stretch reads in months: "3 May–21 Jun 2013" says more than it knows. */
const DAYS_READ_AS_DAYS = 45;
/** Longer than this, in years. */
const DAYS_READ_AS_MONTHS = 2 * 365;

const day = utcFormat("%-d %b %Y");
const dayMonth = utcFormat("%-d %b");
const dayOnly = utcFormat("%-d");
const month = utcFormat("%b %Y");
const monthOnly = utcFormat("%b");
const year = utcFormat("%Y");

const sameYear = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear();
const sameMonth = (a: Date, b: Date) => sameYear(a, b) && a.getUTCMonth() === b.getUTCMonth();

/**
 * A stretch of time (epoch ms, half-open) in as few words as its length allows: "7 Jun 2013",
 * "3–21 Jun 2013", "Jun 2013", "Jun–Aug 2013", "Dec 2012–Feb 2013", "2010–2011". A cluster says
 * with it when the events it holds happened.
 */
export function periodLabel(start: number, end: number): string {
  const first = utcDay.floor(new Date(start));
  const last = utcDay.floor(new Date(Math.max(start, end - 1)));
  const days = (last.getTime() - first.getTime()) / DAY + 1;
  const aligned = (unit: typeof utcMonth) =>
    unit.floor(first).getTime() === first.getTime() && unit.ceil(new Date(end)).getTime() === end;
  if (days > DAYS_READ_AS_MONTHS || aligned(utcYear))
    return sameYear(first, last) ? year(first) : `${year(first)}\u2013${year(last)}`;
  if (days > DAYS_READ_AS_DAYS || aligned(utcMonth)) {
    if (sameMonth(first, last)) return month(first);
    if (sameYear(first, last)) return `${monthOnly(first)}\u2013${month(last)}`;
    return `${month(first)}\u2013${month(last)}`;
  }
  if (days === 1) return day(first);
  if (sameMonth(first, last)) return `${dayOnly(first)}\u2013${day(last)}`;
  if (sameYear(first, last)) return `${dayMonth(first)}\u2013${day(last)}`;
  return `${day(first)}\u2013${day(last)}`;
}
