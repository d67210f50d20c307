import { DatasetClient } from "./dataset-client.ts";

let client: DatasetClient | undefined;

/** The page's one dataset worker, started when first asked for. */
export function datasetClient(): DatasetClient {
  client ??= new DatasetClient(
    new Worker(new URL("./dataset.worker.ts", import.meta.url), {
      type: "module",
      name: "dataset",
    }),
  );
  return client;
}
