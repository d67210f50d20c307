import { COPYRIGHT } from "../../lexicon/stamps.ts";
import { matchesAny } from "../lines.ts";
import { findYears } from "../../time/years.ts";
import { readFullDate } from "../../util/dates.ts";
import { plainNumbers } from "./stamp-date.ts";
import { FULL_DATE_ALL } from "../../util/dates.ts";
import { matchesOf } from "../../util/matches.ts";

/** The latest of some years, if any. */
function latest(years: Iterable<number>): number | undefined {
  let out: number | undefined;
  for (const y of years) out = Math.max(out ?? y, y);
  return out;
}

/** The latest year the body names (full dates and bare years), if any. */
export function latestBodyYear(body: string[]): number | undefined {
  // findYears looks for a year's digits before its long pattern (time/years.ts).
  return latest(
    body.filter((l) => !matchesAny(COPYRIGHT, l)).flatMap((l) => findYears(l).map((y) => y.year)),
  );
}

/**
 * Any year in a copyright notice, a range's last one too ("© 1996-2013"), which the body's year
 * reader leaves out as it would "1996-2013" in prose.
 */
const COPYRIGHT_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The latest year a copyright notice of the page names ("© 2012 The Daily Courier"), if any. */
export function copyrightYear(lines: string[]): number | undefined {
  return latest(
    lines
      .filter((l) => matchesAny(COPYRIGHT, l))
      .flatMap((l) => matchesOf(l, COPYRIGHT_YEAR).map((m) => Number(m[0]))),
  );
}

/** The latest full date the body names ("June 8, 2013"), for a wire dateline's missing year. */
export function latestBodyDay(body: string[]): string | undefined {
  let latest: string | undefined;
  for (const line of body)
    for (const m of matchesOf(plainNumbers(line), FULL_DATE_ALL)) {
      const day = readFullDate(m);
      if (day && (!latest || day > latest)) latest = day;
    }
  return latest;
}
