import { useEffect, useMemo, useState } from "react";
import type { TimelineEvent } from "../../../dataset/index.ts";
import {
  buildEventSearchInChunks,
  lazyEventSearch,
  type EventSearch,
  type SearchHits,
} from "../model/search-index.ts";

/** Up to here the index builds in one go, in a blink (about 130 ms at 2,000 events). */
const AT_ONCE_UP_TO = 2000;

/**
 * What a search for `query` finds among `events`: undefined when there is no query, or while
 * the index is not ready yet. A small dataset is indexed the first time a query needs it; a
 * large one in the background from the moment it loads, in chunks that leave the page
 * responsive, so that it is usually ready by the time a reader types.
 */
export function useSearchHits(
  events: readonly TimelineEvent[],
  query: string,
  searching: boolean,
): SearchHits | undefined {
  const atOnce = events.length <= AT_ONCE_UP_TO;
  const onDemand = useMemo(() => lazyEventSearch(events), [events]);
  const [built, setBuilt] = useState<{ events: readonly TimelineEvent[]; search: EventSearch }>();
  useEffect(() => {
    if (atOnce) return;
    let cancelled = false;
    void buildEventSearchInChunks(events, () => cancelled).then((search) => {
      if (search) setBuilt({ events, search });
    });
    return () => {
      cancelled = true;
    };
  }, [events, atOnce]);
  const background = built?.events === events ? built.search : undefined;
  return useMemo(() => {
    if (!searching) return undefined;
    return (atOnce ? onDemand() : background)?.search(query);
  }, [searching, atOnce, onDemand, background, query]);
}
