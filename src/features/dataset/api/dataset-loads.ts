import { createResource } from "../../../lib/resource.ts";
import { createDataset, wholeDataset, type Dataset, type WholeDataset } from "../model/dataset.ts";
import type { DatasetSource } from "../model/source.ts";
import { datasetClient } from "../worker/worker-client.ts";

/**
 * The dataset's index, opened in the worker (index.json, or the contract documents indexed there
 * when a dataset has no index) and handed over as light events; a failure names its file. Loaded
 * once per dataset for the page's life, by the first draw's own loader (lib/resource.ts).
 */
export const datasetResource = createResource(
  (source: DatasetSource) => source.eventsUrl,
  async (source: DatasetSource) => {
    const { index, warning } = await datasetClient().open(source);
    return createDataset(index, source, warning);
  },
);

/** Both documents whole: every chunk, for what needs them all (export, About, corrections). */
export async function loadWholeDataset(dataset: Dataset): Promise<WholeDataset> {
  const client = datasetClient();
  const { source } = dataset;
  const eventChunks = Math.ceil(dataset.events.events.length / dataset.eventsPerChunk);
  const articleChunks = Math.max(-1, ...[...dataset.articleById.values()].map((a) => a.chunk));
  const [events, articles, removed] = await Promise.all([
    Promise.all(Array.from({ length: eventChunks }, (_, n) => client.events(source, n))),
    Promise.all(Array.from({ length: articleChunks + 1 }, (_, n) => client.articles(source, n))),
    client.removed(source),
  ]);
  return wholeDataset(dataset.events, events, articles, removed);
}

/** Everything loaded for one opened dataset is keyed below this. */
export const datasetKey = (dataset: Dataset) =>
  ["dataset", dataset.source.eventsUrl, dataset.events.version ?? ""] as const;
