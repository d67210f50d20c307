import type { TimeMention } from "../types.ts";

/**
 * A day that no words of the sentence name, anchored, empty, at an offset: the day of a page's
 * own occasion (a briefing, a speech) or of an entry's stamp, told as though at the sentence's
 * start.
 */
export function anchoredDay(value: string, at: number): TimeMention {
  return {
    start: at,
    end: at,
    text: "",
    value,
    precision: "day",
    basis: "explicit",
    inQuote: false,
    future: false,
  };
}
