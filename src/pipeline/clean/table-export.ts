import { parse } from "csv-parse/sync";
import { MONTH_NAMES } from "../lexicon/calendar.ts";
import { TABLE_EXPORTS, type DatePart } from "../lexicon/table-exports.ts";

/*
 * A timeline saved as a table of comma-separated values: a heading row ("date,event,source", or
 * TimelineJS's "Year,Month,Day,…,Headline,Text"), then one row per entry, its text quoted where
 * it holds commas. As it stands, a row is no sentence and an ISO date ("2012-05-04") no date a
 * reader writes, so nothing is found. Each row is made one line as a chronology writes it, its
 * days first ("4 May 2012 – The ministry releases its report."), and the rest of its cells
 * after them: what the sheet says, with its ids, links and media left out.
 *
 * csv-parse reads the rows: a quoted cell may hold commas, doubled quotes and line breaks, which
 * a split on commas gets wrong.
 */

type Column = { kind: "date" | "end" | "skip" | "text" } | { kind: "part"; part: DatePart };

const named = (list: readonly string[], heading: string) => list.includes(heading);

/** What a heading's column holds. */
function columnOf(heading: string): Column {
  const h = heading.trim().toLowerCase();
  const part = (Object.keys(TABLE_EXPORTS.partColumns) as DatePart[]).find((p) =>
    named(TABLE_EXPORTS.partColumns[p], h),
  );
  if (part) return { kind: "part", part };
  if (named(TABLE_EXPORTS.dateColumns, h)) return { kind: "date" };
  if (named(TABLE_EXPORTS.endColumns, h)) return { kind: "end" };
  if (named(TABLE_EXPORTS.skippedColumns, h)) return { kind: "skip" };
  return { kind: "text" };
}

/** A heading is a few words, no sentence: "start date", "Media Credit", "Headline". */
const isHeading = (cell: string) => /^[\p{L}][\p{L}\d ()/_-]{0,29}$/u.test(cell.trim());

/** The table's rows, or undefined when the text is no table of one shape. */
function rowsOf(text: string): string[][] | undefined {
  try {
    const rows = parse(text, { skip_empty_lines: true, relax_quotes: false }) as string[][];
    return rows.length >= 3 && (rows[0]?.length ?? 0) >= 2 ? rows : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a heading row dates its rows: by a date column, or by year, month and day columns. */
function datesRows(columns: readonly Column[]): boolean {
  const parts = new Set(columns.flatMap((c) => (c.kind === "part" ? [c.part] : [])));
  const texts = columns.filter((c) => c.kind === "text").length;
  return texts > 0 && (columns.some((c) => c.kind === "date") || parts.has("year"));
}

/** A cell that is a link or a site's address alone ("defense.gov", "https://…/page"). */
const isAddress = (cell: string) =>
  /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?$/i.test(cell.trim());

const monthName = (month: number) => MONTH_NAMES[month - 1];

/** An ISO date's cell ("2012-05-04", "2011-03", "2011") as a reader writes it; else as it is. */
export function readerDate(cell: string): string {
  const t = cell.trim();
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (!m) return t;
  const month = m[2] ? monthName(Number(m[2])) : undefined;
  if (m[2] && !month) return t;
  if (!month) return m[1] ?? t;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A date from year, month and day cells, as far as they go ("2012", "May 2012", "4 May 2012"). */
function partsDate(year: string, month: string, day: string): string {
  if (!/^\d{4}$/.test(year.trim())) return "";
  const monthCell = month.trim();
  const name = /^\d{1,2}$/.test(monthCell) ? monthName(Number(monthCell)) : monthCell;
  if (!name) return year.trim();
  return /^\d{1,2}$/.test(day.trim())
    ? `${Number(day)} ${name} ${year.trim()}`
    : `${name} ${year.trim()}`;
}

/** A row's days: its date, and its end's when it has one ("4 May 2012 – 10 May 2012"). */
function rowDays(columns: readonly Column[], row: readonly string[]): string {
  const cell = (kind: Column["kind"]) =>
    row.find((_c, i) => columns[i]?.kind === kind)?.trim() ?? "";
  const part = (p: DatePart) =>
    row.find((_c, i) => {
      const c = columns[i];
      return c?.kind === "part" && c.part === p;
    }) ?? "";
  const first = cell("date")
    ? readerDate(cell("date"))
    : partsDate(part("year"), part("month"), part("day"));
  const last = cell("end")
    ? readerDate(cell("end"))
    : partsDate(part("endYear"), part("endMonth"), part("endDay"));
  return last && last !== first ? `${first} – ${last}` : first;
}

/** A cell's text as a sentence of its line: its own full stop, or one added. */
const asSentence = (cell: string) => {
  const t = cell.replace(/\s+/g, " ").trim();
  return /[.!?]["'”’)]?$/.test(t) ? t : `${t}.`;
};

/** The lines of a timeline saved as CSV as a chronology's lines; other lines as they are. */
export function readTableExport(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || !lines[first]?.includes(",")) return [...lines];
  const rows = rowsOf(lines.slice(first).join("\n"));
  const headings = rows?.[0];
  if (!rows || !headings?.every(isHeading)) return [...lines];
  const columns = headings.map(columnOf);
  if (!datesRows(columns)) return [...lines];
  const entries = rows.slice(1).flatMap((row) => {
    const days = rowDays(columns, row);
    const text = row
      .filter((c, i) => columns[i]?.kind === "text" && c.trim() && !isAddress(c))
      .map(asSentence)
      .join(" ");
    return days && text ? [`${days} – ${text}`] : [];
  });
  return entries.length ? ["Timeline", ...entries.flatMap((e) => ["", e])] : [...lines];
}
