import type { LightEvent } from "./light-event.ts";

/** What reading order looks at: a light event, or a whole one. */
export type Dated = Pick<LightEvent, "id" | "title" | "date">;

/**
 * Reading order: by start (an ISO prefix, so "2012" sorts before "2012-05" before "2012-05-07":
 * a period is placed where it begins), then by end, then by title and id so that ties never
 * depend on the dataset's order.
 */
export function compareChronologically(a: Dated, b: Dated): number {
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

export function sortChronologically<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort(compareChronologically);
}

/** The positions of `events` in reading order: what the index's `order` holds. */
export function chronologicalOrder(events: readonly Dated[]): number[] {
  return Array.from(events, (_, i) => i).sort((a, b) =>
    compareChronologically(events[a] as Dated, events[b] as Dated),
  );
}
