import type { IndexedEvent } from "./event-index.ts";

export interface FacetOption {
  value: string;
  /** Events in the whole dataset with this value: the order options are listed in. */
  total: number;
}

/**
 * The values of a facet across the dataset, most frequent first (ties by name), so the actors a
 * researcher most likely wants are at the top of a long list.
 */
export function facetOptions(
  index: readonly IndexedEvent[],
  valuesOf: (item: IndexedEvent) => readonly string[],
): FacetOption[] {
  const totals = new Map<string, number>();
  for (const item of index)
    for (const value of valuesOf(item)) totals.set(value, (totals.get(value) ?? 0) + 1);
  return [...totals]
    .map(([value, total]) => ({ value, total }))
    .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}
