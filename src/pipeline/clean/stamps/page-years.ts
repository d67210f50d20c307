import { COPYRIGHT } from "../../lexicon/stamps.ts";
import { matchesAny } from "../lines.ts";
import { findYears } from "../../time/years.ts";
import { readFullDate } from "../../util/dates.ts";
import { FULL_DATE_ALL, plainNumbers } from "./stamp-date.ts";

/** The latest year named (full dates and bare years) on the lines that are, or are not, copyright notices. */
function latestYear(lines: string[], copyright: boolean): number | undefined {
  let latest: number | undefined;
  for (const line of lines) {
    if (matchesAny(COPYRIGHT, line) !== copyright) continue;
    for (const y of findYears(line)) latest = Math.max(latest ?? y.year, y.year);
  }
  return latest;
}

/** The latest year the body names (full dates and bare years), if any. */
export function latestBodyYear(body: string[]): number | undefined {
  return latestYear(body, false);
}

/** The latest year a copyright notice of the page names ("© 2012 The Daily Courier"), if any. */
export function copyrightYear(lines: string[]): number | undefined {
  return latestYear(lines, true);
}

/** The latest full date the body names ("June 8, 2013"), for a wire dateline's missing year. */
export function latestBodyDay(body: string[]): string | undefined {
  let latest: string | undefined;
  for (const line of body)
    for (const m of plainNumbers(line).matchAll(FULL_DATE_ALL)) {
      const day = readFullDate(m);
      if (day && (!latest || day > latest)) latest = day;
    }
  return latest;
}
