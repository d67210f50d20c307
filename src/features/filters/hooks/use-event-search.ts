import { useState } from "react";
import { createResource, useResource } from "../../../lib/resource.ts";
import { datasetKey } from "../../dataset/api/dataset-loads.ts";
import { useCurrentDataset } from "../../dataset/hooks/dataset-context.ts";
import type { Dataset } from "../../dataset/model/dataset.ts";
import { datasetClient } from "../../dataset/worker/worker-client.ts";
import type { SearchHits } from "../model/search-index.ts";

export interface SearchState {
  /** What the query finds; undefined with no query, or before the first answer. */
  hits: SearchHits | undefined;
  /** The answer looked at titles and actors only: the rest of the events is still loading. */
  partial: boolean;
}

/** Resolves once the worker has indexed every event whole for the search. */
const searchReady = createResource(
  (dataset: Dataset) => datasetKey(dataset).join("\n"),
  async (dataset: Dataset) => {
    await datasetClient().prepareSearch(dataset.source);
    return true;
  },
);

interface Ask {
  dataset: Dataset;
  query: string;
  /** Asked again once the whole search is ready, since the first answer looked at less. */
  complete: boolean;
}

/** What the worker's search finds for a query. */
const searchAnswer = createResource(
  ({ dataset, query, complete }: Ask) =>
    [...datasetKey(dataset), "search", query, complete].join("\n"),
  ({ dataset, query }: Ask) => datasetClient().search(dataset.source, query),
);

/**
 * What a search for `query` finds. The dataset worker searches: at once the titles and actors of
 * the index, and, once it has indexed every event whole, summaries, quotes and evidence too.
 * That indexing starts with the first search, not with the page: reading and indexing every
 * chunk of a large dataset takes seconds of the machine's cores, which zooming and panning need
 * (`npm run bench` at 100,000 events: frames of 700 ms instead of 17 while it ran). Once started
 * it goes on, and is kept, whatever the query does. While a new query is answered the previous
 * answer stays, so the view does not empty at each keystroke. Loaded without TanStack Query: a
 * search in the URL filters the first draw (see lib/resource.ts).
 */
export function useSearchHits(query: string, searching: boolean): SearchState {
  const dataset = useCurrentDataset();
  const ready = useResource(searchReady, searching ? dataset : undefined);
  const complete = ready.data === true;
  const answer = useResource(searchAnswer, searching ? { dataset, query, complete } : undefined);
  // The last answer, shown until the next one comes.
  const [previous, setPrevious] = useState(answer.data);
  if (answer.data && answer.data !== previous) setPrevious(answer.data);
  const shown = answer.data ?? previous;
  if (!searching) return { hits: undefined, partial: false };
  return { hits: shown?.hits, partial: shown ? !shown.complete : !complete };
}
