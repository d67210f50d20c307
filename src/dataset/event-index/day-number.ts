const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of the first day an ISO prefix names: "2012" is 2012-01-01. */
export function dayNumber(isoPrefix: string): number {
  const [year, month = 1, day = 1] = isoPrefix.split("-").map(Number);
  return Math.round(Date.UTC(year ?? NaN, month - 1, day) / DAY_MS);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The ISO day of a day number: 15467 is "2012-05-07". */
export function isoDayOf(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The ISO prefix a precision keeps of a day: "2012", "2012-05" or "2012-05-07". */
export function isoPrefixOf(day: number, precision: "day" | "month" | "year"): string {
  const iso = isoDayOf(day);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}
