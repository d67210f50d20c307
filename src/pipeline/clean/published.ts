import { isScheduled } from "../time/tense.ts";
import { readDateline } from "./dateline.ts";
import { FULL_DATE_RE } from "../util/dates.ts";
import { endsLikeSentence, isCaptionLine, isProse, isTagLine, lastProseLine } from "./lines.ts";
import { matchesAny } from "./rule-sets.ts";
import { COPYRIGHT, END_MARKS } from "../lexicon/stamps.ts";
import { addressDay } from "./stamps/address-date.ts";
import { ageInDays, dayOfAge } from "./stamps/age-stamp.ts";
import { closestWithYear, firstOnOrAfter, lastOnOrBefore } from "./stamps/calendar-days.ts";
import { SOURCE_ORDER, type PublishedInput, type StampCandidate } from "./stamps/candidate.ts";
import { inPageOrder, orderedByDateline } from "./stamps/date-order.ts";
import { labelledStamps } from "./stamps/labelled-stamp.ts";
import { chromeLines } from "./stamps/page-chrome.ts";
import { forwardedMessageStart, isMasthead, isMastheadWithParts } from "./stamps/page-top.ts";
import { latestBodyDay, latestBodyYear } from "./stamps/page-years.ts";
import { issueDay } from "./stamps/month-stamp.ts";
import { readStampDate } from "./stamps/stamp-date.ts";
import { STAMP_SEPARATOR, stampShape } from "./stamps/stamp-shape.ts";
import { isTodayWidget } from "./stamps/today-widget.ts";
import {
  MONTH_DAY_NO_YEAR,
  WEEKDAY_MONTH_DAY,
  firstSavedDay,
  savedDay,
  stampOfServedYear,
  stampYears,
  yearlessStamp,
} from "./stamps/yearless-stamp.ts";

/**
 * The article's publication day: every stamp the page offers (stamps/), the most reliable one
 * chosen, a wire dateline's missing year supplied, and a numeric stamp read in the page's order.
 */

/** How many years after the body's latest year a publication date may fall. */
export const PLAUSIBLE_YEARS_AFTER = 2;

/**
 * A full date right before a dash in the first paragraph's opening words (a dateline set after a
 * byline), its clock and zone too, in brackets or not ("Law360, Chicago (August 29, 2012, 6:02 PM
 * ET) --").
 */
const LEAD_DATELINE = new RegExp(
  String.raw`^.{0,80}?(${FULL_DATE_RE.source.slice(2, -2)})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{1,4})?)?\)?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[–—-])\s`,
);

/** Every publication date the page offers, in page order. */
export function stampCandidates(input: PublishedInput): StampCandidate[] {
  const { lines, bodyStart } = input;
  const chrome = chromeLines(lines, bodyStart);
  const lastProse = lastProseLine(lines, bodyStart, chrome);
  const nextFilled = nextFilledLines(lines);
  const forwarded = forwardedMessageStart(lines, bodyStart);
  const out: StampCandidate[] = [];
  if (input.datelineDay) out.push({ day: input.datelineDay, source: "dateline", line: bodyStart });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // A page's "Today is …" names the day it was saved, which is no candidate.
    // Nor does the header of a mail that forwards the story: it says when it was passed on.
    if (isTodayWidget(line) || i < forwarded) continue;
    // A page's footer stamp under its comments ("Last modified: …") still dates the page.
    if (chrome.has(i)) {
      if (i > bodyStart) out.push(...footerStamps(line, nextFilled[i], i));
      continue;
    }
    // A weekly's issue line at the foot of its page, under the story and its boxes.
    const issue = i > lastProse && lastProse >= bodyStart ? issueDay(line) : undefined;
    if (issue) out.push({ day: issue, source: "sign-off", line: i });
    const address = isProse(line) ? undefined : addressDay(line);
    if (address) out.push({ day: address, source: "address", line: i });
    const next = nextFilled[i];
    const labelled = labelledStamps(line, next);
    // "DATE: 2008-11-05" between the story's paragraphs is the field of a document it quotes (a
    // cable's, a memo's), not the page's stamp. Under a headline read as the body's first line
    // and above any sentence, it is still the page's; so is a stamp printed under its post.
    const quoted = labelled.some((l) => !l.underPost);
    if (quoted && i < lastProse && sentenceBetween(lines, bodyStart, i)) continue;
    if (labelled.length) {
      // A reader's save or print stamp is no publication date, nor may the line be read as one.
      // An update stamp under the body (a page footer's "Updated: …") says when the page last
      // changed, which a date line above the body, the day of the text, outranks.
      for (const l of labelled)
        if (l.kind !== "saved")
          out.push({
            day: l.day,
            source: l.kind === "updated" && i > bodyStart ? "updated-below" : l.kind,
            line: i,
          });
      continue;
    }
    if (i >= bodyStart) continue;
    const shape = stampShape(line);
    const date = readStampDate(line);
    // A masthead's date is the day the page was read: a bare date line's rank, where one nearer
    // the body, or any stamp ranked above such lines, wins.
    const masthead =
      shape === "byline"
        ? isMasthead(lines, i, bodyStart)
        : !shape && date && isMastheadWithParts(lines, i, bodyStart);
    const source = masthead ? "date-line" : shape;
    if (source && date) out.push({ day: date.day, source, line: i });
    // Only a line with a yearless weekday date costs the years' search (the body is read for it).
    else if (WEEKDAY_MONTH_DAY.test(line) && !date) {
      const yearless = yearlessStamp(line, stampYears(input));
      if (yearless) out.push({ ...yearless, line: i });
    } else if (MONTH_DAY_NO_YEAR.test(line) && !date) {
      const served = stampOfServedYear(line, input);
      if (served) out.push({ ...served, line: i });
    }
  }
  const hint = input.hint?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  if (hint) out.push({ day: hint, source: "hint", line: -1 });
  const lead = (lines[bodyStart] ?? "").match(LEAD_DATELINE);
  const leadDay = lead?.[1] ? readStampDate(lead[1])?.day : undefined;
  if (leadDay && !input.datelineDay) out.push({ day: leadDay, source: "lead", line: bodyStart });
  const inner = innerDateline(lines, bodyStart, chrome);
  if (inner && !input.datelineDay) out.push(inner);
  const signOff = signOffStamp(lines, bodyStart, chrome);
  if (signOff) out.push(signOff);
  const aged = ageStamp(lines, chrome);
  if (aged) out.push(aged);
  return out;
}

/**
 * The page-wide stamps (stamps.json `pageFooter`) of a line below the story's first line, and a
 * stamp in a part of its own before a copyright notice ("Published online 14/05/2012 · © 2012 The
 * Review"), which the notice's line sets apart from readers' comments.
 */
function footerStamps(line: string, next: string | undefined, i: number): StampCandidate[] {
  return [
    ...labelledStamps(line, next).filter((l) => l.pageFooter),
    ...stampsBeforeNotice(line),
  ].map((l) => ({
    day: l.day,
    source: l.kind === "updated" ? "updated-below" : "published",
    line: i,
  }));
}

/** The stamps of the parts of a line before the part that is its copyright notice. */
function stampsBeforeNotice(line: string): ReturnType<typeof labelledStamps> {
  const parts = line.split(STAMP_SEPARATOR);
  const notice = parts.findIndex((p) => matchesAny(COPYRIGHT, p));
  return notice > 0 ? parts.slice(0, notice).flatMap((p) => labelledStamps(p)) : [];
}

/**
 * For each line, the first line below it with more than white space, if any: what
 * `lines.slice(i + 1).find((l) => l.trim())` gives, in one pass from the end rather than one
 * copy of the page below each line.
 */
export function nextFilledLines(lines: readonly string[]): (string | undefined)[] {
  const next: (string | undefined)[] = new Array<string | undefined>(lines.length);
  let below: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = below;
    const line = lines[i] ?? "";
    if (line.trim()) below = line;
  }
  return next;
}

/**
 * The first paragraph below the body's first that opens with a full dateline ("PORT
 * SPRINGFIELD, Ore., March 3, 2011 - The firm today released …"): a press release under a
 * landing page's abstract, dated by its own line.
 */
function innerDateline(
  lines: string[],
  bodyStart: number,
  chrome: Set<number>,
): StampCandidate | undefined {
  for (let i = bodyStart + 1; i < lines.length; i++) {
    if (chrome.has(i)) continue;
    const day = readDateline(lines[i] ?? "")?.date;
    if (day) return { day, source: "inner-dateline", line: i };
  }
  return undefined;
}

/**
 * "20 hours ago" under a post, on a page a reader saved with its day ("saved date: …",
 * "Retrieved …", anywhere on the page): the first age outside the comments, counted back from
 * the first save stamp.
 */
function ageStamp(lines: string[], chrome: Set<number>): StampCandidate | undefined {
  // Most pages tell no age: the save stamp is sought only on a page that does.
  const at = lines.findIndex((line, i) => !chrome.has(i) && ageInDays(line) !== undefined);
  const saved = at < 0 ? undefined : firstSavedDay(lines);
  const day = saved && dayOfAge(lines[at] ?? "", saved);
  return day ? { day, source: "age", line: at } : undefined;
}

/**
 * The stamp some outlets set under a story's last paragraph ("(The Daily Courier) July 10,
 * 2013"): the first date line or dated credit after the last line of prose, unless it is chrome
 * (a comment's or a copyright's date). A date line between paragraphs is a heading, not one.
 */
function signOffStamp(
  lines: string[],
  bodyStart: number,
  chrome: Set<number>,
): StampCandidate | undefined {
  // A photo's caption may stand under the stamp that closes the story.
  const captions = new Set(chrome);
  lines.forEach((line, i) => {
    if (i > bodyStart && isCaptionLine(line)) captions.add(i);
  });
  const lastProse = lastProseLine(lines, bodyStart, captions);
  if (lastProse < 0) return undefined;
  for (let i = lastProse + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // A post's tags may stand between its last sentence and its stamp.
    // So may a wire's end mark ("==Kyodo").
    if (chrome.has(i) || !line.trim() || isTagLine(line) || matchesAny(END_MARKS, line.trim()))
      continue;
    const date = stampShape(line) ? readStampDate(line) : undefined;
    if (date) return { day: date.day, source: "sign-off", line: i };
    // A story may end on a sentence too short to count as prose ("The talks ran long.").
    if (!endsLikeSentence(line.trim()) || line.trim().endsWith(":")) return undefined;
  }
  return undefined;
}

/** Whether a line of prose that ends a sentence stands from `from` up to, not including, `to`. */
function sentenceBetween(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? "";
    if (isProse(line) && endsLikeSentence(line.trim())) return true;
  }
  return false;
}

/**
 * The most reliable candidate (SOURCE_ORDER; within a source the first in the page, except bare
 * date lines, where the one nearest the body wins), after dropping candidates far later than
 * anything the body names when another one fits.
 */
export function pickPublished(
  candidates: StampCandidate[],
  body: string[],
): StampCandidate | undefined {
  const latest = latestBodyYear(body);
  const fits = (c: StampCandidate) =>
    latest === undefined || Number(c.day.slice(0, 4)) <= latest + PLAUSIBLE_YEARS_AFTER;
  const plausible = candidates.filter(fits);
  // With nothing that fits, the body only names older years ("Nixon's trip in 1972"): all stay.
  const pool = plausible.length ? plausible : candidates;
  const rank = (c: StampCandidate) => SOURCE_ORDER.indexOf(c.source);
  return [...pool].sort(
    (a, b) => rank(a) - rank(b) || (a.source === "date-line" ? b.line - a.line : a.line - b.line),
  )[0];
}

/** The article's publication day, or undefined when the page states none. */
export function findPublished(input: PublishedInput): string | undefined {
  const best = pickPublished(stampCandidates(input), input.body);
  if (input.monthDay && !input.datelineDay) {
    // A wire dateline gives the story's own day without a year ("WASHINGTON, July 8 (Xinhua)");
    // the page's stamp (often the next day in Beijing), else the body's dates, give the year.
    // A day the body tells of as done (a caption's, a past talk's) came before the story: the
    // dateline's is the first one on or after it, though the other year's may be nearer.
    const told = best ? undefined : latestBodyDay(input.body.filter((l) => !isScheduled(l)));
    if (told) return firstOnOrAfter(told, input.monthDay.month, input.monthDay.day);
    // A numeric stamp is read in the order that puts it on the dateline's day, where one does.
    const stampLine = best && best.line >= 0 ? input.lines[best.line] : undefined;
    const stampDay =
      best && stampLine
        ? (orderedByDateline(stampLine, best.day, input.monthDay) ?? best.day)
        : best?.day;
    const near = stampDay ?? latestBodyDay(input.body);
    if (near) return closestWithYear(near, input.monthDay.month, input.monthDay.day);
    // Else a reader's save or print stamp: the page was out by then, so the dateline's day is the
    // last one on or before it ("BEIJING, Sept. 18 Kyodo" printed 2013/01/07: 2012-09-18).
    const saved = savedDay(input);
    if (saved) return lastOnOrBefore(saved, input.monthDay.month, input.monthDay.day);
  }
  // An address's day is written year first: there is no order to settle.
  const line =
    best && best.line >= 0 && best.source !== "address" && best.source !== "age"
      ? input.lines[best.line]
      : undefined;
  if (!best || !line) return best?.day;
  return inPageOrder(line, best.day, input.lines, input.body);
}

/**
 * For an article with no publication date: the latest day the body names in full, else New
 * Year's Day of the latest year it names. Only explicitly dated events are kept for such an
 * article; this day decides which of them are still to come.
 */
export function latestNamedDay(body: string[]): string | undefined {
  const day = latestBodyDay(body);
  if (day) return day;
  const year = latestBodyYear(body);
  return year === undefined ? undefined : `${year}-01-01`;
}
