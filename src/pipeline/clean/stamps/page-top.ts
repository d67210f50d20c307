import { FORWARD_MARKERS } from "../../lexicon/stamps.ts";
import { WEEKDAY_NAME, alternatives } from "./residue.ts";
import { STAMP_SEPARATOR, opensWithByline, stampShape } from "./stamp-shape.ts";
import { endsLikeSentence } from "../lines.ts";
import { findTitle } from "../metadata.ts";

/**
 * Where a page's own stamps cannot stand: the header of a mail that forwards the story, and the
 * masthead's date of the day the page was read.
 */

/** "---------- Forwarded message ----------", "Begin forwarded message:" (stamps.json `forwardMarkers`). */
const FORWARD_LINE = new RegExp(
  String.raw`^[\s\-–—_*>]*(?:${alternatives(FORWARD_MARKERS)})[\s\-–—_*:]*$`,
  "i",
);

/**
 * The line that opens the last message forwarded above the body, or -1: the "Date:" above it is
 * the day someone passed the story on, the one below it the story's.
 */
export function forwardedMessageStart(lines: readonly string[], bodyStart: number): number {
  for (let i = Math.min(bodyStart, lines.length) - 1; i >= 0; i--)
    if (FORWARD_LINE.test(lines[i] ?? "")) return i;
  return -1;
}

/**
 * Whether a stamp read as an outlet's or a place's name beside a date is the page's masthead: its
 * date with a weekday ("example.com   Friday, April 3, 2015"), as news sites print the day a
 * reader opens them, on the page's first line or above the story's headline ("Edition: Asia
 * Friday, April 3, 2015" under the site's links). A story's own stamp stands under its headline.
 */
export function isMasthead(lines: string[], i: number, bodyStart: number): boolean {
  const line = lines[i] ?? "";
  if (!WEEKDAY_NAME.test(line) || opensWithByline(line)) return false;
  const first = lines.findIndex((l) => l.trim() !== "");
  return i === first || headlineBelow(lines, i, bodyStart);
}

/** Whether the story's headline (metadata.ts findTitle) stands below line `i`, above the body. */
function headlineBelow(lines: string[], i: number, bodyStart: number): boolean {
  const title = findTitle(lines, bodyStart);
  if (!title) return false;
  for (let j = i + 1; j < bodyStart; j++) if (lines[j]?.trim().startsWith(title)) return true;
  return false;
}

/**
 * Whether a masthead's line holds its date in one part between bars, beside parts that are no
 * stamp and no sentence: "Springfield, Sunday, April 14, 2013 | 3 Nisan 5773 | Greetings to all
 * our readers", where a masthead prints another calendar's day, the weather or a greeting.
 */
export function isMastheadWithParts(lines: string[], i: number, bodyStart: number): boolean {
  const parts = (lines[i] ?? "").split(STAMP_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p || endsLikeSentence(p))) return false;
  const dated = parts.filter((p) => stampShape(p) !== undefined);
  return dated.length === 1 && isMasthead(lines, i, bodyStart);
}
