/**
 * CSV as RFC 4180 writes it, made safe for spreadsheets. Cells are text or numbers; numbers are
 * written as they are, text is guarded against formula injection and quoted when it must be.
 */
export type CsvCell = string | number | undefined;

/** The byte order mark: without it Excel reads UTF-8 as the local code page and mangles accents. */
export const UTF8_BOM = "\uFEFF";

/**
 * Spreadsheets run a cell that starts with one of these as a formula; a dataset's text must never
 * become one (OWASP "CSV injection"), so such text gets a leading apostrophe, which spreadsheets
 * read as "this is text" and do not show. Spreadsheets trim leading spaces and line breaks (also
 * no-break and zero-width ones) before they look, so " =1+1" and "\n=1+1" count too, as do the
 * full-width signs some of them fold into the ASCII ones.
 */
const FORMULA_START = /^(?:[\s\u200b\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/u;

export function csvField(cell: CsvCell): string {
  if (cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, then one CRLF-terminated line per row. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
