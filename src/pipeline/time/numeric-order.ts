/**
 * The order a page writes dates in numbers. "4/9/2012" is April 9 to an American page and 4
 * September to most others; the page tells which where one of its dates can only be read one way
 * ("21/1/2010" is day first, "1/21/2010" month first). chrono reads numbers month first, and reads
 * a first number over 12 as the day; a page that writes the day first has its other numeric
 * dates shown to chrono month first, so that each is read as the page meant it.
 */

/** "21/1/2010", "26.02.2013": a day and a month in numbers, either way round, and a year. */
const NUMERIC_DATE = /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)?\d{2})\b/g;

/**
 * "on 23/6", "since 9/6": a day and a month in numbers with a slash and no year, after a word
 * that puts a date there (a fraction, "a 3/4 majority", has none).
 */
const YEARLESS_DATE =
  /(?<=\b(?:on|from|until|till|since|by|before|after)\s+)(\d{1,2})\/(\d{1,2})\b(?![/.]?\d)/gi;

/** The one order two numbers of a date can be read in, if only one: "21/1" day first. */
function onlyOrder(first: string | undefined, second: string | undefined) {
  const [a, b] = [Number(first), Number(second)];
  if (a > 12 && b >= 1 && b <= 12) return "day-first";
  if (b > 12 && a >= 1 && a <= 12) return "month-first";
  return undefined;
}

/**
 * Whether a page's numeric dates put the day first: some can only be read so, and none the other
 * way.
 */
export function writesDayFirst(text: string): boolean {
  let dayFirst = false;
  const numbers = [
    ...[...text.matchAll(NUMERIC_DATE)].map((m) => [m[1], m[3]]),
    ...[...text.matchAll(YEARLESS_DATE)].map((m) => [m[1], m[2]]),
  ];
  for (const [a, b] of numbers) {
    const order = onlyOrder(a, b);
    if (order === "day-first") dayFirst = true;
    else if (order === "month-first") return false;
  }
  return dayFirst;
}

/**
 * Whether a page's numeric dates written with dots ("06.09.2013") put the day first: the order of
 * every country that writes dates so. Only a dotted date that can be read no other way
 * ("09.16.2013") says otherwise.
 */
export function writesDotsDayFirst(text: string): boolean {
  let dotted = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (m[2] !== ".") continue;
    if (onlyOrder(m[1], m[3]) === "month-first") return false;
    dotted = true;
  }
  return dotted;
}

/**
 * A text with each numeric date written day first shown month first ("4/9/2012" as "9/4/2012"):
 * the two numbers change places, so every offset stays where it was; so do a yearless date's after
 * "on" ("on 23/6"). With `only`, the dates written with that separator alone.
 */
export function monthFirst(text: string, only?: "." | "/"): string {
  const shown = text.replace(
    NUMERIC_DATE,
    (whole, day: string, sep: string, month: string, year: string) =>
      only && sep !== only ? whole : `${month}${sep}${day}${sep}${year}`,
  );
  if (only === ".") return shown;
  return shown.replace(YEARLESS_DATE, (_, day: string, month: string) => `${month}/${day}`);
}
