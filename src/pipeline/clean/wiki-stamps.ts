/*
 * A wiki's talk page closes each post with its writer's signature and the time it was saved
 * ("Jane Roe (talk) 18:05, 4 May 2012 (UTC)"); its revision history gives each edit on one line,
 * the time, the editor and the edit's summary ("(cur | prev) 07:45, 12 May 2013 Jane Roe (talk |
 * contribs) . . (3,118 bytes) (+96) . . (→Section: what changed) (undo)"). Read as they stand,
 * each saving time dates the post's sentence as if it told an act of that day, and a post's
 * "yesterday" is read from the page's date. Each such line is made two: the saving time on a line
 * of its own above (a date line, so the posts are entries of their own days, entry-stamps.ts),
 * then the post or the summary alone.
 */

/** The saving time as a wiki prints it: "18:05, 4 May 2012". */
const SAVED = String.raw`(\d{1,2}:\d{2}),\s+(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})`;

/** A writer's links after the name: "(talk)", "(talk | contribs)". */
const USER_LINKS = String.raw`\(talk(?:\s*\|\s*contribs)?\)`;

/**
 * A signature at a post's end: an optional dash, a name of a few words (or an address of digits
 * and dots) that opens after the post's last sentence, its links, the time and "(UTC)".
 */
const SIGNATURE = new RegExp(
  String.raw`(?:^|(?<=[.!?"”)]))\s*[—–]?\s*(?:(?!\.\s)[^!?()—]){1,40}?\s+${USER_LINKS}\s+${SAVED}\s+\(UTC\)\s*$`,
  "u",
);

/** One edit of a revision history, with the summary in the last brackets before "(undo)". */
const REVISION = new RegExp(
  String.raw`^\(cur\s*\|\s*prev\)\s+${SAVED}\s+.{1,60}?${USER_LINKS}\s*(?:m\s+)?(?:\.\s*\.\s*)?(?:\([\d,]+ bytes\)\s*)?(?:\([+−-]?[\d,]+\)\s*)?(?:\.\s*\.\s*)?(?:\((.*?)\))?\s*(?:\(undo\))?\s*$`,
  "u",
);

/** A section's arrow and name before an edit's summary ("→Background: "), or a page's creation. */
const SUMMARY_LEAD = /^(?:←\s*Created page with\s*|→\s*[^:]{1,60}:\s*)/u;

/** The summary's text, with a full stop when it has none, as a sentence of its own. */
function summaryText(summary: string): string {
  const text = summary
    .replace(SUMMARY_LEAD, "")
    .replace(/'{2,}/g, "")
    .replace(/^['"]+|['".…]+$/g, "")
    .trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A line, or its saving time's line and its post's, as the reader should see them. */
export function readWikiStamps(line: string): string[] {
  if (!line.includes("(talk")) return [line];
  const revision = REVISION.exec(line);
  if (revision) {
    const [, clock, day, summary] = revision;
    const saved = `${day} ${clock}`;
    return summary ? [saved, "", summaryText(summary)] : [saved];
  }
  const signed = SIGNATURE.exec(line);
  if (!signed) return [line];
  const [, clock, day] = signed;
  const post = line
    .slice(0, signed.index)
    .replace(/^:+\s*/, "")
    .trim();
  return post ? [`${day} ${clock} (UTC)`, "", post] : [line];
}
