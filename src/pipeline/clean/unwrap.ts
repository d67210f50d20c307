import {
  endsLikeSentence,
  isFooterStart,
  isMenuLine,
  isWidgetLine,
  moreWordsThan,
} from "./lines.ts";
import { commentsBegin } from "./stamps/page-chrome.ts";
import { readByline } from "./metadata.ts";
import { readDateline } from "./dateline.ts";
import { LIST_ITEM } from "../lexicon/stamps.ts";
import { labelledStamps } from "./stamps/labelled-stamp.ts";
import { stampShape } from "./stamps/stamp-shape.ts";
import { isYearlessStampLine } from "./stamps/yearless-stamp.ts";
import { joinBrokenWord, pageWords } from "./hyphenation.ts";
import { DAY_SPAN, MONTH_WORD } from "../lexicon/calendar.ts";
import { endsOnAbbreviation } from "../segment/sentences.ts";
import { remembered } from "../util/remembered.ts";
import { isDatedRow } from "./table-row.ts";
import { isDateHeading } from "./chronology.ts";

/** Lines longer than this are paragraphs of their own, never a fixed-width column (pages wrap wire
 * copy at 60–80 characters, and some at a little over a hundred). */
const MAX_WIDTH = 120;

/** Prose lines broken once inside a paragraph are at least this long (a headline rarely is). */
const BROKEN_PROSE_MIN = 80;

/**
 * A line cut at the column's width in mid-sentence: long, several words, no sentence end (a
 * title's or a month's abbreviation ends none).
 */
function cutMidSentence(line: string, width: number): boolean {
  return (
    line.length >= 0.6 * width &&
    moreWordsThan(line, 4) &&
    (!endsLikeSentence(line) || endsOnAbbreviation(line))
  );
}

/** A list item's marker stands apart from its text ("* Talks end"); "-based officials" goes on. */
const BULLET_SPACE = /^\S{1,3}\s/;

/**
 * A numbered paragraph ("1. At the invitation of …"), as documents number theirs: a sentence that
 * wraps, where a bulleted line above wire copy is a headline of its own.
 */
const NUMBERED = /^\d{1,2}[.)]\s/;

/**
 * Page furniture saved without blank lines above a wire story (a menu, the headline's byline, a
 * date stamp "Fri May 3, 2011 6:31pm EDT", "Thu Nov 11, 8:04 am ET" or "Updated: 2011-05-03
 * 07:51", a wire's summary bullet "* Talks end in Beijing") is a line of its own: joined to the
 * headline it would hide both the stamp and the body's start. So is a heading that ends the story
 * ("Related Stories", "Comments (12)"): joined to a line of tags or links it would end nothing. A
 * page widget's line ("Related: …", "Share this") is no part of a sentence either, nor is a line
 * of stamps and credits between bars ("Posted Tue 3/6/2012 by the editor | Source: …").
 */
function standsAlone(line: string): boolean {
  return (
    isMenuLine(line) ||
    isWidgetLine(line) ||
    isFooterStart(line) ||
    commentsBegin(line) ||
    (LIST_ITEM.test(line) && BULLET_SPACE.test(line)) ||
    !!readByline(line) ||
    labelledStamps(line).length > 0 ||
    !!stampShape(line) ||
    isYearlessStampLine(line) ||
    isDatedRow(line) ||
    isDateHeading(line)
  );
}

/** Whether a line stands alone (standsAlone). */
type AloneTest = (line: string) => boolean;

/**
 * A chronology's entry that opens with its date and a colon ("Oct. 8, 2012: The House Select
 * Committee on Intelligence"), which reads like a stamp and its outlet, goes on with a line in
 * lower case ("releases a report …"); a byline's "by" under a stamp does not.
 */
const DATED_ENTRY = new RegExp(
  String.raw`^(?:${MONTH_WORD}\.?\s+${DAY_SPAN},?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}):\s+\S`,
  "i",
);

const entryGoesOn = (last: string, line: string) =>
  DATED_ENTRY.test(last) && /^\p{Ll}/u.test(line) && !/^by\b/.test(line);

/**
 * A wire's dated dateline ("WASHINGTON, May 18 (Reuters) - …") opens a story: the line above it (a
 * forum poster's "Member   Join Date: Sep 2009", a caption) is not cut from its first sentence.
 */
function opensWireStory(line: string): boolean {
  const dateline = readDateline(line);
  return !!dateline && !!(dateline.date || dateline.monthDay || dateline.agency);
}

/**
 * "* July 9 -- The ministers of both sides" over "co-chaired the talks …": a list item cut in
 * mid-sentence, its text going on in lower case on the next line (a hanging indent, which the
 * normalised lines no longer show), or a numbered one cut at the column's width and going on with
 * a line that is no item nor stamp of its own ("1. At the invitation of Vice President" over "Jane
 * Roe will …"), is one item.
 */
function continuesItem(last: string, line: string, width: number, alone: AloneTest): boolean {
  return (
    LIST_ITEM.test(last) &&
    BULLET_SPACE.test(last) &&
    (/^\p{Ll}/u.test(line) ||
      (cutMidSentence(last, width) &&
        !alone(line) &&
        (NUMBERED.test(last) || itemGoesOn(last, line)))) &&
    !endsLikeSentence(last)
  );
}

/**
 * A chronology's entry: a bulleted item that opens with its date ("* MAY 2011 - …", "• Oct. 3 --
 * …", "- 2012: …"), or with its month alone set off by a dash or colon ("* JUNE - …", the year
 * being an earlier entry's); a month that opens a sentence ("* May is …") dates no entry.
 */
const DATED_ITEM = new RegExp(
  String.raw`^\S{1,3}\s+(?:${MONTH_WORD}\.?(?:\s+\d{1,4}\b|\s*(?:[:–—]|--?)\s)|(?:19|20)\d{2}\b)`,
  "i",
);

/**
 * The line below a chronology's entry cut at the column's width goes on with it ("* MAY 2011 -
 * Gen. Chen, chief of the PLA General" over "Staff, is hosted …") unless it opens an entry or a
 * story of its own. A wire's summary bullets, which carry no date, stay lines of their own.
 */
function itemGoesOn(last: string, line: string): boolean {
  return DATED_ITEM.test(last) && !LIST_ITEM.test(line) && !readDateline(line);
}

/**
 * A line ending on a word no sentence, heading or list item ends on ("… from February 13 to"):
 * the next line goes on with it, even where it looks like a list item ("17. The visit …").
 */
const OPEN_END = /\b(?:a|an|the|to|of|from|with|and|or|in|on|at|by|for)$/i;

/** A whole sentence wider than any column. */
const isWideSentence = (line: string | undefined) =>
  (line?.length ?? 0) > MAX_WIDTH && endsLikeSentence(line ?? "");

/**
 * Consecutive non-empty lines: a paragraph, or a wire story with no blank lines in it. A whole
 * sentence wider than any column (a copyright notice on one line) is a run of its own, so the
 * column above and below it is still read as one; a wide line cut in mid-sentence goes on below.
 */
function runsOf(lines: readonly string[]): { start: number; end: number; gap: boolean }[] {
  const runs: { start: number; end: number; gap: boolean }[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    if (isWideSentence(lines[j])) j++;
    else while (j < lines.length && lines[j] && !isWideSentence(lines[j])) j++;
    // A blank line ends the run and is kept after it; a wide line only ends the run.
    const gap = j < lines.length && !lines[j];
    runs.push({ start: i, end: j, gap });
    i = gap ? j + 1 : j;
  }
  return runs;
}

/**
 * How many lines of a run are cut at its width in mid-sentence, and that width. A lone line is
 * joined as no column, nor is a run wider than any (unwrapHardWrapped): their cuts, which
 * would decide nothing, are not counted (0).
 */
function columnOf(run: readonly string[], alone: AloneTest): { width: number; cuts: number } {
  if (run.length < 2) return { width: run[0]?.length ?? 0, cuts: 0 };
  // A site's menu saved above the story without a blank line is wider than its column.
  const width = Math.max(0, ...run.filter((l) => !isMenuLine(l)).map((l) => l.length));
  if (width > MAX_WIDTH) return { width, cuts: 0 };
  // A chronology's entry is cut as its column is; a summary bullet or a stamp is a line apart.
  const cuts = run.filter(
    (l) => cutMidSentence(l, width) && (!alone(l) || DATED_ITEM.test(l)),
  ).length;
  return { width, cuts };
}

/** A story wrapped at a fixed width shows it in this many cut lines, counted over its paragraphs. */
const WRAPPED_STORY_CUTS = 3;

/**
 * Joins the lines of hard-wrapped copy back into paragraphs. A run of consecutive non-empty lines,
 * none wider than a wire column and at least three of them cut in mid-sentence, is hard-wrapped;
 * so is a paragraph of two or three lines with a cut line in a story whose paragraphs, counted
 * together, have three cut lines (a story wrapped at a fixed width with blank lines between its
 * paragraphs). In it a line is joined to the next when it is cut in mid-sentence or the next goes
 * on in lower case. The line break is kept ("\n"), so the text stays the page's own and a
 * sentence across lines is one stretch of it, except where a hyphen at the line's end breaks a
 * word, which is written whole (hyphenation.ts). Other lines are returned as they are.
 */
export function unwrapHardWrapped(lines: readonly string[]): string[] {
  // Each distinct line of the page asked once: a column's line is asked once when its cuts are
  // counted and twice when it is joined, and the answer depends on the line alone.
  const alone: AloneTest = remembered(standsAlone);
  const runs = runsOf(lines).map(({ start, end, gap }) => {
    const { width, cuts } = columnOf(lines.slice(start, end), alone);
    return { start, end, gap, width, cuts };
  });
  // The page's words are read only for a page with a column to join.
  let known: Set<string> | undefined;
  const words = () => (known ??= pageWords(lines));
  const narrow = runs.filter((r) => r.end - r.start >= 2 && r.width <= MAX_WIDTH);
  const wrappedStory = narrow.reduce((n, r) => n + r.cuts, 0) >= WRAPPED_STORY_CUTS;
  const out: string[] = [];
  for (const { start, end, gap, width, cuts } of runs) {
    const run = lines.slice(start, end);
    const wire = run.length >= 4 && cuts >= 3;
    const paragraph = wrappedStory && run.length >= 2 && cuts >= 1;
    if (width <= MAX_WIDTH && (wire || paragraph))
      out.push(...joinColumn(run, width, words, alone));
    else out.push(...joinBrokenProse(run, alone));
    if (gap) out.push(lines[end] ?? "");
  }
  return out;
}

/** The lines of a wrapped column joined into its paragraphs. */
function joinColumn(
  run: readonly string[],
  width: number,
  words: () => ReadonlySet<string>,
  alone: AloneTest,
): string[] {
  const out: string[] = [];
  let paragraph = run[0] ?? "";
  let last = paragraph;
  for (const line of run.slice(1)) {
    const joins = cutMidSentence(last, width) || /^\p{Ll}/u.test(line);
    const goesOn = OPEN_END.test(last) && LIST_ITEM.test(line) && !alone(last);
    if (
      (joins && !alone(last) && !alone(line) && !opensWireStory(line)) ||
      continuesItem(last, line, width, alone) ||
      entryGoesOn(last, line) ||
      goesOn
    )
      paragraph = joinBrokenWord(paragraph, line, words) ?? `${paragraph}\n${line}`;
    else {
      out.push(paragraph);
      paragraph = line;
    }
    last = line;
  }
  out.push(paragraph);
  return out;
}

/**
 * Outside a wire column, a long line of prose cut in mid-sentence and followed by a line that
 * goes on in lower case is one sentence broken by a stray line break (a <br> or a paste), so the
 * two are joined, keeping the "\n". A byline ("by Staff Writers") under a headline is not a
 * continuation, nor is a short line (a headline, a menu item), nor a site's stamp in lower case
 * ("english.example.cn 2010-11-26 18:47") under its menu: each stands alone.
 */
export function joinBrokenProse(run: readonly string[], alone: AloneTest = standsAlone): string[] {
  const out: string[] = [];
  for (const line of run) {
    const last = out.at(-1);
    // No column here: only a lower-case line goes on with an item.
    const lastLine = last?.split("\n").at(-1) ?? "";
    const item = last !== undefined && continuesItem(lastLine, line, Infinity, alone);
    if (
      item ||
      (last !== undefined && entryGoesOn(lastLine, line)) ||
      (last !== undefined &&
        last.length >= BROKEN_PROSE_MIN &&
        cutMidSentence(last, last.length) &&
        /^\p{Ll}+\b/u.test(line) &&
        !/^by\b/.test(line) &&
        !alone(lastLine) &&
        !alone(line))
    )
      out[out.length - 1] = `${last}\n${line}`;
    else out.push(line);
  }
  return out;
}
