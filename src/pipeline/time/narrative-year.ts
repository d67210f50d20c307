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
