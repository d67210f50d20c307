import { MONTH_WORD, WEEKDAYS as FULL_WEEKDAYS } from "../lexicon/calendar.ts";
import { TIME_ZONES, UPDATE_ENTRY_LABELS } from "../lexicon/stamps.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { closestWithYear, weekdayNumber } from "./stamps/calendar-days.ts";
import { addDays, fromIso, isoDay, MONTHS, noonUtc } from "../util/dates.ts";

/**
 * "UPDATE, Friday 9:10 a.m.: The talks resumed …": a paragraph added to a
 * story after it was published opens with an update's label and, often, its day and time. The
 * label is no part of the paragraph's first sentence, and its day is the one the paragraph is
 * told on (a weekday is the first such day on or after publication: an update comes after).
 */
export interface UpdateEntry {
  /** Length of the label with its day, its time and the colon or dash after them. */
  length: number;
  /** The entry's day, when the label names one. */
  day?: string;
}

const CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?`;

const LABEL = new RegExp(
  String.raw`^(?:${anyOf(UPDATE_ENTRY_LABELS)})\b(?:\s+\d{1,2}\b)?\s*[,:–—-]?\s*` +
    String.raw`(?:(${anyOf(FULL_WEEKDAYS)})\b,?\s*)?` +
    String.raw`(?:(${MONTH_WORD})\.?\s+(\d{1,2})\b(?:,?\s+((?:19|20)\d{2})\b)?,?\s*)?` +
    String.raw`(?:(\d{1,2})\/(\d{1,2})\b\s*)?` +
    String.raw`(?:(?:at\s+)?${CLOCK}\s*(?:(?:${anyOf(TIME_ZONES)})\b\.?\s*)?)?` +
    String.raw`(?:by\s+[^:\s][^:]{0,30}?\s*)?` +
    String.raw`(?:--|[:–—-])\s*(?=\S)`,
  "i",
);

/** The update label that opens `paragraph`, if any, with its day read against `published`. */
export function readUpdateEntry(paragraph: string, published?: string): UpdateEntry | undefined {
  // An entry opens with its label's capital ("UPDATE", "Updated"), never a sentence's lower case.
  if (!/^\p{Lu}/u.test(paragraph)) return undefined;
  const m = LABEL.exec(paragraph);
  if (!m) return undefined;
  const [, weekday, monthWord, dayOfMonth, year, first, second] = m;
  const entry: UpdateEntry = { length: m[0].length };
  if (!published) return entry;
  const month = monthWord ? MONTHS[monthWord.toLowerCase().replace(".", "")] : undefined;
  if (month && dayOfMonth) {
    entry.day = year
      ? isoDay(noonUtc(Number(year), month, Number(dayOfMonth)))
      : closestWithYear(published, month, Number(dayOfMonth));
  } else if (first && second) {
    entry.day = numericDay(published, Number(first), Number(second));
  } else if (weekday) {
    const from = fromIso(published);
    entry.day = isoDay(addDays(from, (weekdayNumber(weekday) - from.getUTCDay() + 7) % 7));
  }
  return entry;
}

/**
 * "UPDATE 02/21 09:10 GMT by J:": a month and a day in figures, either way round, with no year.
 * An update comes after the story, so the day is the nearest of the two readings on or after its
 * publication (else the nearest of all).
 */
function numericDay(published: string, first: number, second: number): string | undefined {
  const readings: [number, number][] = [
    [first, second],
    [second, first],
  ];
  const days = readings
    .filter(([month, day]) => month <= 12 && day <= 31)
    .map(([month, day]) => closestWithYear(published, month, day));
  const after = days.filter((d) => d >= published).sort();
  return after[0] ?? days.sort()[0];
}
