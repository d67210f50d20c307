import { firstYearOnWeekday } from "../util/dates.ts";

/**
 * The year in which a day named with its weekday and no year falls on that weekday ("Tuesday,
 * March 8" on a page of 2011 is 2011's, whatever the tense): of the reference's year and the years
 * either side, at most one agrees, since a date's weekday moves by one or two days a year.
 * Undefined when none does (a slip of the writer's), and the tense decides.
 */
export function yearOfItsWeekday(date: Date, weekday: number, ref: Date): Date | undefined {
  const year = ref.getUTCFullYear();
  return firstYearOnWeekday(
    [year, year - 1, year + 1],
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    weekday,
  );
}
