import type { EventDraft, TimeMention } from "../types.ts";
import { FINENESS, dayDiff } from "../util/dates.ts";

/** Words that date one end of a multi-day occasion ("The dialogue opened on Wednesday"). */
const OPENS = /\b(?:opened|opens|began|begins|started|starts|kicked off)\b/i;
const CLOSES =
  /\b(?:ended|ends|will end|concluded|concludes|will conclude|closed|closes|will close|wrapped up|wraps up)\b/i;

/**
 * "Wrapped up on Thursday … The dialogue opened on Wednesday": the day before the event's
 * first day starts it, the day after its last ends it, so the occasion spans both.
 */
export function extendRange(e: EventDraft, text: string, t: TimeMention): void {
  if (e.date.precision !== "day" || t.precision !== "day") return;
  const first = e.date.value;
  const last = e.date.end ?? first;
  if (OPENS.test(text) && dayDiff(t.value, first) === 1)
    e.date = { ...e.date, value: t.value, text: t.text, basis: t.basis, end: last };
  else if (CLOSES.test(text) && dayDiff(last, t.value) === 1) e.date = { ...e.date, end: t.value };
}

/**
 * "Hagel will visit China next month … / the trip, from April 21 to 24, will include …": a later
 * sentence that names the same occasion with a finer date inside the event's own dates (and the
 * same tense) dates it more precisely.
 */
/** An event's date as a time mention gives it: its value, precision, words and last day. */
export function dateFromMention(t: TimeMention): EventDraft["date"] {
  return {
    value: t.value,
    precision: t.precision,
    text: t.text,
    basis: t.basis,
    ...(t.endValue ? { end: t.endValue } : {}),
  };
}

export function refineDate(e: EventDraft, t: TimeMention): void {
  // "… have agreed, an official said Wednesday. / The agreement was reached last week": the act's
  // own date, on or before the day it was told, replaces that day at whatever precision.
  if (e.toldOn && !t.future && e.status === "occurred" && t.value <= e.date.value) {
    e.date = dateFromMention(t);
    e.toldOn = false;
    return;
  }
  if (FINENESS[t.precision] <= FINENESS[e.date.precision]) return;
  if (!t.value.startsWith(e.date.value) || e.date.end) return;
  if ((e.status === "planned") !== !!t.future) return;
  e.date = { ...e.date, ...dateFromMention(t) };
}
