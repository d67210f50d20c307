import {
  STAMP_LABEL_MEDIA,
  STAMP_LABEL_NOUNS,
  STAMPED_THINGS,
  STAMP_LABELS,
  type StampLabel,
} from "../../lexicon/stamps.ts";
import { wordCount } from "../lines.ts";
import { alternatives, isNameLike, residue, withoutClock, withoutWidgets } from "./residue.ts";
import { plainNumbers, readStampDate, shortYearDate } from "./stamp-date.ts";
import { STAMP_SEPARATOR, stampShape } from "./stamp-shape.ts";

/** A label that opens the line, after a bullet or a forum post's number ("#1 Posted on …"). */
const LABEL_AT_START = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*(?:#\d+\s+)?(${alternatives(STAMP_LABELS.map((l) => l.words))})\b`,
  "i",
);
/**
 * A label glued to page chrome, after a separator or after the site's address that opens a
 * printed page's header ("E-mailPublished on …", "Share | Posted …", "example.com Printed …").
 */
const LABEL_INSIDE = new RegExp(
  String.raw`(?:[a-z)\]](?=[A-Z])|[|•·]\s*|^[\w-]+(?:\.[\w-]+)+\s+)(${alternatives(
    STAMP_LABELS.map((l) => l.words.replace(/^./, (c) => c.toUpperCase())),
  )})\b`,
);

/**
 * A label and its colon after a closing bracket, where a saved page ran the byline's fields into
 * one line ("By Jane Roe in Denver (The Daily) Updated: 2012-04-02 10:15").
 */
const LABEL_AFTER_BRACKET = new RegExp(
  String.raw`[)\]]\s+(${alternatives(
    STAMP_LABELS.map((l) => l.words.replace(/^./, (c) => c.toUpperCase())),
  )})(?=\s*:)`,
);

/**
 * A label after one word naming what it stamps, then a colon ("Summary posted: …", "Story
 * published: …", "Page last updated: …"). Only with the colon: "Officials posted …" is narration.
 */
const LABEL_AFTER_WORD = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*[A-Z][a-z]+\s+(${alternatives(
    STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words),
  )})(?=\s*:)`,
  "i",
);

/** "Published time:": what the label names, then its colon (stamps.json `labelNouns`). */
const LABEL_NOUN = new RegExp(String.raw`^\s*(?:${alternatives(STAMP_LABEL_NOUNS)})\s*:`, "i");

/** Where the page appeared, colon or not ("Published online: …": stamps.json `labelMedia`). */
const LABEL_MEDIUM = new RegExp(String.raw`^\s*(?:${alternatives(STAMP_LABEL_MEDIA)})\b\s*:?`, "i");

/** A label after what it stamps, colon or not ("Page last updated at …": stamps.json stampedThings). */
const LABEL_AFTER_THING = new RegExp(
  String.raw`^[\s|•·*>»([–—-]*(?:${alternatives(STAMPED_THINGS)})\s+(${alternatives(
    STAMP_LABELS.filter((l) => !l.strict).map((l) => l.words),
  )})\b`,
  "i",
);

/** The longest word of a label's words. */
const longestWord = (words: string) =>
  words.split(" ").reduce((longest, w) => (w.length > longest.length ? w : longest), "");

/**
 * Each label's longest word, anywhere and in any case. Every pattern above that finds a label
 * holds all its words; plainNumbers, which findLabel reads, only changes letters' case and drops
 * a number's suffix or a clock's "T" and zone, joining no letters. So a line without any of these
 * has no label, and its long search is spared.
 */
const LABEL_HINT = new RegExp(
  alternatives([...new Set(STAMP_LABELS.map((l) => longestWord(l.words)))]),
  "i",
);

function labelOf(words: string): StampLabel | undefined {
  const key = words.toLowerCase().replace(/\s+/g, " ");
  return STAMP_LABELS.find((l) => l.words === key);
}

/** The label of a stamp line and where its words end. */
function findLabel(line: string): { label: StampLabel; end: number } | undefined {
  const m =
    // Most lines have no colon; the long alternation is only worth trying on those that do. It
    // goes first: in "Date posted: …" the label is "posted", not the strict "Date".
    (line.includes(":") ? line.match(LABEL_AFTER_WORD) : null) ??
    line.match(LABEL_AT_START) ??
    line.match(LABEL_AFTER_THING) ??
    line.match(LABEL_INSIDE) ??
    (line.includes(":") ? line.match(LABEL_AFTER_BRACKET) : null);
  const label = m?.[1] ? labelOf(m[1]) : undefined;
  if (!m || !label) return undefined;
  return { label, end: (m.index ?? 0) + m[0].length };
}

/** A labelled stamp's day and what its label says of it. */
interface LabelledStamp {
  day: string;
  kind: StampLabel["kind"];
  /** Printed under the post it dates (stamps.json `underPost`). */
  underPost?: true;
  /** Dates the whole page, under its comments too (stamps.json `pageFooter`). */
  pageFooter?: true;
}

/**
 * Between two sentences or clauses of a line: a sentence's end, a space, a capital; a semicolon.
 * The end may follow a zone's capitals or a year ("… at 21:40 EST. Report broken links"), not an
 * initial ("U.S. Navy").
 */
const SENTENCE_BREAK = /(?<=(?:[a-z]|[A-Z\d]{2})[.!?])\s+(?=[A-Z])|;\s+/;

/** A field's label, capitalised, and its colon: "Author:", "Source:", "Editor in charge:". */
const NEXT_FIELD = /^[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:/;

/** Words of a name between a stamp's label and its date ("Posted by Jane Doe at …"). */
const MAX_NAME_WORDS = 6;
/** The same after a label followed by who spoke (`afterNames`): two people with their offices. */
const MAX_SPEAKER_WORDS = 24;
/** Words of a stamp besides the name: its label, date, clock, zone and source. */
const STAMP_OTHER_WORDS = 14;
/** A line that opens with a label followed by who spoke ("Presenter:", "Briefer:"). */
const AFTER_NAMES_START = new RegExp(
  String.raw`^\s*(?:${alternatives(STAMP_LABELS.filter((l) => l.afterNames).map((l) => l.words))})\s*:`,
  "i",
);

/** A line that opens with a label no prose uses (a blog's footer, `anyWords`). */
const ANY_WORDS_START = new RegExp(
  String.raw`^\s*(?:${alternatives(STAMP_LABELS.filter((l) => l.anyWords).map((l) => l.words))})\b`,
  "i",
);
/** The most words such a footer has, with its categories and tags. */
const ANY_WORDS_MAX = 60;

/**
 * A labelled stamp: the label, then (after a colon, "on", a weekday, "by Jane Doe at", "Xinhua |")
 * its date, then at most a clock time, a zone or a source. Narration that starts with a label word
 * ("Updated figures released on …", "Dated March 3, 2012, the letter said …") is not one: nothing
 * but a name may stand before or after the date.
 */
export function readLabelledStamp(line: string, next?: string): LabelledStamp | undefined {
  return LABEL_HINT.test(line) ? readHintedStamp(line, next) : undefined;
}

/** readLabelledStamp of a line that holds a label's longest word (LABEL_HINT). */
function readHintedStamp(line: string, next?: string): LabelledStamp | undefined {
  // Most lines are prose, longer than any stamp: they are let go before the label is sought,
  // unless they open with a label that names its speakers first ("Presenter: …").
  // A view counter beside the stamp ("Views: 2047") is the page's widget, no word of it; under
  // the shortest bound below it changes no comparison, so short lines are not read again.
  const all = wordCount(line);
  const words = all <= MAX_NAME_WORDS + STAMP_OTHER_WORDS ? all : wordCount(withoutWidgets(line));
  const long = words > MAX_NAME_WORDS + STAMP_OTHER_WORDS;
  if (long && !AFTER_NAMES_START.test(line) && !ANY_WORDS_START.test(line)) return undefined;
  const text = plainNumbers(line);
  const found = findLabel(text);
  if (!found) return undefined;
  if (found.label.anyWords) {
    const date = words <= ANY_WORDS_MAX ? readStampDate(text.slice(found.end)) : undefined;
    if (!date) return undefined;
    return {
      day: date.day,
      kind: found.label.kind,
      ...(found.label.pageFooter && { pageFooter: true }),
    };
  }
  const nameWords = found.label.afterNames ? MAX_SPEAKER_WORDS : MAX_NAME_WORDS;
  if (words > nameWords + STAMP_OTHER_WORDS) return undefined;
  const after = text.slice(found.end);
  let date = readStampDate(after) ?? shortYearDate(after);
  let gap = date ? after.slice(0, date.start) : after;
  // After the date only a clock, a zone, a source ("in The Evening Ledger") or an author ("by
  // admin": user names need no capital) may follow.
  // A full stop may close the line ("This page was last modified on 21 May 2013 at 14:02.").
  const rest = date ? after.slice(date.end) : "";
  const tail = date ? residue(rest).replace(/\.$/, "") : "";
  const credited = /^(?:in|by|from)\s+/i.test(tail);
  const source = tail.replace(/^(?:in|by|from)\s+/i, "");
  const credit = credited && source.split(" ").length <= 4;
  // "…, updated May 14, 2011 at 9:15 p.m.": a second stamp may follow the first, and on a
  // page's line of fields ("Date: 27/08/2013  Author: Jane Roe  Source: …") the next field.
  if (
    tail &&
    !credit &&
    !isNameLike(source, 8) &&
    !readLabelledStamp(tail) &&
    // The second stamp read as it stands, its label's colon kept ("… 09:37 Edited time: …").
    !readLabelledStamp(withoutClock(rest).trim()) &&
    !NEXT_FIELD.test(rest.trim())
  )
    return undefined;
  if (!date && next !== undefined && !residue(gap)) {
    // "Published:" on a line of its own, its date on the next one.
    const below = readStampDate(next);
    if (below && stampShape(next) === "date-line") date = below;
  }
  if (!date) return undefined;
  if (found.label.strict && !/^\s*:/.test(gap) && gap.trim()) return undefined;
  gap = residue(gap.replace(LABEL_MEDIUM, "").replace(LABEL_NOUN, ""));
  // "Posted by timothy on …": after "by", one word is a user name, which needs no capital.
  if (/^by\s+[\w.-]+$/i.test(gap)) gap = "";
  // "Posted by …", "Posted in World", "Posted to: Military": a writer, or the section it went to.
  gap = gap.replace(/^(?:by|from|in|to)\s+/i, "");
  if (gap && !isNameLike(gap, nameWords)) return undefined;
  return {
    day: date.day,
    kind: found.label.kind,
    ...(found.label.underPost && { underPost: true }),
    ...(found.label.pageFooter && { pageFooter: true }),
  };
}

/**
 * The labelled stamps of a line: the line as one stamp, else each part between separators, so
 * "First published: 27 Sep 2012 11:40 | Last updated: 28 Sep 2012" gives both dates.
 */
export function labelledStamps(line: string, next?: string): LabelledStamp[] {
  // A line without a label's word has none, whole or in parts.
  if (!LABEL_HINT.test(line)) return [];
  const whole = readHintedStamp(line, next);
  if (whole) return [whole];
  if (!/[|·•]/.test(line)) {
    // "This is an official site. Page last updated: 4/2/2012": a footer's notice, then its
    // stamp; "Compiled by the desk; distributed May 3, 2012": a credit, then the stamp; "Page
    // last updated 4/2/2012. Report broken links to the webmaster": the stamp, then a notice.
    const parts = line.split(SENTENCE_BREAK);
    if (parts.length < 2) return [];
    const stamp = readLabelledStamp(parts.at(-1) ?? "") ?? readLabelledStamp(parts[0] ?? "");
    return stamp ? [stamp] : [];
  }
  const parts = line.split(STAMP_SEPARATOR);
  if (parts.length < 2) return [];
  return parts.flatMap((part) => readLabelledStamp(part) ?? []);
}
