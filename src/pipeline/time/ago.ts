import type { Precision } from "../../dataset/index.ts";
import { addDays, noonUtc, prefixAt } from "../util/dates.ts";
import { matchesOf } from "../util/matches.ts";

/** A date counted back from the reference: "two years ago", "three weeks ago". */
export interface AgoMention {
  start: number;
  end: number;
  text: string;
  value: string;
  precision: Precision;
  /** Counted to the same part of the calendar ("a year ago this month"): its end is no date of its own. */
  samePart?: boolean;
}

/** Number words of counts ("two days ago", "three days later"). */
export const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/**
 * "two years ago"; not "half a year ago" nor "more than a year ago", which name no date (an
 * open stretch of time, ANNOTATION.md: durations are not dates).
 */
const AGO =
  /(?<!\b(?:half|more than|less than|over|under)\s+)\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?|weeks?|days?)\s+ago\b/gi;

/** "… ago this month", "… ago this week", "… ago today": the same part of the calendar then. */
const SAME_PART = /^\s+(?:this\s+(?:month|week)|(today))\b/i;

/**
 * Every AGO match holds "ago" (as AGO reads case): a text without it is not searched, which spares
 * the lookbehind AGO tries at every position.
 */
const AGO_WORD = /ago/i;

/** Finds "N units ago" and resolves it against `ref` at the unit's precision. */
export function findAgo(text: string, ref: Date): AgoMention[] {
  const out: AgoMention[] = [];
  if (!AGO_WORD.test(text)) return out;
  for (const m of matchesOf(text, AGO)) {
    const n = NUMBERS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
    const unit = (m[2] ?? "").toLowerCase().replace(/s$/, "");
    let date: Date;
    let precision: Precision;
    if (unit === "year") {
      date = noonUtc(ref.getUTCFullYear() - n, 1, 1);
      precision = "year";
    } else if (unit === "month") {
      date = noonUtc(ref.getUTCFullYear(), ref.getUTCMonth() + 1 - n, 1);
      precision = "month";
    } else {
      date = addDays(ref, -(unit === "week" ? 7 * n : n));
      precision = unit === "week" ? "month" : "day";
    }
    // "a year ago this month", "two years ago today": the same month or day, that many back; "a
    // week ago today" is that very day, seven days back.
    const part = SAME_PART.exec(text.slice((m.index ?? 0) + m[0].length));
    const byCalendar = unit === "year" || unit === "month";
    const same = byCalendar || part?.[1] ? part : null;
    if (same && !byCalendar) precision = "day";
    else if (same) {
      const today = !!same[1];
      date = noonUtc(
        ref.getUTCFullYear() - (unit === "year" ? n : 0),
        ref.getUTCMonth() + 1 - (unit === "month" ? n : 0),
        today ? ref.getUTCDate() : 1,
      );
      precision = today ? "day" : "month";
    }
    const start = m.index ?? 0;
    const words = m[0] + (same?.[0] ?? "");
    out.push({
      start,
      end: start + words.length,
      text: words,
      value: prefixAt(date, precision),
      precision,
      ...(same ? { samePart: true } : {}),
    });
  }
  return out;
}
