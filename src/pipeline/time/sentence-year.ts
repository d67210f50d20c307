import type { TimeMention } from "../types.ts";
import { MONTH_WORD } from "../lexicon/calendar.ts";
import { fromIso, isoDay } from "../util/dates.ts";

/**
 * A day of a month named with no year or step of its own, month or day first: "October 11", "on
 * January 30", "on 18 May" ("last May 4" steps from publication and keeps its year).
 */
const BARE_MONTH_DAY = new RegExp(String.raw`^(?:on\s+)?(?:\d{1,2}\s+)?${MONTH_WORD}\b`, "i");

/** Whether a mention names a day and its year in its own words ("January 29, 2010"). */
const namesItsYear = (m: TimeMention) => m.basis === "explicit" && m.precision === "day";

/** Whether the date `a` told before `b` in the text also comes first in time (or with it). */
const inOrder = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
};

/**
 * "a first round opened on March 2, 2010, and the second on March 9"; "they met in Oslo on
 * October 4, and the talks went on in Bern on December 6, 2010": a day told without a
 * year in the narration of a sentence whose other days all name one year is that year's, when
 * the days then fall in the order the sentence tells them. Read from publication, a past
 * "October 4" in a report of January 2012 would be 2011's. A day still to come, or out of the
 * order told ("met on June 7, a year after the talks of May 4, 2010"), keeps its own reading; so
 * does a month alone ("Xi's visit in February 2012 and the April meeting" may be a year apart).
 */
export function carrySentenceYear(mentions: TimeMention[], sentence = "", sentenceStart = 0): void {
  const dated = mentions.filter((m) => namesItsYear(m) && !m.inQuote);
  if (!dated.length) {
    carryYearAlone(mentions, sentence, sentenceStart);
    return;
  }
  const years = new Set(dated.map((m) => m.value.slice(0, 4)));
  if (years.size !== 1) return;
  const [year = ""] = years;
  for (const m of mentions) {
    if (m.basis !== "relative-to-publication" || m.inQuote || m.future) continue;
    if (m.precision !== "day" || !BARE_MONTH_DAY.test(m.text) || m.value.startsWith(year)) continue;
    const value = year + m.value.slice(4);
    // "February 29" has no day in most years: the day's own reading stays.
    if (isoDay(fromIso(value)) !== value) continue;
    const ordered = dated.every((d) =>
      d.start < m.start ? inOrder(d.value, value) : inOrder(value, d.value),
    );
    if (!ordered) continue;
    moveToYear(m, year);
  }
}

/** A word before a year that makes it a bound, not a frame: "since 2010", "until 2012". */
const BOUND_BEFORE = /\b(?:since|until|till|before|after|by|from|through|to|than|between|and)\s+$/i;

/**
 * "In 2010 the report reached Congress on 16 August"; "The 2010 edition came out on 16 August":
 * a year named alone, the sentence's only year, frames a day told after it with no year of its
 * own, when read from publication the day would fall in a later year. A year that bounds ("since
 * 2010") frames nothing; a day still to come keeps its own reading.
 */
function carryYearAlone(mentions: TimeMention[], sentence: string, sentenceStart: number): void {
  const years = mentions.filter(
    (m) => m.precision === "year" && m.basis === "explicit" && !m.inQuote && /^\d{4}$/.test(m.text),
  );
  const [frame] = years;
  if (!frame || years.length > 1) return;
  if (mentions.some((m) => m !== frame && m.basis === "explicit")) return;
  if (BOUND_BEFORE.test(sentence.slice(0, frame.start - sentenceStart))) return;
  const year = frame.value;
  // A day counted from a day moved ("on the 26th", after "on 24 August") moves with it.
  let movedFrom: string | undefined;
  for (const m of mentions) {
    if (m.start < frame.end || m.inQuote || m.future || m.precision !== "day") continue;
    const counted = m.basis === "previous-date" && m.value.slice(0, 4) === movedFrom;
    const bare = m.basis === "relative-to-publication" && BARE_DAY_EITHER_ORDER.test(m.text);
    if ((!counted && !bare) || m.value.slice(0, 4) <= year) continue;
    const value = year + m.value.slice(4);
    if (isoDay(fromIso(value)) !== value) continue;
    movedFrom = m.value.slice(0, 4);
    moveToYear(m, year);
  }
}

/** A mention read again in `year` (its range's end moved by as many years), from a date before. */
function moveToYear(m: TimeMention, year: string): void {
  const shift = Number(year) - Number(m.value.slice(0, 4));
  m.value = year + m.value.slice(4);
  if (m.endValue) m.endValue = String(Number(m.endValue.slice(0, 4)) + shift) + m.endValue.slice(4);
  m.basis = "previous-date";
}

/** A sentence that opens with its date, "On" before it at most: "On 18 February, the envoy …". */
const OPENS_WITH = /^\s*(?:on\s+)?$/i;

/**
 * A day of a month with no year, day or month first, or a stretch of days written day first:
 * "18 February", "on Feb. 18", "4 to 8 July".
 */
const BARE_DAY_EITHER_ORDER = new RegExp(
  String.raw`^(?:on\s+)?(?:\d{1,2}(?:\s*(?:-|–|to|until|through)\s*\d{1,2})?\s+)?${MONTH_WORD}\b`,
  "i",
);

/**
 * "On 11 February 2010, the company said …" and, sentences later, "On 18 February, the
 * minister spoke": a timeline's entries each open with their day, and a day told there without
 * a year goes on in the year of the day told before it (`previous`, whose year the text gave),
 * when it falls on or after that day in that year. Read from publication, "18 February" on a
 * page of March 2012 would be 2012's. A day still to come and one told in a quotation keep
 * their own reading.
 *
 * A story that has so far told every date by its year (`fromNamedYears`: a history, a chapter,
 * a look back) goes on in that year wherever the day stands and after a month as well: "a
 * paper of October 2011 argued …; when the leaders met on 12 November, …". Once the story has
 * told a date from its own day ("on Monday", "last year"), only an opening day after a day
 * carries, since a background "in May 2012" before "a June 1 speech" in a report of 2013 does
 * not make that speech 2012's.
 */
export function carryEntryYear(
  mentions: TimeMention[],
  sentence: string,
  sentenceStart: number,
  previous: TimeMention | undefined,
  fromNamedYears = false,
): void {
  const [first] = mentions;
  if (!first || !previous || previous.inQuote || previous.precision === "year") return;
  if (previous.basis === "relative-to-publication") return;
  if (first.basis !== "relative-to-publication" || first.inQuote || first.future) return;
  if (first.precision !== "day" || !BARE_DAY_EITHER_ORDER.test(first.text)) return;
  const opens = OPENS_WITH.test(sentence.slice(0, first.start - sentenceStart));
  if (!fromNamedYears && (!opens || previous.precision !== "day")) return;
  const year = previous.value.slice(0, 4);
  if (first.value.startsWith(year)) return;
  const value = year + first.value.slice(4);
  if (isoDay(fromIso(value)) !== value) return;
  if (value.slice(0, previous.value.length) < previous.value.slice(0, 10)) return;
  moveToYear(first, year);
}
