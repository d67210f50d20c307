import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { dataUrl } from "../../../lib/data-url.ts";
import { useSiteConfig } from "../../../lib/hooks/use-site-config.ts";
import { parseViewState } from "../../../lib/url-state.ts";
import { datasetQuery, openEarly } from "../api/dataset-queries.ts";
import type { Dataset } from "../model/dataset.ts";
import { bundledSource, resolveDatasetSource, type SourceResolution } from "../model/source.ts";

export type DatasetState =
  | { status: "pending" }
  | { status: "refused"; reason: string }
  | { status: "error"; errors: Error[]; retry: () => void; isRetrying: boolean }
  | { status: "success"; dataset: Dataset };

const bundledFolder = () => new URL(dataUrl(""), window.location.href);

// A page that names no other dataset shows the bundled one: the worker starts on it as this
// code loads, a tenth of a second or more before the page first renders and asks for it.
if (typeof Worker !== "undefined" && parseViewState(window.location.search).data === undefined)
  openEarly(bundledSource(bundledFolder()));

/**
 * Opens the dataset in the worker: the bundled one, or the one the `data` parameter names once
 * the deployment's config says its site may be loaded. The page receives the index (light
 * events) to draw from; details come later, by chunk. An error names the file that failed, and
 * `retry` opens the dataset again.
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
  const dataset = useQuery({
    ...datasetQuery(source ?? bundledSource(bundledFolder())),
    enabled: source !== undefined,
  });
  // A dataset that shows but is not sound says so once, for whoever made it.
  useEffect(() => {
    if (dataset.data?.warning) console.warn(dataset.data.warning);
  }, [dataset.data]);

  if (resolution && !resolution.ok) return { status: "refused", reason: resolution.reason };
  // Another page may load the config for itself; its failure matters here only for `data`.
  const failed = [...(data === undefined ? [] : [config]), dataset].filter((q) => q.isError);
  if (failed.length > 0)
    return {
      status: "error",
      errors: failed.map((q) => q.error).filter((e): e is Error => e !== null),
      retry: () => failed.forEach((q) => void q.refetch()),
      isRetrying: failed.some((q) => q.isFetching),
    };
  if (dataset.data) return { status: "success", dataset: dataset.data };
  return { status: "pending" };
}
