/** The filters a view's URL states (hooks/use-filters.ts FilterParams). */
export interface StatedFilters {
  topics: readonly string[] | undefined;
  actors: readonly string[];
  outlets: readonly string[];
  q: string;
  minOutlets: number | undefined;
}

/**
 * Whether the URL asks for any filter. When it asks for none every event shows, so the first
 * draw does not wait for the pass over every event that the filter panel's options and counts
 * need (use-filters.ts works them out once the timeline has drawn).
 */
export function asksToFilter(params: StatedFilters): boolean {
  return (
    params.topics !== undefined ||
    params.actors.length > 0 ||
    params.outlets.length > 0 ||
    params.q.trim() !== "" ||
    (params.minOutlets ?? 1) > 1
  );
}
