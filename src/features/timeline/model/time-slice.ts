/** Anything with a half-open extent in epoch milliseconds. */
export interface Extent {
  start: number;
  end: number;
}

/** The longest extent of each list, measured once per list (a list is prepared once per filter). */
const longestOf = new WeakMap<readonly Extent[], number>();

function longest(items: readonly Extent[]): number {
  let known = longestOf.get(items);
  if (known === undefined) {
    known = 0;
    for (const item of items) known = Math.max(known, item.end - item.start);
    longestOf.set(items, known);
  }
  return known;
}

/** The index of the first item starting at or after `t`, in items sorted by start. */
function firstFrom(items: readonly Extent[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as Extent).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The indices [from, to) of `items` (sorted by start) that can meet the time [start, end): none
 * before `from` ends after `start`, none from `to` on starts before `end`. Items between may
 * still end before `start` (the caller checks each). Two binary searches, so that a view of a
 * month among 100,000 events looks at that month's events, not at all of them, on every frame.
 */
export function candidateSlice(
  items: readonly Extent[],
  start: number,
  end: number,
): [number, number] {
  const from = firstFrom(items, start - longest(items));
  return [from, Math.max(from, firstFrom(items, end))];
}
