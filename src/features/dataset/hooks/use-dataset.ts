import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { dataUrl } from "../../../lib/data-url.ts";
import { useSiteConfig } from "../../../lib/hooks/use-site-config.ts";
import { articlesQuery, eventsQuery } from "../api/dataset-queries.ts";
import { createDataset, type Dataset } from "../model/dataset.ts";
import { integrityWarning, mismatchedPair } from "../model/dataset-checks.ts";
import { bundledSource, resolveDatasetSource, type SourceResolution } from "../model/source.ts";

export type DatasetState =
  | { status: "pending" }
  | { status: "refused"; reason: string }
  | { status: "error"; errors: Error[]; retry: () => void; isRetrying: boolean }
  | { status: "success"; dataset: Dataset };

const bundledFolder = () => new URL(dataUrl(""), window.location.href);

/**
 * Loads events.json and articles.json in parallel: the bundled ones, or those the `data`
 * parameter names once the deployment's config says their site may be loaded. Errors are
 * reported per file so the UI can say which one is broken; `retry` refetches only the failed ones.
 */
export function useDataset(data: string | undefined): DatasetState {
  // The config only matters for another dataset, so the bundled one does not wait for it.
  const config = useSiteConfig(data !== undefined);
  const resolution = useMemo<SourceResolution | undefined>(() => {
    if (data === undefined) return { ok: true, source: bundledSource(bundledFolder()) };
    if (!config.data) return undefined;
    const page = new URL(window.location.href);
    return resolveDatasetSource(data, page, bundledFolder(), config.data.dataOrigins);
  }, [data, config.data]);
  const source = resolution?.ok ? resolution.source : undefined;
  // Disabled queries need options all the same; the bundled source stands in until it is known.
  const options = source ?? bundledSource(bundledFolder());
  const events = useQuery({ ...eventsQuery(options), enabled: source !== undefined });
  const articles = useQuery({ ...articlesQuery(options), enabled: source !== undefined });
  const mismatch = useMemo(
    () =>
      source && events.data && articles.data
        ? mismatchedPair(events.data, articles.data, source)
        : undefined,
    [source, events.data, articles.data],
  );
  const dataset = useMemo(
    () =>
      source && events.data && articles.data && !mismatch
        ? createDataset(events.data, articles.data, source)
        : undefined,
    [source, events.data, articles.data, mismatch],
  );
  useEffect(() => {
    if (!dataset) return;
    const warning = integrityWarning(
      dataset.events,
      dataset.articles,
      dataset.source.custom ?? "bundled with the site",
    );
    if (warning) console.warn(warning);
  }, [dataset]);

  if (resolution && !resolution.ok) return { status: "refused", reason: resolution.reason };
  // Another page may load the config for itself; its failure matters here only for `data`.
  const failed = [...(data === undefined ? [] : [config]), events, articles].filter(
    (q) => q.isError,
  );
  if (mismatch)
    return {
      status: "error",
      errors: [mismatch],
      retry: () => [events, articles].forEach((q) => void q.refetch()),
      isRetrying: events.isFetching || articles.isFetching,
    };
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
