import { MONTH_WORD, PLAN_MARK } from "../lexicon/calendar.ts";
import { isDateHeading } from "./chronology.ts";

/** Whether the words right after a date mark it as a plan ("(planned)"). */
export const PLAN_MARKED = new RegExp(String.raw`^\s*${PLAN_MARK}`, "i");

/**
 * A table's date cell: "February 14", "May 4-10", "Sept. 17-20, 2012", "August", "2013", with a
 * plan's mark after it.
 */
const DATE_CELL = String.raw`(?:${MONTH_WORD}\.?(?:\s\d{1,2}(?:\s?[-–]\s?\d{1,2})?)?(?:,?\s(?:19|20)\d{2})?|(?:19|20)\d{2})(?:\s${PLAN_MARK})?`;

/** A column's gap: two spaces or more, or tabs. */
const GAP = String.raw`(?: {2,}|\t+)`;

/** A row as saved from a table: the date cell, then the gap of a column. */
const SAVED_ROW = new RegExp(String.raw`^(\s*${DATE_CELL})${GAP}(?=\S)`, "i");

/** A row whose first cell is its year and whose second its day ("2010   Oct. 11   …"). */
const YEAR_CELL_ROW = new RegExp(
  String.raw`^\s*((?:19|20)\d{2})${GAP}(?=${DATE_CELL}${GAP}\S)`,
  "i",
);

/** A row once read: its date cell and a colon, the form of a chronology's entry. */
const READ_ROW = new RegExp(String.raw`^${DATE_CELL}:\s+\S`, "i");

/**
 * "March 3        Admiral Roe at the Pentagon": a row of a table of dated visits, its date cell
 * set off by a column's gap, reads as a chronology's entry ("March 3: Admiral Roe at the
 * Pentagon"), so that the gap, which the cleaner folds into one space, still
 * parts the date from the text. A row whose first cell is a year ("2010   Oct. 11   …") gives
 * the year a line of its own, as a chronology's year heading over the rows below it. A line
 * whose date runs on after one space is prose, and stays one line.
 */
export function readTableRow(line: string): string[] {
  // Most lines have no column's gap at all: they are asked nothing more.
  if (!line.includes("  ") && !line.includes("\t")) return [line];
  const year = YEAR_CELL_ROW.exec(line);
  const row = year ? line.slice(year[0].length) : line;
  const read = row.replace(SAVED_ROW, "$1: ");
  return year?.[1] ? [year[1], read] : [read];
}

/**
 * Whether a line is a table's row (once read) or a chronology's dated entry: a line of its own,
 * never the rest of the line above, however short that line was cut.
 */
export const isDatedRow = (line: string): boolean => READ_ROW.test(line);

/**
 * Whether line `i` is a row of a table or chronology of dated rows: a dated row with another such
 * row, or a date heading ("2012"), right above or below it. A lone short dated line is a stamp or
 * a link, not a row.
 */
export function isTableRow(lines: readonly string[], i: number): boolean {
  if (!isDatedRow(lines[i] ?? "")) return false;
  const row = (line = "") => isDatedRow(line) || isDateHeading(line);
  return row(lines[i - 1]) || row(lines[i + 1]);
}
