import { matchesOf } from "../util/matches.ts";

/**
 * "on the 9th", "on the 21st": a day of the month named by its number alone. It lies in the month
 * of the date told just before (in the sentence or the previous one), else in the reference's.
 * An ordinal before a noun is no date ("on the 9th floor", "on the 60th anniversary"); before a
 * word that goes on with the sentence it is ("On the 10th, …", "on the 9th for a visit", "on the
 * 7th local time", as translated news writes).
 */
const ORDINAL_DAY =
  /\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?!(?:and|to|before|after|when|at|in|with|until|through|for|from|during|while|local)\b)[a-z]|\s+of\s+[A-Z])/g;

export interface OrdinalDay {
  start: number;
  end: number;
  text: string;
  day: number;
}

/** What every ORDINAL_DAY match opens with: a sentence without it is not searched. */
const ON_THE_NUMBER = /[Oo]n the \d/;

/** The ordinal days of a sentence, offsets into it ("on the 7th" in "played on the 7th."). */
export function findOrdinalDays(sentence: string): OrdinalDay[] {
  if (!ON_THE_NUMBER.test(sentence)) return [];
  return matchesOf(sentence, ORDINAL_DAY)
    .map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      text: m[0],
      day: Number(m[1]),
    }))
    .filter((d) => d.day >= 1 && d.day <= 31);
}
