import {
  COMMENT_ACTION,
  COMMENT_AUTHOR,
  COMMENT_SECTION,
  COMMENT_STAMP,
  COMMENTER_LINE,
  COPYRIGHT,
  DETAILS_HEADINGS,
  LIST_ITEM,
  SITE_HEADER,
} from "../../lexicon/stamps.ts";
import { withoutTrailingWidgets } from "../../lexicon/furniture.ts";
import { isLinkListHeading, matchesAny, moreWordsThan } from "../lines.ts";
import { bylineInParts, stampShape } from "./stamp-shape.ts";

/** Longest line that can open readers' comments ("Leave a Reply", "Anonymous said..."). */
const COMMENT_LINE_CHARS = 80;

/**
 * Whether readers' comments begin at this line of the body: a comment section's heading ("3
 * comments:", "Leave a reply"), a commenter's header with its stamp ("by jdoe on May 8, 2012
 * @09:11AM", a forum's "#2 05-19-2011, 12:31 AM") or a commenter's line in the blog form
 * "Anonymous said...". The form with a colon ("Lee says:") is left out here: narration
 * introduces a quotation that way.
 */
export function commentsBegin(line: string): boolean {
  const text = line.trim();
  // Headings and commenters' lines are short; prose is let go at once.
  if (text.length > COMMENT_LINE_CHARS) return false;
  return (
    matchesAny(COMMENT_SECTION, text) ||
    matchesAny(COMMENTER_LINE, text) ||
    (!moreWordsThan(text, 12) && matchesAny(COMMENT_AUTHOR, text) && /(?:\.{2,}|…)$/.test(text))
  );
}

/** "Article Details", "Document details:": the heading of a page's block about its story. */
function isDetailsHeading(line: string): boolean {
  return DETAILS_HEADINGS.includes(line.replace(/:$/, "").trim().toLowerCase());
}

/**
 * "Top Stories" over its date alone, then a blank line: the heading of a page that is itself a
 * list (an aggregator's front page), dated by the line under it. A list's links would each have
 * their title.
 */
function datesItsPage(lines: string[], heading: number): boolean {
  const below = lines[heading + 1]?.trim() ?? "";
  return below !== "" && !lines[heading + 2]?.trim() && stampShape(below) !== undefined;
}

/**
 * Lines whose dates are page chrome: copyright, link-list items, reader comments, a site's header
 * (its account links, the weather: the day the page was served). Comments run from
 * a comment section's heading ("3 comments:", "Leave a reply") or a commenter's line ("Anonymous
 * said...") at or after `bodyStart` (above the body, "Comments (3)" is a widget) to the end; a
 * commenter's stamp ("… said on June 3, 2013 at 9:41 am") also marks the lines beside it, and a
 * "Reply" link the two lines above it.
 */
export function chromeLines(lines: string[], bodyStart = 0): Set<number> {
  const chrome = new Set<number>();
  const filled = (i: number) => (lines[i] ?? "").trim() !== "";
  const item = (j: number) => filled(j) && LIST_ITEM.test((lines[j] ?? "").trim());
  let inComments = false;
  // A link list's heading above the body ("Related News"): its links and their dates are other
  // pages', up to the next blank line.
  let inLinks = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (i < bodyStart && isLinkListHeading(line)) inLinks = !datesItsPage(lines, i);
    else if (!line) inLinks = false;
    if (inLinks) chrome.add(i);
    const short = !moreWordsThan(line, 12);
    if (
      i >= bodyStart &&
      (matchesAny(COMMENT_SECTION, line) || (short && matchesAny(COMMENT_AUTHOR, line)))
    )
      inComments = true;
    // "Article Details" under a comment form: the page's own block about the story follows.
    else if (inComments && isDetailsHeading(line)) inComments = false;
    // "By Jane Doe | The Courier | © August 26, 2013": a byline's dated copyright is its stamp.
    const notice = matchesAny(COPYRIGHT, line) && !bylineInParts(line);
    // "Tuesday, April 2, 2013 | Springfield 48F | Sign In": a site's header above the story
    // dates the day the page was served. A "Subscribe" among the story's own tools after its
    // stamp ("… 14:02 Comment Print Mail Subscribe") is no account link.
    const siteHeader = i < bodyStart && matchesAny(SITE_HEADER, withoutTrailingWidgets(line));
    if (inComments || notice || siteHeader) chrome.add(i);
    // A run of two or more list items, with no blank line between them.
    if (item(i) && (item(i - 1) || item(i + 1))) chrome.add(i);
    if (short && matchesAny(COMMENT_STAMP, line)) {
      chrome.add(i);
      for (const j of [i - 1, i + 1]) if (filled(j)) chrome.add(j);
    }
    if (matchesAny(COMMENT_ACTION, line)) {
      chrome.add(i);
      const above = [i - 1, i - 2, i - 3, i - 4].filter(filled).slice(0, 2);
      for (const j of above) chrome.add(j);
    }
  }
  return chrome;
}
