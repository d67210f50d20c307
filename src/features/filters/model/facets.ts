import type { LightEvent } from "../../../dataset/index.ts";
import type { IndexedEvent } from "./event-index.ts";
import type { SearchHits } from "./search-index.ts";
import type { TopicKey } from "./topic-filter.ts";

/**
 * The active filters. Within a facet the choices are alternatives (any selected actor will do);
 * across facets they all apply. An empty actor or outlet set means "any".
 */
export interface FilterCriteria {
  hiddenTopics: ReadonlySet<TopicKey>;
  actors: ReadonlySet<string>;
  outlets: ReadonlySet<string>;
  /** Normalized search terms (see searchTerms); none: no search. */
  terms: readonly string[];
  /** What the search finds, scored; consulted only when there are terms. */
  hits: SearchHits | undefined;
  /** Keep events reported by at least this many outlets; 1 keeps every event. */
  minOutlets: number;
}

export interface FilterResult {
  /** The events every filter lets through, in the dataset's order. */
  events: readonly LightEvent[];
  /**
   * Per facet value, how many events it would show given the *other* facets' filters: the number
   * a reader sees next to a toggle is what turning it on would bring, whatever its own state.
   */
  topicCounts: ReadonlyMap<TopicKey, number>;
  actorCounts: ReadonlyMap<string, number>;
  outletCounts: ReadonlyMap<string, number>;
  /**
   * Given every other filter, how many events each number of outlets reports (events with
   * unknown outlets under 0): the counts beside "reported by at least N outlets".
   */
  byOutletCount: ReadonlyMap<number, number>;
  /**
   * For each part of the view, how many events every other part lets through: whether that part
   * alone emptied the view, so an empty state can name it and offer to undo just that.
   */
  without: Readonly<Record<FilterPart, number>>;
}

/** The parts of a view that narrow the events, each of which a reader can undo on its own. */
export type FilterPart = "search" | "topics" | "people" | "minOutlets";

const anyOf = (values: readonly string[], selected: ReadonlySet<string>) =>
  selected.size === 0 || values.some((v) => selected.has(v));

function bump<K>(counts: Map<K, number>, keys: readonly K[]) {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** One pass over the index: the events shown, and the counts of every facet value. */
export function applyFilters(
  index: readonly IndexedEvent[],
  criteria: FilterCriteria,
): FilterResult {
  const events: LightEvent[] = [];
  const topicCounts = new Map<TopicKey, number>();
  const actorCounts = new Map<string, number>();
  const outletCounts = new Map<string, number>();
  const byOutletCount = new Map<number, number>();
  const without = { search: 0, topics: 0, people: 0, minOutlets: 0 };
  const searching = criteria.terms.length > 0;
  for (const item of index) {
    const topic = item.topicKeys.some((key) => !criteria.hiddenTopics.has(key));
    const actor = anyOf(item.actors, criteria.actors);
    const outlet = anyOf(item.outlets, criteria.outlets);
    // A minimum of one keeps every event, those whose outlet is unknown too.
    const corroborated = criteria.minOutlets <= 1 || item.outlets.length >= criteria.minOutlets;
    const search = !searching || (criteria.hits?.has(item.event.id) ?? false);
    if (topic && actor && outlet && corroborated) without.search += 1;
    if (search && actor && outlet && corroborated) without.topics += 1;
    if (search && topic && corroborated) without.people += 1;
    if (search && topic && actor && outlet) without.minOutlets += 1;
    // Search and the outlet minimum are not facets with counts; they narrow every facet.
    if (!search) continue;
    if (topic && actor && outlet) bump(byOutletCount, [item.outlets.length]);
    if (!corroborated) continue;
    if (actor && outlet) bump(topicCounts, item.topicKeys);
    if (topic && outlet) bump(actorCounts, item.actors);
    if (topic && actor) bump(outletCounts, item.outlets);
    if (topic && actor && outlet) events.push(item.event);
  }
  return { events, topicCounts, actorCounts, outletCounts, byOutletCount, without };
}

/** Whether any filter is narrowing the events ("Clear all" is offered only then). */
export function isFiltering(criteria: FilterCriteria): boolean {
  return (
    criteria.hiddenTopics.size > 0 ||
    criteria.actors.size > 0 ||
    criteria.outlets.size > 0 ||
    criteria.terms.length > 0 ||
    criteria.minOutlets > 1
  );
}
