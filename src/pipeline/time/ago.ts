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
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      value: prefixAt(date, precision),
      precision,
    });
  }
  return out;
}
