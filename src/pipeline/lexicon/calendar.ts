/**
 * Calendar words: capitalised, yet never part of a person's, a body's or a place's name
 * ("President Obama Friday welcomed …", "in Beijing in June").
 */
export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const MONTH_NAMES = [
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
] as const;

/** Abbreviations of month names as news style writes them ("Sept. 19", "Jan. 21"). */
export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** A regex source matching one whole calendar word (use inside a `(?!…)` to exclude them). */
export const CALENDAR_WORD = String.raw`(?:${[
  ...WEEKDAYS,
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
].join("|")})\b`;
