import { FORWARD_MARKERS } from "../../lexicon/stamps.ts";
import { WEEKDAY_NAME, alternatives } from "./residue.ts";
import { opensWithByline } from "./stamp-shape.ts";

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
 * Whether a stamp read as an outlet's or a place's name beside a date is the page's masthead: the
 * page's first line, its date with a weekday ("example.com   Friday, April 3, 2015"), as
 * news sites print the day a reader opens them. A story's own stamp stands under its headline.
 */
export function isMasthead(lines: readonly string[], i: number): boolean {
  const first = lines.findIndex((l) => l.trim() !== "");
  const line = lines[i] ?? "";
  return i === first && WEEKDAY_NAME.test(line) && !opensWithByline(line);
}
