import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { searchQuery, searchReadyQuery } from "../../dataset/api/dataset-queries.ts";
import { useCurrentDataset } from "../../dataset/hooks/dataset-context.ts";
import type { SearchHits } from "../model/search-index.ts";

export interface SearchState {
  /** What the query finds; undefined with no query, or before the first answer. */
  hits: SearchHits | undefined;
  /** The answer looked at titles and actors only: the rest of the events is still loading. */
  partial: boolean;
}

/**
 * What a search for `query` finds. The dataset worker searches: at once the titles and actors of
 * the index, and, once it has indexed every event whole, summaries, quotes and evidence too.
 * That indexing starts with the first search, not with the page: reading and indexing every
 * chunk of a large dataset takes seconds of the machine's cores, which zooming and panning need
 * (`npm run bench` at 100,000 events: frames of 700 ms instead of 17 while it ran). Once started
 * it goes on, and is kept, whatever the query does. While a new query is answered the previous
 * answer stays, so the view does not empty at each keystroke.
 */
export function useSearchHits(query: string, searching: boolean): SearchState {
  const dataset = useCurrentDataset();
  const ready = useQuery({ ...searchReadyQuery(dataset), enabled: searching });
  const complete = ready.isSuccess;
  const answer = useQuery({
    ...searchQuery(dataset, query, complete),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  if (!searching) return { hits: undefined, partial: false };
  return { hits: answer.data?.hits, partial: answer.data ? !answer.data.complete : !complete };
}
