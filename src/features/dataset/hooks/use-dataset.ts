import { useEffect, useMemo } from "react";
import { dataUrl } from "../../../lib/data-url.ts";
import { useSiteConfig } from "../../../lib/hooks/use-site-config.ts";
import { createResource, useResource } from "../../../lib/resource.ts";
import { datasetResource } from "../api/dataset-loads.ts";
import type { Dataset } from "../model/dataset.ts";
import { bundledSource } from "../model/bundled-source.ts";
import type { SourceResolution } from "../model/source.ts";

export type DatasetState =
  | { status: "pending" }
  | { status: "refused"; reason: string }
  | { status: "error"; errors: Error[]; retry: () => void; isRetrying: boolean }
  | { status: "success"; dataset: Dataset };

/**
 * The rules for a dataset the `data` parameter names (which sites may serve it, how its address
 * is read): the bundled dataset does not need them, so they load beside config.json, not with
 * the page.
 */
const sourceRules = createResource(
  (_: "rules") => "rules",
  () => import("../model/source.ts"),
);

const bundledFolder = () => new URL(dataUrl(""), window.location.href);

// A page that names no other dataset shows the bundled one: the worker starts on it as this
// code loads, a tenth of a second or more before the page first renders and asks for it (the
// loader keeps that one load for the page's first ask).
if (typeof Worker !== "undefined" && !new URLSearchParams(window.location.search).has("data"))
  datasetResource.load(bundledSource(bundledFolder()));

/**
 * Opens the dataset in the worker: the bundled one, or the one the `data` parameter names once
 * the deployment's config says its site may be loaded. The page receives the index (light
 * events) to draw from; details come later, by chunk. An error names the file that failed, and
 * `retry` opens the dataset again.
 */
export function useDataset(data: string | undefined): DatasetState {
  // The config only matters for another dataset, so the bundled one does not wait for it.
  const config = useSiteConfig(data !== undefined);
  const rules = useResource(sourceRules, data === undefined ? undefined : "rules");
  const resolution = useMemo<SourceResolution | undefined>(() => {
    if (data === undefined) return { ok: true, source: bundledSource(bundledFolder()) };
    if (!config.data || !rules.data) return undefined;
    const page = new URL(window.location.href);
    return rules.data.resolveDatasetSource(data, page, bundledFolder(), config.data.dataOrigins);
  }, [data, config.data, rules.data]);
  const source = resolution?.ok ? resolution.source : undefined;
  const dataset = useResource(datasetResource, source);
  // A dataset that shows but is not sound says so once, for whoever made it.
  useEffect(() => {
    if (dataset.data?.warning) console.warn(dataset.data.warning);
  }, [dataset.data]);

  if (resolution && !resolution.ok) return { status: "refused", reason: resolution.reason };
  // Another page may load the config for itself; its failure matters here only for `data`.
  const failed = [...(data === undefined ? [] : [config, rules]), dataset].filter((q) => q.error);
  if (failed.length > 0)
    return {
      status: "error",
      errors: failed.map((q) => q.error).filter((e): e is Error => e !== undefined),
      retry: () => failed.forEach((q) => q.retry()),
      isRetrying: failed.some((q) => q.fetching),
    };
  if (dataset.data) return { status: "success", dataset: dataset.data };
  return { status: "pending" };
}
