import { utcDay } from "d3-time";
import { parseIsoPrefix } from "../../../lib/iso-date.ts";
import type { TimeInterval } from "./event-interval.ts";

/** A visible range as inclusive ISO days (the URL's `from` and `to`). Mirrors the component's type. */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/**
 * The narrowest view: a week. Narrower, an axis of hours would suggest the data knows the time of
 * day, which it never does.
 */
export const MIN_SPAN_MS = 7 * DAY_MS;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The half-open interval of an inclusive day range. */
export function rangeToDomain(range: DayRange): TimeInterval {
  return { start: parseIsoPrefix(range.from), end: utcDay.offset(parseIsoPrefix(range.to), 1) };
}

/**
 * The inclusive day range covering a domain: every day any part of which is visible. A domain
 * that starts at midnight and ends at midnight round-trips exactly.
 */
export function domainToRange(domain: TimeInterval): DayRange {
  const lastDay = utcDay.offset(utcDay.ceil(domain.end), -1);
  const from = utcDay.floor(domain.start);
  return { from: isoDay(from), to: isoDay(lastDay < from ? from : lastDay) };
}

export function sameRange(a: DayRange | undefined, b: DayRange | undefined): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/**
 * Keeps a domain inside the window and no narrower than `MIN_SPAN_MS` (nor wider than the
 * window), moving it rather than cutting it so a pan at the edge keeps its width.
 */
export function clampDomain(domain: TimeInterval, window: TimeInterval): TimeInterval {
  const full = window.end.getTime() - window.start.getTime();
  const span = Math.min(full, Math.max(MIN_SPAN_MS, domain.end.getTime() - domain.start.getTime()));
  const center = (domain.start.getTime() + domain.end.getTime()) / 2;
  let start = center - span / 2;
  start = Math.max(window.start.getTime(), Math.min(start, window.end.getTime() - span));
  return { start: new Date(start), end: new Date(start + span) };
}

/**
 * Zooms by `factor` (> 1 zooms in) about `anchor`, a fraction of the width (0.5 = the centre),
 * so the time under the anchor stays put, as it does under the pointer for wheel zoom.
 */
export function zoomDomain(
  domain: TimeInterval,
  factor: number,
  window: TimeInterval,
  anchor = 0.5,
): TimeInterval {
  const start = domain.start.getTime();
  const span = domain.end.getTime() - start;
  const pivot = start + anchor * span;
  const next = span / factor;
  return clampDomain(
    { start: new Date(pivot - anchor * next), end: new Date(pivot + (1 - anchor) * next) },
    window,
  );
}

/** Pans by `fraction` of the visible span (negative = back in time). */
export function panDomain(
  domain: TimeInterval,
  fraction: number,
  window: TimeInterval,
): TimeInterval {
  const shift = fraction * (domain.end.getTime() - domain.start.getTime());
  return clampDomain(
    {
      start: new Date(domain.start.getTime() + shift),
      end: new Date(domain.end.getTime() + shift),
    },
    window,
  );
}

export function sameDomain(a: TimeInterval, b: TimeInterval): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}
