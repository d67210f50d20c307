import { BYLINE_KINDS, BYLINE_ROLES, STAMP_LABELS } from "../../lexicon/stamps.ts";
import { EAST_ASIAN_SENTENCE } from "../../util/east-asian.ts";
import { withoutAddresses } from "./address-date.ts";
import { moreWordsThan, wordCount } from "../lines.ts";
import { alternatives, isNameLike, residue, withoutClock, withoutWidgets } from "./residue.ts";
import { plainNumbers, readStampDate, type StampDate } from "./stamp-date.ts";

/**
 * "On March 4, 2013, the panel …": a capitalised preposition, the date and a comma, and a
 * word in lower case (not a byline's "by") open a sentence, which a hard wrap may cut after a
 * name ("… the House Committee on Intelligence"); no stamp reads so.
 */
function opensASentence(text: string, date: StampDate): boolean {
  return (
    /^(?:On|In|By)\s+$/.test(text.slice(0, date.start)) &&
    /^,\s+(?!by\b)\p{Ll}/u.test(text.slice(date.end))
  );
}

/** "By …", "Interview by …": a byline's start, and what it credits. */
const BYLINE_START = new RegExp(
  String.raw`^(?:(?:${alternatives(BYLINE_KINDS)})\s+)?by\s+(?=\S)`,
  "i",
);
/** Whether a line opens as a byline ("By Jane Doe …"). */
export const opensWithByline = (line: string) => BYLINE_START.test(line.trim());

/** Between two stamps or parts of one line: "First published: … | Last updated: …". */
export const STAMP_SEPARATOR = /\s+[|·•]\s+/;
/** A writer's role on a byline ("Staff writer", "Tribune reporters"): no part of the name, in any case. */
const BYLINE_ROLE = new RegExp(String.raw`\b(?:${alternatives(BYLINE_ROLES)})s?\b`, "gi");

/** A stamp's label word beside a byline's date ("… June 5, 2011 Updated 12:14 a.m."). */
const LABEL_WORD = new RegExp(
  String.raw`\b(?:${alternatives(STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words))})\b`,
  "gi",
);

/** An update label after the date it follows: "2 June 2011 Last updated at 09:52 GMT". */
const UPDATED_AFTER = new RegExp(
  String.raw`^(?:${alternatives(STAMP_LABELS.filter((l) => l.kind === "updated").map((l) => l.words))})$`,
  "i",
);

/** The names a byline credits: its start, the writers' roles and stamp labels left out. */
const bylineNames = (rest: string) =>
  rest
    .replace(BYLINE_START, "")
    .replace(BYLINE_ROLE, " ")
    .replace(LABEL_WORD, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * What follows a stamp's date less a second date that an update label introduces ("11:42
 * 20/02/2013 (updated: 12:30 20/02/2013)"): the label stays, so the line reads as a date and
 * its update.
 */
function withoutUpdate(after: string): string {
  const again = readStampDate(after);
  if (!again || !UPDATED_AFTER.test(residue(after.slice(0, again.start)))) return after;
  return `${after.slice(0, again.start)} ${after.slice(again.end)}`;
}

/**
 * "12 Mar 2011 - 4 Apr 2015", "from 3 May 2012 to 5 May 2012": a date, then a dash or "to" and a
 * second date, is the span of something (an archive's captures, an exhibition's run), not the
 * day a page was put out.
 */
function opensASpan(text: string, date: StampDate): boolean {
  const after = text.slice(date.end);
  const joint = after.match(/^\s*(?:[-–—]|to|until|through)\s*/i);
  return joint !== null && readStampDate(after)?.start === joint[0].length;
}

/** How a line with a date and no label reads: a bare date line, a byline or credit stamp, or neither. */
export function stampShape(line: string): "date-line" | "byline" | undefined {
  const date = readStampDate(line);
  // A sentence in Chinese or Japanese is a few "words" long by its spaces, and no stamp.
  if (!date || moreWordsThan(line, 20) || EAST_ASIAN_SENTENCE.test(line)) return undefined;
  const text = plainNumbers(line);
  if (opensASentence(text, date) || opensASpan(text, date)) return undefined;
  const rest = residue(`${text.slice(0, date.start)} ${withoutUpdate(text.slice(date.end))}`);
  if (!rest || (UPDATED_AFTER.test(rest) && !residue(text.slice(0, date.start))))
    return "date-line";
  // "By Jane Doe and John Roe, Staff Writers" is longer than an outlet's name.
  if (BYLINE_START.test(rest)) {
    // "By Staff writer / May 2, 2012": a byline may credit a role alone, with no name.
    const names = bylineNames(rest);
    if (!names || isNameLike(names, 12)) return "byline";
  } else if (isNameLike(rest, 6)) {
    // An outlet, site or place beside the date ("The Daily Courier, Aug. 2, 2012", "WASHINGTON | Thu …").
    return "byline";
  }
  return bylineInParts(line) ||
    sectionsAndDate(line) ||
    creditsAfterDate(text, date) ||
    creditsBeforeDate(text, date)
    ? "byline"
    : undefined;
}

/** Between an outlet, its section and a date on a wire page's header line: " - ", " | ", " · ". */
const PART_SEPARATOR = /\s+[-–—|·•]\s+/;

/** Words of an outlet's or a section's name beside a date ("World news", "Top Stories"). */
const SECTION_WORDS = 4;

/** A few words that open with a capital: an outlet's, a section's, a writer's or a place's name. */
const isShortName = (p: string) => /^[\p{Lu}\d]/u.test(p) && wordCount(p) <= SECTION_WORDS;

/** One credit of a header's part, or two writers joined by "and" ("Jane Doe and Li Ming"). */
const isCredit = (p: string) => isShortName(p) || p.split(/\s+and\s+/).every(isShortName);

/**
 * "AFP - World news - Mon May 9, 2011 8:52pm ET": an outlet and a section, each a few words that
 * open with a capital, and a part that is the date alone. A part may list its credits with
 * commas ("Jane Doe, The Daily Courier, Springfield | World | …"): the writers, outlet and place.
 * The dated part may be a stamp of its own, a place and its date, beside a release's number
 * ("Port Springfield, March 3, 2011 | Bulletin 7").
 */
function sectionsAndDate(line: string): boolean {
  const parts = line
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return false;
  const dated = parts.filter((p) => stampShape(p) !== undefined);
  const others = parts.filter((p) => !dated.includes(p));
  return (
    dated.length === 1 && others.length > 0 && others.every((p) => p.split(/,\s+/).every(isCredit))
  );
}

/**
 * "Source: China Military Online Editor: Zhang Tao": labelled credits of a few words each, two
 * names parted by a comma ("Author: Li Ming, Wang Bo"), a reporter's city after "in" ("Reporter:
 * Li Ming in Beijing").
 */
const CREDITS =
  /^(?:\p{Lu}\p{Ll}*:\s*(?:[\p{Lu}\d][\p{L}\d.'’&-]*,?\s*){1,4}(?:in\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3})?)+$/u;

/**
 * "2013-02-20 20:52 Source: China Military Online Editor: Zhang Tao": a line that opens with the
 * date (after the site's address, if any) and its clock, and then only credits its source and
 * editor, and the page's widgets.
 */
function creditsAfterDate(text: string, date: StampDate): boolean {
  // The site's own address may stand before the date ("http://news.example.com 2012-07-26 …").
  if (residue(withoutAddresses(text.slice(0, date.start)))) return false;
  return CREDITS.test(withoutWidgets(withoutClock(text.slice(date.end))).trim());
}

/** The date's own label at the end of the credits before it: "… Author: Li Ming Time:". */
const DATE_LABEL_LAST = /\s*\p{Lu}\p{Ll}*:$/u;

/**
 * "Source: China Military Online Editor: Zhang Tao 2011-12-08 09:21": the same credits, then the
 * date (labelled or not) and its clock, and nothing after.
 */
function creditsBeforeDate(text: string, date: StampDate): boolean {
  if (residue(text.slice(date.end))) return false;
  return CREDITS.test(
    withoutWidgets(text.slice(0, date.start)).trim().replace(DATE_LABEL_LAST, ""),
  );
}

/**
 * "By Jane Doe | November 12, 2013 | Winter 2013 issue": a byline and a bare date between bars,
 * whatever else the line holds (an issue, a section).
 */
export function bylineInParts(line: string): boolean {
  const parts = line.split(STAMP_SEPARATOR);
  if (parts.length < 2) return false;
  // "… | © August 26, 2013": a copyright sign before the byline's date.
  const datePart = parts
    .map((p) => p.replace(/^\s*(?:©|\([Cc]\)|[Cc]opyright)\s*/, ""))
    .find((p) => readStampDate(p));
  const byline = parts.find((p) => BYLINE_START.test(p.trim()));
  return (
    datePart !== undefined &&
    stampShape(datePart) === "date-line" &&
    byline !== undefined &&
    isNameLike(bylineNames(residue(byline)), 12)
  );
}
