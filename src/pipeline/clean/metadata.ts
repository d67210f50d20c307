import {
  endsLikeSentence,
  isCreditLine,
  isFooterStart,
  isMenuLine,
  isMetaLine,
  isWidgetLine,
  moreWordsThan,
  wordCount,
} from "./lines.ts";
import { OUTLETS } from "../lexicon/outlets.ts";
import { LIST_ITEM } from "../lexicon/stamps.ts";
import { isForeignLine, isWidgetRow } from "../lexicon/furniture.ts";
import { FULL_DATE_RE } from "../util/dates.ts";

const FULL_DATE_ANY_CASE = new RegExp(FULL_DATE_RE.source, "i");

const BYLINE =
  /^[Bb]y\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|de|van|von|and))*?)\s*(?:(?:[,|(]|\s[–-]\s|\sin\s+[A-Z]).*)?$/u;
/** What follows the name: ", Associated Press", " (China Daily)", " - Staff Writer", " in Beijing". */
const AFFILIATION = /\s*(?:[,|(]|\s[–-]\s|\sin\s+[A-Z]).*$/;

/** "By Xinhua writers Wu Liming and Bai Jie", "by staff reporter Li Wei": the writers' role first. */
const BYLINE_ROLE_FIRST =
  /^[Bb]y\s+(?:[A-Z][\p{L}.'’-]*\s+)?(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+[A-Z]/u;

/** The byline as printed ("By Cheryl Pellerin"), without a trailing affiliation. */
export function readByline(line: string): string | undefined {
  const text = line.trim();
  if (moreWordsThan(line, 12)) return undefined;
  if (BYLINE_ROLE_FIRST.test(text)) return text.replace(/\s*\([^)]*\)\s*$/, "");
  return BYLINE.test(text) ? text.replace(AFFILIATION, "") : undefined;
}

/** A line naming an outlet and nothing else (a masthead or agency credit). */
export function isOutletLine(line: string): boolean {
  if (line.length >= 60) return false;
  // The outlet's name with at most two other words ("American Forces Press Service", "(Xinhua)").
  return OUTLETS.some((o) => o.match.test(line) && wordCount(line.replace(o.match, " ")) <= 2);
}

/**
 * The headline: the nearest line above the body that reads like one (a few words, no byline,
 * no outlet, no date stamp, no menu), since saved pages repeat menus before the headline.
 */
export function findTitle(lines: string[], bodyStart: number): string {
  for (let i = bodyStart - 1; i >= 0; i--) {
    const line = lines[i]?.trim() ?? "";
    if (!line) continue;
    if (readByline(line) || isOutletLine(line) || isMetaLine(line)) continue;
    if (isCreditLine(line) || isWidgetLine(line) || isWidgetRow(line) || isForeignLine(line))
      continue;
    if (isFooterStart(line)) continue; // "Filed under: China, Maritime Security"
    if (isMenuLine(line)) continue;
    // A date stamp: "WASHINGTON | Thu Feb 14, 2013", "BY JANE DOE | MAY 2, 2012 - 8:44 PM".
    if (FULL_DATE_ANY_CASE.test(line) && line.length < 80) continue;
    if (LIST_ITEM.test(line)) continue; // a wire story's summary points: "* Talks resume"
    const title = stripSiteName(line);
    const words = wordCount(title);
    if (words >= 3 && words <= 25 && !/[.:]$/.test(title)) return title;
  }
  return "";
}

/** "China, U.S. hold talks - Xinhua | English.news.cn" → "China, U.S. hold talks". */
export function stripSiteName(title: string): string {
  const m = title.match(/^(.{12,}?)\s+[-|–—]\s+(.{2,60})$/);
  if (!m) return title;
  const suffix = m[2] ?? "";
  const isSite =
    OUTLETS.some((o) => o.match.test(suffix)) ||
    /\.(com|cn|net|org|gov|mil|co\.uk|in)\b/i.test(suffix) ||
    /\b(News|Times|Daily|Post|Online|Herald|Tribune|Journal|Network)\b/.test(suffix);
  return isSite ? stripSiteName((m[1] ?? title).trim()) : title;
}

/** A row of a site's sections: four or more short items set apart by bars, bullets or wide gaps. */
function isSectionRow(line: string): boolean {
  const items = line.split(/\s{2,}|\s*[|•·]\s*/).filter((x) => x.trim());
  return items.length >= 4 && items.every((x) => wordCount(x) <= 4);
}

/**
 * The site's name at the top of the page: a saved page's first line, a short name (not a sentence,
 * not a date), right above the row of the site's sections ("The Economist" over "World politics
 * Business & finance …"). A headline on the first line has the story below it, not a menu.
 */
export function mastheadName(lines: string[]): string {
  const [first, next] = lines.map((l) => l.trim()).filter(Boolean);
  if (!first || !next || !isSectionRow(next)) return "";
  if (wordCount(first) > 5 || first.length > 45 || endsLikeSentence(first)) return "";
  if (FULL_DATE_ANY_CASE.test(first) || isSectionRow(first)) return "";
  // "Los Angeles Times | World": the site, then the section the page is in.
  return first.split(/\s+[|•·]\s+/)[0] ?? first;
}

/**
 * An outlet the lexicon does not know, named by the page itself: the wire credit of the dateline
 * ("BEIJING (Global Wire) —"), a copyright line ("Copyright 2013 The Washington Dispatch. All
 * rights reserved."), or the site name after a headline ("… - The Washington Dispatch").
 */
export function namedOutlet(lines: string[], agency?: string): string {
  if (agency && /^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$/.test(agency) && agency.length > 3)
    return agency;
  for (const line of lines) {
    const c = line.match(
      /^(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\.?\s+All rights reserved/i,
    )?.[1];
    if (c) return c.replace(/\.$/, "");
  }
  for (const line of lines) {
    const m = line
      .trim()
      .match(/^(.{12,}?)\s+[-|–—]\s+((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})$/);
    // A site-like suffix, or a newspaper-style "The …" name ("- The Washington Dispatch").
    if (m?.[2] && (stripSiteName(line.trim()) !== line.trim() || /^The [A-Z]/.test(m[2])))
      return m[2];
  }
  return "";
}
