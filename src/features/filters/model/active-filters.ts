import type { FilterCriteria } from "./facets.ts";

/**
 * How many filters narrow the view, as the Filters button counts them: the topic toggles count
 * once however many are off (they are one control), every chosen actor and outlet counts, and so
 * do a search and a minimum number of outlets.
 */
export function activeFilterCount(criteria: FilterCriteria): number {
  return (
    (criteria.hiddenTopics.size > 0 ? 1 : 0) +
    criteria.actors.size +
    criteria.outlets.size +
    (criteria.terms.length > 0 ? 1 : 0) +
    (criteria.minOutlets > 1 ? 1 : 0)
  );
}
