import { useEffect, useMemo, useState } from "react";
import type { TimelineEvent } from "../../../dataset/index.ts";
import { afterFirstDraw } from "../../../lib/after-first-draw.ts";
import type { EventSearch, SearchHits } from "../model/search-index.ts";

/** Up to here the index builds in one go, in a blink (about 130 ms at 2,000 events). */
const AT_ONCE_UP_TO = 2000;

/** MiniSearch and the indexing code: not needed for the first draw, loaded when a search is. */
type SearchModule = typeof import("../model/search-index.ts");
const loadSearch = () => import("../model/search-index.ts");

/**
 * What a search for `query` finds among `events`: undefined when there is no query, or while
 * the index is not ready yet. A small dataset is indexed the first time a query needs it; a
 * large one in the background from the moment it loads, in chunks that leave the page
 * responsive, so that it is usually ready by the time a reader types. The search code itself
 * is downloaded after the first draw, or earlier if a search needs it.
 */
export function useSearchHits(
  events: readonly TimelineEvent[],
  query: string,
  searching: boolean,
): SearchHits | undefined {
  const atOnce = events.length <= AT_ONCE_UP_TO;
  const [search, setSearch] = useState<SearchModule>();
  const needed = searching || !atOnce;
  useEffect(() => {
    if (search) return;
    let cancelled = false;
    const load = () =>
      void loadSearch().then((loaded) => {
        if (!cancelled) setSearch(loaded);
      });
    // Needed now, or soon: once the timeline has drawn, so that a search typed then is answered
    // at the first keystroke, as it was when the search code came with the page.
    const cancelIdle = needed ? (load(), undefined) : afterFirstDraw(load);
    return () => {
      cancelled = true;
      cancelIdle?.();
    };
  }, [needed, search]);
  const onDemand = useMemo(() => search?.lazyEventSearch(events), [search, events]);
  const [built, setBuilt] = useState<{ events: readonly TimelineEvent[]; search: EventSearch }>();
  useEffect(() => {
    if (atOnce || !search) return;
    let cancelled = false;
    void search
      .buildEventSearchInChunks(events, () => cancelled)
      .then((index) => {
        if (index) setBuilt({ events, search: index });
      });
    return () => {
      cancelled = true;
    };
  }, [events, atOnce, search]);
  const background = built?.events === events ? built.search : undefined;
  return useMemo(() => {
    if (!searching) return undefined;
    return (atOnce ? onDemand?.() : background)?.search(query);
  }, [searching, atOnce, onDemand, background, query]);
}
