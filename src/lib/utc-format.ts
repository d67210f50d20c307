/** English month names, January first. */
export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const DIRECTIVES: Record<string, (date: Date) => string> = {
  Y: (date) => String(date.getUTCFullYear()).padStart(4, "0"),
  B: (date) => MONTHS[date.getUTCMonth()] ?? "",
  b: (date) => (MONTHS[date.getUTCMonth()] ?? "").slice(0, 3),
  "-d": (date) => String(date.getUTCDate()),
};

/**
 * A UTC date formatter for the few d3-time-format directives the app writes dates with (`%Y`,
 * `%B`, `%b`, `%-d`; English month names): the same output as d3's `utcFormat` for these, without
 * its 3 KB of locale machinery in the first draw. A directive it does not know is an error when
 * the formatter is made, not a wrong date later.
 */
export function utcFormat(specifier: string): (date: Date) => string {
  const parts = specifier.split(/(%-?[a-zA-Z%])/).map((part) => {
    if (!part.startsWith("%")) return () => part;
    if (part === "%%") return () => "%";
    const directive = DIRECTIVES[part.slice(1)];
    if (!directive) throw new Error(`utcFormat: "${part}" in "${specifier}" is not supported`);
    return directive;
  });
  return (date) => parts.map((part) => part(date)).join("");
}
