import { COUNT_NOUN } from "./negatives.ts";

/** A year named without month or day ("in 2010", "fiscal 2011", "the 2010 Defense White Paper"). */
export interface YearMention {
  start: number;
  end: number;
  text: string;
  year: number;
}

const YEAR =
  /(?<![\d,.$€£¥#/-])(?:(?:fiscal(?:\s+year)?|FY|early|late|mid|mid-|the end of|end of|spring(?: of)?|summer(?: of)?|fall(?: of)?|autumn(?: of)?|winter(?: of)?)\s*)?((?:19|20)\d{2})(?!\d|,\d|\.\d|-\d)/gi;

/** Finds bare years; numbers that are counts or measures ("2,000 soldiers", "2012-foot") are skipped. */
export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 14);
    if (COUNT_NOUN.test(after)) continue;
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      text: m[0],
      year: Number(m[1]),
    });
  }
  return out;
}

/**
 * "that year", "the same year", "that month", "later that day", "that evening": a date that
 * repeats (or steps from) one told before. A part of a day ("the following morning") is a day.
 */
export const ANAPHORIC =
  /\b(that|the same|the following|the next|the previous|the prior)\s+(year|month|day|morning|afternoon|evening|night)\b|\ba (year|month|day) (later|earlier)\b/gi;
