import { FORUM_POST_HEADER, MESSAGE_HEADER } from "../lexicon/stamps.ts";
import { readLabelledStamp } from "./stamps/labelled-stamp.ts";
import { readStampDate } from "./stamps/stamp-date.ts";
import { stampShape } from "./stamps/stamp-shape.ts";
import { matchesAny } from "./rule-sets.ts";
import { filledAbove, filledBelow } from "./lines.ts";

/** A forum post's number and its labelled stamp: "#2417 Posted by jdoe on 03/09/2012 7:40 AM". */
function isPostHeader(line: string): boolean {
  const post = FORUM_POST_HEADER.exec(line);
  return post !== null && readLabelledStamp(line.slice(post[0].length)) !== undefined;
}

/**
 * A date line, a byline or credit stamp (a press-clip item's source: "Example Daily, Feb. 18,
 * 2013"), a message's own header in a page of e-mail (stamps.json `messageHeader`), or a forum
 * post's header.
 */
const isEntryStamp = (line: string) =>
  stampShape(line) !== undefined || matchesAny(MESSAGE_HEADER, line) || isPostHeader(line);

/** How many lines under the body's last line its last entry's stamp may stand. */
const STAMP_BELOW_REACH = 3;

/**
 * A news list's items each over their source's stamp ("Harbour Wire - May 7, 2012"), each told
 * on the stamp under it: no stamp right above the body's first line, at least half its lines (the
 * others are headlines) with a stamp right under them, and a stamp under the last line or a
 * headline right above the second. A live blog's or an episode list's entries stand under their
 * stamps, with a rule or a widget row after each. The stamps, with the last entry's if it stands
 * under the body, else undefined.
 */
function stampsUnderEntries(
  lines: readonly string[],
  stamps: Map<number, string>,
  from: number,
  kept: readonly number[],
): Map<number, string> | undefined {
  const first = kept[0];
  const last = kept.at(-1);
  if (first === undefined || last === undefined || from !== first + 1) return undefined;
  const stampedBelow = kept.filter((i) => {
    const below = filledBelow(lines, i);
    return below !== undefined && isEntryStamp(lines[below] ?? "");
  }).length;
  if (stampedBelow < ENTRY_STAMPS || stampedBelow * 2 < kept.length) return undefined;
  for (let i = last + 1; i < Math.min(lines.length, last + 1 + STAMP_BELOW_REACH); i++) {
    const line = lines[i] ?? "";
    const day = isEntryStamp(line) ? readStampDate(line)?.day : undefined;
    if (day) return new Map([...stamps, [i, day]]);
  }
  // With no stamp under the last line, a headline right above the second entry tells the list
  // from entries under their stamps ("lead / stamp / entry / stamp / entry").
  const second = kept[1];
  const above = second === undefined ? undefined : filledAbove(lines, second);
  return above !== undefined && !isEntryStamp(lines[above] ?? "") ? stamps : undefined;
}

/** A body with this many date lines among its paragraphs is told in dated entries. */
const ENTRY_STAMPS = 2;

/**
 * "6:20 pm ET | Mar 4, 2013" over an entry of a live blog: a body that several date lines cut into
 * entries (a live blog, a story updated through the day, newest first or last; a digest's or a
 * thread's messages under their own headers; a press-clip compilation's items under their sources'
 * lines) tells each entry on its stamp's day, not on the page's. For each kept body line (`kept`:
 * indices into `lines`), the day of the nearest date line above it inside the body, if any (on a
 * news list whose items stand over their stamps, `stampsUnderEntries`, the nearest one under it);
 * undefined for the whole body when it has fewer than two such lines (one date line is the page's
 * own stamp). A stamp whose numbers could each be the month ("05-04-2013") is read in the page's
 * order (`inOrder`: clean/stamps/date-order.ts), as the page's own stamp is.
 */
export function entryStampDays(
  lines: readonly string[],
  kept: readonly number[],
  inOrder: (line: string, day: string) => string = (_, day) => day,
): (string | undefined)[] | undefined {
  const first = kept[0];
  const last = kept.at(-1);
  if (first === undefined || last === undefined) return undefined;
  // The first entry's own date line may stand right above the body's first line (a feed's first
  // item under its date): it counts among the entries' stamps.
  const above = filledAbove(lines, first);
  const from = above !== undefined && isEntryStamp(lines[above] ?? "") ? above : first + 1;
  const stamps = new Map<number, string>();
  for (let i = from; i < last; i++) {
    const line = lines[i] ?? "";
    // The body's first line is no entry's stamp, unless it heads a message the body quotes ("On
    // Mon, Mar 4, 2013, … wrote:" over a reply's quoted lines).
    if (i === first && !matchesAny(MESSAGE_HEADER, line)) continue;
    if (!isEntryStamp(line)) continue;
    const day = readStampDate(line)?.day;
    if (day) stamps.set(i, inOrder(line, day));
  }
  // A message forwarded or quoted under a mail's own note ("-----Original Message----- / Sent:
  // Monday, …") is told on the day it was sent, however few other stamps the body has.
  const message = [...stamps.keys()].some((i) => matchesAny(MESSAGE_HEADER, lines[i] ?? ""));
  const under = message ? undefined : stampsUnderEntries(lines, stamps, from, kept);
  if (under && under.size >= ENTRY_STAMPS) {
    const below = [...under];
    return kept.map((index) => below.find(([i]) => i > index)?.[1]);
  }
  if (stamps.size < ENTRY_STAMPS && !message) return undefined;
  let day: string | undefined;
  let next = from;
  return kept.map((index) => {
    for (; next < index; next++) day = stamps.get(next) ?? day;
    return day;
  });
}
