import { useQuery } from "@tanstack/react-query";
import { wholeDatasetQuery } from "../api/dataset-queries.ts";
import type { WholeDataset } from "../model/dataset.ts";
import { appQueryClient } from "../../../lib/query-client.ts";
import { useCurrentDataset } from "./dataset-context.ts";

export type WholeDatasetState =
  | { status: "pending" }
  | { status: "error"; error: Error; retry: () => void }
  | { status: "success"; whole: WholeDataset };

/**
 * Both documents whole, for what needs every event and article (export, About's corpus,
 * corrections): every chunk is loaded the first time one of them is used, then kept. A view of
 * whole documents (corrections=off) has them already.
 */
export function useWholeDataset(enabled = true): WholeDatasetState {
  const dataset = useCurrentDataset();
  const query = useQuery(
    { ...wholeDatasetQuery(dataset), enabled: enabled && !dataset.whole },
    appQueryClient(),
  );
  if (dataset.whole) return { status: "success", whole: dataset.whole };
  if (query.isError)
    return { status: "error", error: query.error, retry: () => void query.refetch() };
  if (query.data) return { status: "success", whole: query.data };
  return { status: "pending" };
}
