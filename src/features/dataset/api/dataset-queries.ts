import { queryOptions } from "@tanstack/react-query";
import { createDataset, wholeDataset, type Dataset } from "../model/dataset.ts";
import type { DatasetSource } from "../model/source.ts";
import type { DatasetClient } from "../worker/dataset-client.ts";
import { datasetClient } from "../worker/worker-client.ts";

/** A dataset asked of the worker before the page asked for it, waiting to be taken once. */
let early: { eventsUrl: string; opened: ReturnType<DatasetClient["open"]> } | undefined;

/**
 * Starts opening a dataset now, while the page's code is still starting up: the worker fetches
 * and reads the index meanwhile, and the page's first ask for it (datasetQuery) takes what it
 * has. A failure is reported there, to that first ask; a retry opens the dataset again.
 */
export function openEarly(source: DatasetSource): void {
  const opened = datasetClient().open(source);
  opened.catch(() => undefined);
  early = { eventsUrl: source.eventsUrl, opened };
}

function takeEarly(source: DatasetSource) {
  const taken = early?.eventsUrl === source.eventsUrl ? early.opened : undefined;
  early = undefined;
  return taken;
}

/**
 * The dataset's index, opened in the worker (index.json, or the contract documents indexed there
 * when a dataset has no index) and handed over as light events; a failure names its file.
 */
export const datasetQuery = (source: DatasetSource) =>
  queryOptions({
    queryKey: ["dataset", source.eventsUrl],
    queryFn: async () => {
      const { index, warning } = await (takeEarly(source) ?? datasetClient().open(source));
      return createDataset(index, source, warning);
    },
  });

/** Everything cached for one opened dataset is keyed below this. */
const keyOf = (dataset: Dataset) =>
  ["dataset", dataset.source.eventsUrl, dataset.events.version ?? ""] as const;

/** One chunk of whole events (summaries, quotes, evidence, correction marks). */
export const eventChunkQuery = (dataset: Dataset, chunk: number) =>
  queryOptions({
    queryKey: [...keyOf(dataset), "events", chunk],
    queryFn: () => datasetClient().events(dataset.source, chunk),
  });

/** One chunk of articles, with their texts. */
export const articleChunkQuery = (dataset: Dataset, chunk: number) =>
  queryOptions({
    queryKey: [...keyOf(dataset), "articles", chunk],
    queryFn: () => datasetClient().articles(dataset.source, chunk),
  });

/** Both documents whole: every chunk, for what needs them all (export, About, corrections). */
export const wholeDatasetQuery = (dataset: Dataset) =>
  queryOptions({
    queryKey: [...keyOf(dataset), "whole"],
    queryFn: async () => {
      const client = datasetClient();
      const { source } = dataset;
      const eventChunks = Math.ceil(dataset.events.events.length / dataset.eventsPerChunk);
      const articleChunks = Math.max(-1, ...[...dataset.articleById.values()].map((a) => a.chunk));
      const [events, articles, removed] = await Promise.all([
        Promise.all(Array.from({ length: eventChunks }, (_, n) => client.events(source, n))),
        Promise.all(
          Array.from({ length: articleChunks + 1 }, (_, n) => client.articles(source, n)),
        ),
        client.removed(source),
      ]);
      return wholeDataset(dataset.events, events, articles, removed);
    },
  });

/** Resolves once the worker has indexed every event whole for the search. */
export const searchReadyQuery = (dataset: Dataset) =>
  queryOptions({
    queryKey: [...keyOf(dataset), "search-ready"],
    queryFn: async () => {
      await datasetClient().prepareSearch(dataset.source);
      return true;
    },
  });

/**
 * What the worker's search finds for `query`; asked again once the whole search is ready
 * (`complete`), since the first answer looked at titles and actors alone.
 */
export const searchQuery = (dataset: Dataset, query: string, complete: boolean) =>
  queryOptions({
    queryKey: [...keyOf(dataset), "search", query, complete],
    queryFn: () => datasetClient().search(dataset.source, query),
  });
