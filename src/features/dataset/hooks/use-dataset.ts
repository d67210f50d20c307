import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { articlesQuery, eventsQuery } from "../api/dataset-queries.ts";
import { createDataset, type Dataset } from "../model/dataset.ts";

export type DatasetState =
  | { status: "pending" }
  | { status: "error"; errors: Error[]; retry: () => void; isRetrying: boolean }
  | { status: "success"; dataset: Dataset };

/**
 * Loads events.json and articles.json in parallel. Errors are reported per file so the UI can say
 * which one is broken; `retry` refetches only the failed ones.
 */
export function useDataset(): DatasetState {
  const events = useQuery(eventsQuery);
  const articles = useQuery(articlesQuery);
  const dataset = useMemo(
    () => (events.data && articles.data ? createDataset(events.data, articles.data) : undefined),
    [events.data, articles.data],
  );

  const failed = [events, articles].filter((q) => q.isError);
  if (failed.length > 0)
    return {
      status: "error",
      errors: failed.map((q) => q.error).filter((e): e is Error => e !== null),
      retry: () => failed.forEach((q) => void q.refetch()),
      isRetrying: failed.some((q) => q.isFetching),
    };
  if (dataset) return { status: "success", dataset };
  return { status: "pending" };
}
