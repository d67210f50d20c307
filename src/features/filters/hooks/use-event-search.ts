import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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
 * What a search for `query` finds. The dataset worker searches: at first the titles and actors
 * of the index, and, once it has indexed every event whole (it starts after the first draw,
 * in the background), summaries, quotes and evidence too. While a new query is answered the
 * previous answer stays, so the view does not empty at each keystroke.
 */
export function useSearchHits(query: string, searching: boolean): SearchState {
  const dataset = useCurrentDataset();
  // The first frame is drawn before the worker starts reading every chunk.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDrawn(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const ready = useQuery({ ...searchReadyQuery(dataset), enabled: drawn });
  const complete = ready.isSuccess;
  const answer = useQuery({
    ...searchQuery(dataset, query, complete),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  if (!searching) return { hits: undefined, partial: false };
  return { hits: answer.data?.hits, partial: answer.data ? !answer.data.complete : !complete };
}
