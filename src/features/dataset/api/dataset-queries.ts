import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "../model/dataset.ts";
import { datasetClient } from "../worker/worker-client.ts";
import { datasetKey, loadWholeDataset } from "./dataset-loads.ts";

/*
 * What loads through TanStack Query, after the first draw (the index itself is loaded by
 * dataset-loads.ts, without it).
 */

/** One chunk of whole events (summaries, quotes, evidence, correction marks). */
export const eventChunkQuery = (dataset: Dataset, chunk: number) =>
  queryOptions({
    queryKey: [...datasetKey(dataset), "events", chunk],
    queryFn: () => datasetClient().events(dataset.source, chunk),
  });

/** One chunk of articles, with their texts. */
export const articleChunkQuery = (dataset: Dataset, chunk: number) =>
  queryOptions({
    queryKey: [...datasetKey(dataset), "articles", chunk],
    queryFn: () => datasetClient().articles(dataset.source, chunk),
  });

/** Both documents whole: every chunk, for what needs them all (export, About, corrections). */
export const wholeDatasetQuery = (dataset: Dataset) =>
  queryOptions({
    queryKey: [...datasetKey(dataset), "whole"],
    queryFn: () => loadWholeDataset(dataset),
  });
