import { ALERT_LABELS } from "../lexicon/furniture.ts";
import { literal } from "../lexicon/compile/patterns.ts";

/*
 * A page of alerts, a ticker or a log: each item on a line of its own after the clock it was
 * sent at ("06:40  The ministry says it …", "9:05 pm  The navy …"), under the day's heading, and
 * written as a headline is, with no full stop. As saved, no such line reads as a sentence, so the
 * page had no body but its last line. Where two or more lines open so, each is made its
 * sentence: the clock and an alert's label ("BREAKING:") left out, a full stop put at its end.
 * An item set in capitals is a headline over the item's text, and stays as it is.
 */

/** A clock at a line's start, a gap after it, and the item's first word with a capital. */
const CLOCKED =
  /^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+|\s*[|–—-]\s*)(?=["“‘']?[\p{Lu}\d])/u;
const ALERT_LABEL = new RegExp(`^(?:${ALERT_LABELS.map(literal).join("|")})\\s*:\\s*`, "i");

/** An item this many words long at least is told, not labelled. */
const ITEM_WORDS = 5;
/** Lines that open with a clock on a page of items: fewer is a page's stamp or a caption's time. */
const CLOCKED_ITEMS = 2;

/** Whether most of the item's words have a small letter: a sentence, not a headline in capitals. */
function inSentenceCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((w) => /\p{Ll}/u.test(w)).length * 2 > words.length;
}

/** The item a line tells after its clock, or undefined when it is no such item. */
function clockedItem(line: string): string | undefined {
  const clock = CLOCKED.exec(line);
  if (!clock) return undefined;
  const text = line.slice(clock[0].length).replace(ALERT_LABEL, "").trim();
  const words = text.split(/\s+/).length;
  return words >= ITEM_WORDS && inSentenceCase(text) ? text : undefined;
}

/** A sentence's end, before a closing quote or bracket at most. */
const ENDS_SENTENCE = /[.!?]["”’')\]]*$/;

/** The page's lines with each clocked item made its sentence, when the page has enough of them. */
export function readClockedEntries(lines: readonly string[]): string[] {
  const items = lines.map(clockedItem);
  if (items.filter(Boolean).length < CLOCKED_ITEMS) return [...lines];
  return lines.map((line, i) => {
    const item = items[i];
    if (item === undefined) return line;
    return ENDS_SENTENCE.test(item) ? item : `${item}.`;
  });
}
