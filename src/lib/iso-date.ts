const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The UTC midnight at which an ISO prefix ("2011", "2012-05", "2012-05-07") begins. Parsed by hand
 * because `new Date("2012-05")` is implementation-defined and `new Date(2012, 4)` is local time.
 */
export function parseIsoPrefix(value: string): Date {
  const match = ISO_PREFIX.exec(value);
  if (!match) throw new RangeError(`not an ISO date prefix: ${JSON.stringify(value)}`);
  const [, year, month = "01", day = "01"] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
