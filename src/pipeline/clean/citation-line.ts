/** A note's number, the source's name, a quoted title and the day the source came out. */
const MARK = String.raw`(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3}[.)])?\s*`;
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d.&'’-]*`;
const SOURCE = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|of|the|and|for|on|de|du|la))*`;
const TITLE = String.raw`['‘"“].{3,200}['’"”]`;
const MONTH_NAME = String.raw`\p{Lu}\p{Ll}{2,8}\.?`;
const DAY = String.raw`(?:\d{1,2}\s+${MONTH_NAME}\s+(?:19|20)\d{2}|${MONTH_NAME}\s+\d{1,2},\s+(?:19|20)\d{2}|${MONTH_NAME}\s+(?:19|20)\d{2}|(?:19|20)\d{2})`;
const CITATION = new RegExp(
  String.raw`^${MARK}${SOURCE},\s*${TITLE},\s*(?:[^,]{1,40},\s*){0,3}${DAY}\.?$`,
  "u",
);

/** The longest source's name before the title, in characters. */
const SOURCE_CHARS = 60;

/**
 * A note that only cites a source: its number (a superscript, "[4]" or "4."), the source's name
 * ("Harbour Post", "Department of the Navy"), a title in quotes, perhaps the medium or the
 * outlet, and the day it came out ("Harbour Post, 'Navies end drill', 4 March 2012."). It tells
 * of no happening: its date is the source's, not an event's. A note that says something in words
 * of its own ("The talks of May 2010 were the first since the freeze.") is kept.
 */
export function isCitationLine(line: string): boolean {
  const text = line.trim();
  const comma = text.indexOf(",");
  return comma > 0 && comma <= SOURCE_CHARS + 4 && CITATION.test(text);
}
