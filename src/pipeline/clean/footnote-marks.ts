/**
 * A reference mark set right after a word or a sentence's stop, as encyclopedias and reports
 * print them ("… in the sale.[41] Exchanges resumed", "the talks[3][4]"): a number of up to three
 * digits in brackets, touching the text before it. A bracketed number after a space ("Comments
 * [3]") is a count, not a mark.
 */
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N}.,;:!?"”’)\]])\[\d{1,3}\](?=[\s.,;:!?"”’)[]|$)/gu;

/** A line without its reference marks, so that its sentences end and split where they should. */
export function dropFootnoteMarks(line: string): string {
  return line.includes("[") ? line.replace(FOOTNOTE_MARK, "") : line;
}
