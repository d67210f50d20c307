/**
 * Where a publication date was read, most reliable first (the order `pickPublished` applies):
 *
 * 1. `dateline` – the story's own dateline with a full date ("WASHINGTON, Aug. 16, 2013 –");
 * 2. `published` – a first-publication stamp ("Published on Thursday, Jan. 21, 2010 in …",
 *    "Posted: …", "First published …", "Posted by … at 3/08/2012 …", "date 2013-01-22");
 * 3. `byline` – a date on a byline or outlet credit line above the body ("By Jane Doe - Nov 3,
 *    2011 4:12 PM PT", "- The Daily Courier - Wednesday, March 7, 2012");
 * 4. `updated` – a revision stamp ("Last updated: …", "UPDATED: …", "Modified …");
 * 5. `hint` – the page markup's declared date (HTML input);
 * 6. `date-line` – a line above the body that is only a date, with weekday, clock time and
 *    time zone ("Thursday, March 8, 2012", "09:41, March 6, 2012"): a blog post's date or
 *    a page's stamp. Of several, the one nearest the body wins: a page header above it is the
 *    day the page was saved;
 * 7. `inner-dateline` – a full dateline opening a paragraph further down the body (a press
 *    release under a landing page's abstract: "PORT SPRINGFIELD, Ore., March 3, 2011 - The firm
 *    today released …"): the day of the story the page carries, which a footer's update follows;
 * 8. `lead` – a full date in the first paragraph's opening words, shaped like a dateline
 *    ("By Jane Doe, BEIJING, June 8, 2013 – …");
 * 9. `sign-off` – a date line or dated credit right under the story's last paragraph, as some
 *    outlets close their stories ("(The Daily Courier) July 10, 2013");
 * 10. `address` – a day in the page's own web address, on a line that is not prose (a print
 *    header's "Printed on … from http://…/20130312/…", a source line): news sites file a story
 *    under its first day, so when the page states no date this is the one it was published;
 * 11. `age` – a post's age, "20 hours ago", counted back from the day a reader's save stamp
 *    gives the page (a social or aggregator page saved with the day it was saved on).
 *
 * Dates of page chrome are never candidates: copyright notices, list items of a link list, reader
 * comments and anything after a comment section's start. A candidate more than
 * `PLAUSIBLE_YEARS_AFTER` years after every year the body names (a crawl header years later)
 * loses to any candidate that fits.
 */
export type StampSource =
  | "dateline"
  | "published"
  | "byline"
  | "updated"
  | "hint"
  | "date-line"
  | "inner-dateline"
  | "updated-below"
  | "lead"
  | "sign-off"
  | "address"
  | "age";

export const SOURCE_ORDER: readonly StampSource[] = [
  "dateline",
  "published",
  "byline",
  "updated",
  "hint",
  "date-line",
  "inner-dateline",
  "updated-below",
  "lead",
  "sign-off",
  "address",
  "age",
];

/** A publication date a page offers, with where it was read. */
export interface StampCandidate {
  day: string;
  source: StampSource;
  /** Index of the line it was read from (-1 for the markup hint). */
  line: number;
}

export interface PublishedInput {
  /** Normalised lines of the page. */
  lines: string[];
  /** Index of the first body line. */
  bodyStart: number;
  /** Lines of the cleaned body (their years judge which dates are plausible). */
  body: string[];
  /** ISO day of a dateline with a full date. */
  datelineDay?: string;
  /** A wire dateline's month and day without a year ("BEIJING, Oct 23 (Reuters) -"). */
  monthDay?: { month: number; day: number };
  /** Date the page markup declared (HTML input). */
  hint?: string;
}
