import type { LightEvent } from "../../../dataset/index.ts";

/**
 * Reading order: by start (an ISO prefix, so "2012" sorts before "2012-05" before "2012-05-07":
 * a period is placed where it begins), then by end, then by title and id so that ties never
 * depend on the dataset's order.
 */
export function compareChronologically(a: LightEvent, b: LightEvent): number {
  return (
    compareCodeUnits(a.date.value, b.date.value) ||
    compareCodeUnits(a.date.end ?? a.date.value, b.date.end ?? b.date.value) ||
    compareCodeUnits(a.title, b.title) ||
    compareCodeUnits(a.id, b.id)
  );
}

/**
 * Plain code-unit order: right for ISO dates, stable across locales, and many times faster than
 * localeCompare, which matters when sorting 100,000 events.
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortChronologically(events: readonly LightEvent[]): LightEvent[] {
  return [...events].sort(compareChronologically);
}

export interface Neighbours {
  previous: LightEvent | undefined;
  next: LightEvent | undefined;
}

/**
 * The events before and after `event` in a chronologically sorted list, by binary search. An event
 * the filters have hidden still has neighbours: those on either side of where it would be.
 */
export function neighbours(sorted: readonly LightEvent[], event: LightEvent): Neighbours {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareChronologically(sorted[mid] as LightEvent, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = sorted[lo]?.id === event.id;
  return { previous: sorted[lo - 1], next: sorted[found ? lo + 1 : lo] };
}
