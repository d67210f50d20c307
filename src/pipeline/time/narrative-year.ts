import type { TimeMention } from "../types.ts";
import { DIGIT_YEAR, MONTH_NAME, inYear } from "./month-of-year.ts";

/**
 * "By mid-2010 the ties had thinned. In January, Beijing froze the exchanges …": on a page with no
 * publication date of its own (a book's chapter, an undated note), a month or a day of a month
 * named without its year is read in the year of the date the narration told last, as "that year"
 * is. Undefined for any other date read from the publication day, and with no date told before.
 */
export function inNarrativeYear(
  t: TimeMention,
  previous: TimeMention | undefined,
): TimeMention | undefined {
  if (t.basis !== "relative-to-publication" || t.precision === "year" || !previous)
    return undefined;
  if (!MONTH_NAME.test(t.text) || DIGIT_YEAR.test(t.text)) return undefined;
  return { ...inYear(t, previous.value.slice(0, 4)), basis: "previous-date" };
}

/**
 * "2012: Relations at a glance", "Military ties, 2012", "The year in review – 2013",
 * "Chronology: 2013 – Asia": the one year a page's title names as its subject, set off on both
 * sides: after the title's start, a colon, a comma, a dash or "in", and before a colon, a dash or
 * the title's end. On a page with no publication date, that is the year its narration starts in.
 * Undefined for a title with a year in its words ("Commission releases 2011 report") or with
 * more than one.
 */
export function titleYear(title: string): string | undefined {
  const years = title.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.length !== 1) return undefined;
  const m = TITLE_YEAR.exec(title.trim());
  return m?.[1];
}

const TITLE_YEAR = /(?:^|[:,]\s+|\s[–—-]\s+|\bin\s+)((?:19|20)\d{2})(?:\s*[:–—-]\s|$)/;
