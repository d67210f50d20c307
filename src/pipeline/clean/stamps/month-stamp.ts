import { MONTH_WORD } from "../../lexicon/calendar.ts";
import { MONTHS } from "../../util/dates.ts";
import { ISSUE_WORDS } from "../../lexicon/stamps.ts";
import { isProse, lastProseLine, moreWordsThan } from "../lines.ts";
import { alternatives, isNameLike, residue } from "./residue.ts";
import { readStampDate } from "./stamp-date.ts";

/*
 * A periodical, a newsletter or a catalogue dates a page by its month: "Issue 41 | June 2012",
 * "Harbour Review » Oct. 2011", "Last updated May 2013", a journal's running foot "Vol. 12, No.
 * 3 (September 2012), pp. 201-219". With no day stamped anywhere, that month is the page's: its
 * yearless days ("on Jan. 27") and "last month" are read against it.
 */

/** A month and a year with no day beside them ("December 2013", "Dec. 2013"). */
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\d,]\s*)(?<!\d(?:st|nd|rd|th)?\s+)\b(${MONTH_WORD})\.?\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`,
  "gi",
);
/** An issue's word and its number ("Vol. 12", "No. 3", "Issue 41", "pp. 201-219"), or the word alone. */
const ISSUE_PART = new RegExp(
  String.raw`\b(?:${alternatives(ISSUE_WORDS)})\b\.?(?:\s*[\d]+(?:\s*[-–]\s*\d+)?)?`,
  "gi",
);
/** A breadcrumb's arrow between a periodical's name and its issue ("Harbour Review » Oct. 2011"). */
const CRUMB = /[»›>]/g;

/** The most words an issue line holds. */
const ISSUE_LINE_WORDS = 14;

/** Whether a line is short enough, and no prose, to be an issue line. */
const issueLineSized = (line: string) => !moreWordsThan(line, ISSUE_LINE_WORDS) && !isProse(line);

/**
 * What an issue line names besides its date and its issue's parts (residue.ts drops the bars,
 * dots and commas between them; a breadcrumb's arrows go here): the periodical's name, or "".
 */
const issueName = (rest: string) => residue(rest.replace(ISSUE_PART, " ").replace(CRUMB, " "));

/**
 * "YYYY-MM" of a line that is a periodical's issue line, or undefined. `bare`: a month and year
 * alone count too (above the headline, where no chronology's heading stands).
 */
export function issueMonth(line: string, bare = false): string | undefined {
  if (!issueLineSized(line)) return undefined;
  const dates = [...line.matchAll(MONTH_YEAR)];
  const [date] = dates;
  if (dates.length !== 1 || !date) return undefined;
  const at = date.index ?? 0;
  const rest = `${line.slice(0, at)} ${line.slice(at + date[0].length)}`;
  const hasIssueWord = ISSUE_PART.test(rest);
  ISSUE_PART.lastIndex = 0;
  const name = issueName(rest);
  // A bare "March 2011" may be a chronology's heading: an issue line names its issue or its title.
  if (!hasIssueWord && !name && !bare) return undefined;
  if (name && !isNameLike(name, 6)) return undefined;
  const month = MONTHS[(date[1] ?? "").toLowerCase()];
  return month ? `${date[2]}-${String(month).padStart(2, "0")}` : undefined;
}

/**
 * The day of a line that is a periodical's issue line with a full date, or undefined: its
 * volume's or issue's number and its outlet's name beside the day ("The Harbour Weekly · Vol. 12,
 * No. 48 · Friday, November 30, 2012"), as a weekly prints it at the foot of each page.
 */
export function issueDay(line: string): string | undefined {
  if (!issueLineSized(line)) return undefined;
  const date = readStampDate(line);
  if (!date) return undefined;
  const rest = `${line.slice(0, date.start)} ${line.slice(date.end)}`;
  if (readStampDate(rest)) return undefined;
  // An issue's number, not the word alone: "No. 48", "Vol. 12", "Issue 41".
  const numbered = [...rest.matchAll(ISSUE_PART)].some((m) => /\d/.test(m[0]));
  if (!numbered) return undefined;
  const name = issueName(rest);
  return !name || isNameLike(name, 6) ? date.day : undefined;
}

/**
 * The last line above the body with words of its own (a headline, a byline), or -1: a bare "March
 * 2010" above it is the issue's month set over the headline, not the heading of the body's first
 * entry.
 */
function lastWordsAbove(lines: readonly string[], bodyStart: number): number {
  return lines
    .slice(0, bodyStart)
    .findLastIndex((line) => /[a-z]{2}/.test(line) && !MONTH_ONLY.test(line));
}

/** A line that is only a month and its year. */
const MONTH_ONLY = new RegExp(String.raw`^\s*${MONTH_WORD}\.?\s+(?:19|20)\d{2}\s*$`, "i");

/**
 * The page's month from an issue line above the body, else from one under its last line of prose
 * (a running foot); undefined when neither is there.
 */
export function monthStamp(lines: readonly string[], bodyStart: number): string | undefined {
  const words = lastWordsAbove(lines, bodyStart);
  for (let i = 0; i < bodyStart; i++) {
    const month = issueMonth(lines[i] ?? "", i < words);
    if (month) return month;
  }
  for (let i = Math.max(lastProseLine(lines, bodyStart) + 1, bodyStart); i < lines.length; i++) {
    const month = issueMonth(lines[i] ?? "");
    if (month) return month;
  }
  return undefined;
}
