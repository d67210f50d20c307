import type { TimeMention } from "../types.ts";
import { WEEKDAYS } from "../lexicon/calendar.ts";
import { weekdayNumber } from "../clean/stamps/calendar-days.ts";
import { addDays, dayDiff, fromIso, isoDay, mondayOf } from "../util/dates.ts";
import { datesPastTelling } from "./tense.ts";

/** "last week", "next week": a week named from the reference, Monday to Sunday. */
const NAMED_WEEK = /^(last|next)\s+week$/i;

/** A weekday's name in a mention's words ("on Monday", "Tuesday's"). */
const WEEKDAY_IN = new RegExp(String.raw`\b(${WEEKDAYS.join("|")})\b`, "i");

/**
 * "Last week he met Fang on Monday and toured a shipyard on Tuesday": weekdays told after a named
 * week of the same sentence are that week's days (ANNOTATION.md: a weekday name is that day of
 * the week it is told of), not the ones nearest the reference, which fall in the week of
 * publication. A weekday right after a past verb of telling is the telling's ("will visit next
 * week, the ministry said on Thursday"), not the week's. Mentions are changed in place; `refDay`
 * is the day narration is told on, `sceneDay` the day quotations were spoken.
 */
export function inNamedWeek(
  times: TimeMention[],
  sentence: string,
  sentenceStart: number,
  days: { refDay: string; sceneDay: string },
): void {
  const week = times.find((t) => NAMED_WEEK.test(t.text.trim()));
  if (!week) return;
  const step = /^last/i.test(week.text.trim()) ? -7 : 7;
  const ref = fromIso(week.inQuote ? days.sceneDay : days.refDay);
  const monday = addDays(mondayOf(ref), step);
  for (const t of times) {
    if (t.start < week.end || t.inQuote !== week.inQuote || t.precision !== "day") continue;
    if (t.basis !== "relative-to-publication" && t.basis !== "relative-to-utterance") continue;
    const name = WEEKDAY_IN.exec(t.text)?.[1];
    if (!name || /\b(?:last|next|this|coming|past)\b/i.test(t.text)) continue;
    if (datesPastTelling(sentence.slice(0, t.start - sentenceStart))) continue;
    // Days from that Monday: weekdayNumber counts from Sunday.
    const day = isoDay(addDays(monday, (weekdayNumber(name) + 6) % 7));
    const shift = dayDiff(t.value, day);
    if (shift === 0) continue;
    t.value = day;
    if (t.endValue) t.endValue = isoDay(addDays(fromIso(t.endValue), shift));
    t.future = day > isoDay(ref);
  }
}
