import type { LightEvent } from "../../../dataset/index.ts";
import type { FilterCriteria } from "./facets.ts";

/**
 * The events in the order of the search's scores, best first (ties keep their order, which is
 * the date's); undefined when there is no search to rank by.
 */
export function rankedByScore(
  events: readonly LightEvent[],
  criteria: Pick<FilterCriteria, "terms" | "hits">,
): LightEvent[] | undefined {
  const { hits } = criteria;
  if (criteria.terms.length === 0 || !hits) return undefined;
  const score = (event: LightEvent) => hits.get(event.id) ?? 0;
  return [...events].sort((a, b) => score(b) - score(a));
}
