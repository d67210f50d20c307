import { TABLE_NOTE } from "../lexicon/furniture.ts";
import { filledAbove, isMenuLine, isProse } from "./lines.ts";

/**
 * "Source: the agency's figures." right under a table's last row ("2012 | May 18 | …"), with the
 * story's prose going on below it: the table's own note, not the start of the page's footer.
 */
export function isTableNote(lines: readonly string[], i: number): boolean {
  if (!TABLE_NOTE.test(lines[i] ?? "")) return false;
  const above = filledAbove(lines, i);
  if (above === undefined || !isTableLine(lines[above] ?? "")) return false;
  return lines.slice(i + 1).some((line) => isProse(line));
}

/** A row of a table as saved from a page: cells between bars, or set apart by tabs. */
const isTableLine = (line: string) => isMenuLine(line) || /\S\t+\S.*\t/.test(line);
