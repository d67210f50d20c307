import { isoDay, noonUtc } from "../util/dates.ts";
import { matchesOf } from "../util/matches.ts";

/** A stretch of days written with slashes, its month and year told once: its first and last day. */
export interface SlashRange {
  start: number;
  end: number;
  text: string;
  value: string;
  endValue: string;
}

/**
 * "1/9-12/2011", "5/15–22/2011": month, first day, a dash, last day and year, as US chronologies
 * write a stretch of days in one month. chrono reads only "12/2011", a month; the last day must
 * come after the first, and a full date on either side ("1/9/2011-1/12/2011") is read as it is.
 */
const SLASH_RANGE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[-–]\s*(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g;

/** The stretches of days written with slashes in a sentence (offsets into it). */
export function findSlashRanges(sentence: string): SlashRange[] {
  if (!sentence.includes("/")) return [];
  return matchesOf(sentence, SLASH_RANGE).flatMap((m) => {
    const [month = 0, first = 0, last = 0, year = 0] = [m[1], m[2], m[3], m[4]].map(Number);
    const from = noonUtc(year, month, first);
    const to = noonUtc(year, month, last);
    // "2/27-30/2011": a day the month lacks rolls into the next month, and is no such stretch.
    const real = (d: Date, day: number) => d.getUTCMonth() + 1 === month && d.getUTCDate() === day;
    if (!real(from, first) || !real(to, last) || last <= first) return [];
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        value: isoDay(from),
        endValue: isoDay(to),
      },
    ];
  });
}
