import type { TimelineEvent } from "../../../dataset/index.ts";
import type { IndexedEvent } from "./event-index.ts";
import { matchesTerms } from "./search.ts";
import type { TopicKey } from "./topic-filter.ts";

/**
 * The active filters. Within a facet the choices are alternatives (any selected actor will do);
 * across facets they all apply. An empty actor or outlet set means "any".
 */
export interface FilterCriteria {
  hiddenTopics: ReadonlySet<TopicKey>;
  actors: ReadonlySet<string>;
  outlets: ReadonlySet<string>;
  /** Normalized search terms (see searchTerms). */
  terms: readonly string[];
}

export interface FilterResult {
  /** The events every filter lets through, in the dataset's order. */
  events: TimelineEvent[];
  /**
   * Per facet value, how many events it would show given the *other* facets' filters: the number
   * a reader sees next to a toggle is what turning it on would bring, whatever its own state.
   */
  topicCounts: ReadonlyMap<TopicKey, number>;
  actorCounts: ReadonlyMap<string, number>;
  outletCounts: ReadonlyMap<string, number>;
}

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
  const events: TimelineEvent[] = [];
  const topicCounts = new Map<TopicKey, number>();
  const actorCounts = new Map<string, number>();
  const outletCounts = new Map<string, number>();
  for (const item of index) {
    const topic = item.topicKeys.some((key) => !criteria.hiddenTopics.has(key));
    const actor = anyOf(item.actors, criteria.actors);
    const outlet = anyOf(item.outlets, criteria.outlets);
    const search = criteria.terms.length === 0 || matchesTerms(item.text, criteria.terms);
    if (!search) continue; // search is not a facet with counts; it narrows every facet
    if (actor && outlet) bump(topicCounts, item.topicKeys);
    if (topic && outlet) bump(actorCounts, item.actors);
    if (topic && actor) bump(outletCounts, item.outlets);
    if (topic && actor && outlet) events.push(item.event);
  }
  return { events, topicCounts, actorCounts, outletCounts };
}

/** Whether any filter is narrowing the events ("Clear all" is offered only then). */
export function isFiltering(criteria: FilterCriteria): boolean {
  return (
    criteria.hiddenTopics.size > 0 ||
    criteria.actors.size > 0 ||
    criteria.outlets.size > 0 ||
    criteria.terms.length > 0
  );
}
