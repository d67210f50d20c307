import { utcFormat } from "./utc-format.ts";
import type { LightDate, EventDate } from "../dataset/index.ts";
import { parseIsoPrefix } from "./iso-date.ts";

const formatDay = utcFormat("%-d %B %Y");
const formatDayOfMonth = utcFormat("%-d");
const formatDayMonth = utcFormat("%-d %B");
const formatMonth = utcFormat("%B %Y");
const formatYear = utcFormat("%Y");

const EN_DASH = "\u2013";

/** A date at its precision, the way a person writes it: "7 June 2013", "May 2012", "2011". */
export function formatPartialDate(value: string, precision: EventDate["precision"]): string {
  const date = parseIsoPrefix(value);
  if (precision === "year") return formatYear(date);
  if (precision === "month") return formatMonth(date);
  return formatDay(date);
}

/** An inclusive day range without repeating what both ends share: "7–8 June 2013", "30 May – 2 June 2013". */
export function formatDayRange(startValue: string, endValue: string): string {
  const start = parseIsoPrefix(startValue);
  const end = parseIsoPrefix(endValue);
  if (start.getUTCFullYear() !== end.getUTCFullYear())
    return `${formatDay(start)} ${EN_DASH} ${formatDay(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth())
    return `${formatDayMonth(start)} ${EN_DASH} ${formatDay(end)}`;
  return `${formatDayOfMonth(start)}${EN_DASH}${formatDay(end)}`;
}

/** An event's date for people: its precision decides the form, and a multi-day event shows both ends. */
export function formatEventDate(date: LightDate): string {
  if (date.end === undefined || date.end === date.value)
    return formatPartialDate(date.value, date.precision);
  if (date.precision === "day") return formatDayRange(date.value, date.end);
  return `${formatPartialDate(date.value, date.precision)} ${EN_DASH} ${formatDay(parseIsoPrefix(date.end))}`;
}
