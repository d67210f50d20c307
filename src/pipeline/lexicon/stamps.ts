/**
 * The calendar words of a page's date stamps, and the page chrome whose dates are never the
 * article's own. `clean/published.ts` reads publication dates with these entries; add a word here
 * (with a table row in `clean/published.test.ts`) rather than a pattern in code.
 */

/** What a labelled stamp says about the day: first publication, or a later revision. */
export type StampLabelKind = "published" | "updated";

export interface StampLabel {
  /** The label as printed, lower case; spaces match any run of spaces. */
  words: string;
  kind: StampLabelKind;
  /**
   * A word that is common in prose ("date", "time", "source"): it labels a stamp only with a colon
   * after it or with the date right after it ("Date: June 3, 2013", "date 2013-06-03").
   */
  strict?: boolean;
}

/** Labels of a publication stamp. Longest first, so "first published" wins over "published". */
export const STAMP_LABELS: readonly StampLabel[] = [
  // A repost's credit line names the original's day.
  { words: "this article was first published", kind: "published" },
  { words: "this article was originally published", kind: "published" },
  { words: "this article was published", kind: "published" },
  { words: "this story was first published", kind: "published" },
  { words: "this story was published", kind: "published" },
  { words: "first published", kind: "published" },
  { words: "originally published", kind: "published" },
  { words: "published", kind: "published" },
  { words: "first posted", kind: "published" },
  { words: "posted", kind: "published" },
  { words: "created", kind: "published" },
  { words: "release date", kind: "published" },
  { words: "publication date", kind: "published" },
  { words: "dated", kind: "published" },
  { words: "date", kind: "published", strict: true },
  { words: "time", kind: "published", strict: true },
  { words: "source", kind: "published", strict: true },
  { words: "last updated", kind: "updated" },
  { words: "last update", kind: "updated" },
  { words: "updated", kind: "updated" },
  { words: "last modified", kind: "updated" },
  { words: "modified", kind: "updated" },
  { words: "revised", kind: "updated" },
];

/** Day names as stamps print them ("Thursday", "Thu.", "Thurs"). */
export const WEEKDAYS: readonly string[] = [
  "monday",
  "mon",
  "tuesday",
  "tues",
  "tue",
  "wednesday",
  "wed",
  "thursday",
  "thurs",
  "thur",
  "thu",
  "friday",
  "fri",
  "saturday",
  "sat",
  "sunday",
  "sun",
];

/** Time zones after a stamp's clock time ("4:12 PM PT", "06:05 BJT"): the day is read as printed. */
export const TIME_ZONES: readonly string[] = [
  "beijing time",
  "local time",
  "pt",
  "pst",
  "pdt",
  "et",
  "est",
  "edt",
  "ct",
  "cst",
  "cdt",
  "mt",
  "mst",
  "mdt",
  "gmt",
  "utc",
  "bst",
  "cet",
  "cest",
  "jst",
  "kst",
  "hkt",
  "sgt",
  "bjt",
  "ist",
  "aest",
];

/** Words that join a date to the rest of its stamp ("May 21, 2012 at 10:17 PM", "on Friday"). */
export const STAMP_CONNECTORS: readonly string[] = ["at", "on"];

/** Small words allowed inside a name on a stamp line ("Ministry of Defense", "The Washington Times"). */
export const NAME_FUNCTION_WORDS: readonly string[] = ["of", "the", "and", "for", "de", "&"];

/**
 * Marks of a reader-comment section: from such a line to the end of the page, no date is the
 * article's own.
 */
export const COMMENT_SECTION: readonly RegExp[] = [
  /^\d+\s+(?:comments?|responses?|replies)\s*:?$/i,
  /^(?:comments?|responses?|replies|reader comments|discussion)\s*(?:\(\d+\))?\s*:?$/i,
  /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/i,
  /^comments? powered by\b/i,
  /^(?:join|start) the (?:discussion|conversation)\b/i,
];

/** A reader comment's author line ("Anonymous said...", "Lee says:"): the comments have begun. */
export const COMMENT_AUTHOR: readonly RegExp[] = [
  /\b(?:said|says|wrote|writes|commented|replied)\s*(?:\.{2,}|…|:)\s*$/i,
];

/**
 * A reader comment's own stamp ("Jane Doe said on June 3, 2013 at 9:41 am"). A headline ending in
 * "Says" has neither the "on" nor the date.
 */
export const COMMENT_STAMP: readonly RegExp[] = [
  /\b(?:said|says|wrote|commented|replied)\s+(?:on|at)\b.*\d/i,
];

/**
 * The action links under a reader comment ("Reply"): the comment's stamp is just above. Share
 * widgets ("Like", "Recommend") also stand between paragraphs, so they are not listed.
 */
export const COMMENT_ACTION: readonly RegExp[] = [
  /^(?:reply|report(?: abuse)?|permalink|flag|delete)\s*(?:\(\d+\))?\s*$/i,
];

/** A copyright notice: its year is the site's, not the article's. */
export const COPYRIGHT: readonly RegExp[] = [
  /\bcopyright\b/i,
  /©/,
  /\(c\)\s*(?:19|20)\d{2}/i,
  /\ball rights reserved\b/i,
];

/**
 * The bullet of a list item. A run of two or more such lines is a list of links (related
 * stories, latest headlines), whose dates belong to other pages.
 */
export const LIST_ITEM = /^(?:[-–—•·*»▪►◦>]\s*|\d{1,2}[.)]\s+)\S/;
