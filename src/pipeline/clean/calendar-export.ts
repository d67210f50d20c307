import { MONTH_NAMES } from "../lexicon/calendar.ts";
import { addDays, noonUtc } from "../util/dates.ts";

/*
 * A calendar saved as an iCalendar file (RFC 5545: "BEGIN:VCALENDAR", one "BEGIN:VEVENT" block
 * per entry, with DTSTART, DTEND, SUMMARY, DESCRIPTION and LOCATION lines). As it stands, no line
 * is prose and no date is written as a reader writes one ("DTSTART;VALUE=DATE:20120910"), so
 * nothing is found. Each entry is made one line as a chronology writes it, its days first
 * ("10–12 September 2012 – Ministers meet in Tokyo. …"), and the file's latest stamp (DTSTAMP,
 * LAST-MODIFIED) becomes the page's "Last updated" line: what the calendar says is to come is
 * planned from then.
 */

/** Whether the lines are an iCalendar file: its first line that is not blank opens a calendar. */
export function isCalendarExport(lines: readonly string[]): boolean {
  return lines.find((l) => l.trim())?.trim() === "BEGIN:VCALENDAR";
}

/** The content lines, each folded line joined to the one it continues (a leading space or tab). */
function unfolded(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

/** A property's value with its escapes read ("\\," is a comma, "\\n" a new line). */
const unescaped = (value: string) =>
  value.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? " " : c)).trim();

/** A property line split into its name (parameters dropped) and value. */
function property(line: string): [string, string] | undefined {
  const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
  return m ? [m[1] ?? "", m[2] ?? ""] : undefined;
}

/** A DATE or DATE-TIME value's day, as noon UTC of it. */
function dayOf(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  return m ? noonUtc(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

const dayText = (d: Date) =>
  `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()}`;

/**
 * An entry's days as a reader writes them. A whole-day entry's DTEND is the day after its last
 * (RFC 5545), so an entry of one day names one day and one of several names its first and last.
 */
function daysText(start: string, end: string | undefined, wholeDays: boolean): string | undefined {
  const first = dayOf(start);
  if (!first) return undefined;
  const after = end ? dayOf(end) : undefined;
  const last = after && (wholeDays ? addDays(after, -1) : after);
  if (!last || last.getTime() <= first.getTime()) return dayText(first);
  const sameMonth =
    last.getUTCFullYear() === first.getUTCFullYear() && last.getUTCMonth() === first.getUTCMonth();
  return sameMonth
    ? `${first.getUTCDate()}–${dayText(last)}`
    : `${dayText(first)} – ${dayText(last)}`;
}

/** The lines of a calendar file as a chronology's lines; other lines are returned as they are. */
export function readCalendarExport(lines: readonly string[]): string[] {
  if (!isCalendarExport(lines)) return [...lines];
  const entries: string[] = [];
  let stamp = "";
  let name = "";
  let entry: Map<string, string> | undefined;
  let wholeDays = false;
  for (const line of unfolded(lines)) {
    const p = property(line.trimEnd());
    if (!p) continue;
    const [key, value] = p;
    if (key === "BEGIN" && value === "VEVENT") {
      entry = new Map();
      wholeDays = false;
    } else if (key === "END" && value === "VEVENT" && entry) {
      const days = daysText(entry.get("DTSTART") ?? "", entry.get("DTEND"), wholeDays);
      const text = [entry.get("SUMMARY"), entry.get("DESCRIPTION")]
        .filter((t): t is string => !!t)
        .map((t) => (/[.!?]$/.test(t) ? t : `${t}.`))
        .join(" ");
      const where = entry.get("LOCATION");
      if (days && text) entries.push(`${days} – ${text}${where ? ` Location: ${where}.` : ""}`);
      entry = undefined;
    } else if (entry) {
      if (key === "DTSTART") wholeDays = /;VALUE=DATE:/.test(line) || /^\d{8}$/.test(value.trim());
      if (!entry.has(key)) entry.set(key, unescaped(value));
    } else if (key === "X-WR-CALNAME") name = unescaped(value);
    if ((key === "DTSTAMP" || key === "LAST-MODIFIED") && value > stamp) stamp = value;
  }
  const updated = dayOf(stamp);
  return [
    name || "Calendar",
    ...(updated ? ["", `Last updated: ${dayText(updated)}`] : []),
    ...entries.flatMap((e) => ["", e]),
  ];
}
