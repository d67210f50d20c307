import { useDeferredValue, useMemo } from "react";
import { useDrawn } from "../../../lib/hooks/use-drawn.ts";
import type { Article, LightEvent } from "../../../dataset/index.ts";
import { asksToFilter, type StatedFilters } from "../model/asks-to-filter.ts";
import { indexEvents } from "../model/event-index.ts";
import { facetOptions, type FacetOption } from "../model/facet-options.ts";
import {
  applyFilters,
  isFiltering,
  type FilterCriteria,
  type FilterResult,
} from "../model/facets.ts";
import { searchTerms } from "../model/search.ts";
import { useSearchHits } from "./use-event-search.ts";
import {
  topicOptions,
  type TopicKey,
  type TopicOption,
  type TopicsAndEvents,
} from "../model/topic-filter.ts";
import { hiddenTopicsFromUrl, knownValues } from "../model/url-filters.ts";

/** The filters as the URL states them (see lib/url-state.ts). */
export type FilterParams = StatedFilters;

export interface Filters extends FilterResult {
  criteria: FilterCriteria;
  filtering: boolean;
  topicOptions: TopicOption[];
  topicKeys: TopicKey[];
  actorOptions: FacetOption[];
  outletOptions: FacetOption[];
  /** The most outlets any one event has. */
  maxOutlets: number;
  /** A search is asked for, and its first answer has not come yet. */
  searchPending: boolean;
  /**
   * The search looked at titles and actors only: summaries, quotes and evidence are still being
   * loaded and indexed, and it will look again once they are.
   */
  searchPartial: boolean;
}

/** No topic switched off. */
const NONE_HIDDEN: ReadonlySet<TopicKey> = new Set();

/** What is counted before the timeline has drawn when the view asks for no filter. */
const NOT_YET: readonly LightEvent[] = Object.freeze([]);

/**
 * The filtered events and every facet's counts, for events already in chronological order (the
 * result keeps it). The dataset is indexed once; the search uses a deferred query so typing stays
 * responsive while a large dataset is filtered.
 *
 * A view that asks for no filter shows every event, and what only the filter panel reads (the
 * options, the counts: a pass over every event, about a tenth of a second at 100,000) is worked
 * out once the timeline has drawn; the panel's own code loads after that draw too.
 */
export function useFilters(
  document: TopicsAndEvents,
  chronological: readonly LightEvent[],
  articleById: ReadonlyMap<string, Pick<Article, "outlet">>,
  params: FilterParams,
): Filters {
  const drawn = useDrawn();
  const asked = asksToFilter(params);
  const counted = drawn || asked ? chronological : NOT_YET;
  const options = useMemo(
    () => topicOptions({ topics: document.topics, events: counted }),
    [document.topics, counted],
  );
  const topicKeys = useMemo(() => options.map((o) => o.key), [options]);
  const index = useMemo(
    () => indexEvents(counted, new Set(document.topics.map((t) => t.id)), articleById),
    [counted, document.topics, articleById],
  );
  const actorOptions = useMemo(() => facetOptions(index, (i) => i.actors), [index]);
  const outletOptions = useMemo(() => facetOptions(index, (i) => i.outlets), [index]);
  const maxOutlets = useMemo(
    () => index.reduce((max, item) => Math.max(max, item.outlets.length), 0),
    [index],
  );
  const actorSet = useMemo(() => new Set(actorOptions.map((o) => o.value)), [actorOptions]);
  const outletSet = useMemo(() => new Set(outletOptions.map((o) => o.value)), [outletOptions]);

  const query = useDeferredValue(params.q);
  const { topics, actors, outlets, minOutlets } = params;
  const terms = useMemo(() => searchTerms(query), [query]);
  const { hits, partial } = useSearchHits(query, terms.length > 0);
  // The same set while the URL names no topics, however the options change once counted: the
  // colours and lanes follow it, and the timeline would prepare every event again for a new one.
  const hiddenTopics = useMemo(
    () => (topics === undefined ? NONE_HIDDEN : hiddenTopicsFromUrl(topics, topicKeys)),
    [topics, topicKeys],
  );
  const criteria = useMemo<FilterCriteria>(
    () => ({
      hiddenTopics,
      actors: knownValues(actors, actorSet),
      outlets: knownValues(outlets, outletSet),
      terms,
      hits,
      minOutlets: minOutlets ?? 1,
    }),
    [hiddenTopics, actors, actorSet, outlets, outletSet, terms, hits, minOutlets],
  );
  const counts = useMemo(() => applyFilters(index, criteria), [index, criteria]);
  const result = useMemo<FilterResult>(() => {
    // Filters only take events out, in order: all kept is the same list, and the timeline keeps
    // what it prepared from it rather than preparing 100,000 events again once they are counted.
    if (counted === chronological)
      return counts.events.length === chronological.length
        ? { ...counts, events: chronological }
        : counts;
    // Not counted yet, nothing is filtered: every event shows, and each part lets all through.
    const all = chronological.length;
    const without = { search: all, topics: all, people: all, minOutlets: all };
    return { ...counts, events: chronological, without };
  }, [counts, counted, chronological]);
  return {
    ...result,
    criteria,
    filtering: isFiltering(criteria),
    topicOptions: options,
    topicKeys,
    actorOptions,
    outletOptions,
    maxOutlets,
    searchPending: terms.length > 0 && hits === undefined,
    searchPartial: terms.length > 0 && partial,
  };
}
