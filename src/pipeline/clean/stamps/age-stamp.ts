import { addDays, fromIso, isoDay } from "../../util/dates.ts";

/**
 * A post's age as a social or aggregator page shows it, on a line of its own with its source or
 * "Posted" before it at most: "20 hours ago", "AP 2 days ago", "Posted 3 days ago", "2 hrs 14 mins
 * ago". A count in words ("a day ago", "one week ago") counts too.
 */
const AGE_LINE =
  /^(?:[\p{L}.&'’-]+\s+){0,3}?(?:[-–—·|]\s*)?(\d{1,2}|an?|one)\s+(min(?:ute)?s?|hrs?|hours?|days?|weeks?)(?:\s+\d{1,2}\s+mins?)?\s+ago$/iu;

/** Hours in a day: an age under half a day is the day of the save, over it the day before. */
const HOURS_A_DAY = 24;

/** How many days before the page was saved a line's age puts it, or undefined for no age line. */
export function ageInDays(line: string): number | undefined {
  const text = line.trim();
  // An age line ends on "ago", any case (under iu only A and a match a, and so for g and o):
  // most lines are let go on their last three characters.
  if (text.slice(-3).toLowerCase() !== "ago") return undefined;
  const m = AGE_LINE.exec(text);
  if (!m) return undefined;
  const count = /^\d/.test(m[1] ?? "") ? Number(m[1]) : 1;
  const unit = (m[2] ?? "").toLowerCase();
  if (unit.startsWith("min")) return 0;
  if (unit.startsWith("h")) return Math.round(count / HOURS_A_DAY);
  return unit.startsWith("w") ? count * 7 : count;
}

/**
 * "20 hours ago" on a page saved on 15 March 2012: the day the post went up, counted back from
 * the day the page was saved (`saved`, an ISO day), or undefined when the line tells no age.
 */
export function dayOfAge(line: string, saved: string): string | undefined {
  const days = ageInDays(line);
  return days === undefined ? undefined : isoDay(addDays(fromIso(saved), -days));
}
