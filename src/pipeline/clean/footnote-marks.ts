/**
 * A reference mark set right after a word or a sentence's stop, as encyclopedias and reports
 * print them ("… in the sale.[41] Exchanges resumed", "the talks[3][4]"): a number of up to three
 * digits in brackets, touching the text before it. A bracketed number after a space ("Comments
 * [3]") is a count, not a mark.
 */
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N}.,;:!?"”’)\]])\[\d{1,3}\](?=[\s.,;:!?"”’)[]|$)/gu;

/**
 * "… the fleet sailed in May.71 From June …": a report's mark printed as a bare number of up to
 * three digits run onto a sentence's stop (after a word of three letters or more, a
 * closing quote allowed), the next sentence after a space and a capital, or the line's end (a
 * report's text keeps its lines). A number after an abbreviation ("No.12") or a decimal
 * ("10.71") is no mark.
 */
const BARE_MARK = /(?<=\b\p{L}\p{Ll}{2,}\.["”’)]?)\d{1,3}(?=\s+[\p{Lu}"“]|\s*$)/gu;

/**
 * What every BARE_MARK holds: a full stop, perhaps a closing quote, and a digit. Tried first,
 * as it opens on a character to look for, where BARE_MARK's lookbehind is tried at every position.
 */
const STOP_THEN_DIGIT = /\.["”’)]?\d/;

/** A line without its reference marks, so that its sentences end and split where they should. */
export function dropFootnoteMarks(line: string): string {
  const bracketed = line.includes("[") ? line.replace(FOOTNOTE_MARK, "") : line;
  return STOP_THEN_DIGIT.test(bracketed) ? bracketed.replace(BARE_MARK, "") : bracketed;
}
