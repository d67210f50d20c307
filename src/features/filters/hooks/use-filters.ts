import { useDeferredValue, useMemo } from "react";
import type { Article, LightEvent } from "../../../dataset/index.ts";
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
export interface FilterParams {
  topics: readonly string[] | undefined;
  actors: readonly string[];
  outlets: readonly string[];
  q: string;
  minOutlets: number | undefined;
}

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

/**
 * The filtered events and every facet's counts, for events already in chronological order (the
 * result keeps it). The dataset is indexed once; the search uses a deferred query so typing stays
 * responsive while a large dataset is filtered.
 */
export function useFilters(
  document: TopicsAndEvents,
  chronological: readonly LightEvent[],
  articleById: ReadonlyMap<string, Pick<Article, "outlet">>,
  params: FilterParams,
): Filters {
  const options = useMemo(() => topicOptions(document), [document]);
  const topicKeys = useMemo(() => options.map((o) => o.key), [options]);
  const index = useMemo(
    () => indexEvents(chronological, new Set(document.topics.map((t) => t.id)), articleById),
    [chronological, document, articleById],
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
  const criteria = useMemo<FilterCriteria>(
    () => ({
      hiddenTopics: hiddenTopicsFromUrl(topics, topicKeys),
      actors: knownValues(actors, actorSet),
      outlets: knownValues(outlets, outletSet),
      terms,
      hits,
      minOutlets: minOutlets ?? 1,
    }),
    [topics, topicKeys, actors, actorSet, outlets, outletSet, terms, hits, minOutlets],
  );
  const result = useMemo(() => applyFilters(index, criteria), [index, criteria]);
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
