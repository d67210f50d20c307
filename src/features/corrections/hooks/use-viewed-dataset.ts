import type { TimelineEvent } from "../../../dataset/index.ts";
import { createResource, useResource } from "../../../lib/resource.ts";
import { datasetKey, loadWholeDataset } from "../../dataset/api/dataset-loads.ts";
import { datasetOfWhole, type Dataset } from "../../dataset/model/dataset.ts";

export interface ViewedDataset {
  dataset: Dataset | undefined;
  /** There is anything to compare: the data carries researchers' corrections. */
  correctable: boolean;
  /** With `corrections=off`, the whole documents the extraction is read back from are loading. */
  pending: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * The extraction alone: every event back as extracted, its details with it. It reads the
 * extracted events the corrections kept through the contract's schema (uncorrected.ts), a module
 * the first draw does not need, loaded only when the view asks for the extraction; and every
 * event whole (all chunks, loaded once).
 */
const uncorrectedDataset = createResource(
  (loaded: Dataset) => datasetKey(loaded).join("\n"),
  async (loaded: Dataset): Promise<Dataset> => {
    const [whole, module] = await Promise.all([
      loadWholeDataset(loaded),
      import("../../../dataset/uncorrected.ts"),
    ]);
    const events = module.withoutCorrections(whole.events);
    return datasetOfWhole(loaded, {
      ...whole,
      events,
      eventById: new Map(events.events.map((e: TimelineEvent) => [e.id, e])),
    });
  },
);

/**
 * The dataset as the view asks for it: corrected (as published, from the index), or with
 * `corrections=off` the extraction alone, for comparison.
 */
export function useViewedDataset(
  loaded: Dataset | undefined,
  corrections: "off" | undefined,
): ViewedDataset {
  const off = Boolean(loaded?.corrected) && corrections === "off";
  const shown = useResource(uncorrectedDataset, off ? loaded : undefined);
  const correctable = Boolean(loaded?.corrected);
  if (!off)
    return { dataset: loaded, correctable, pending: false, error: null, retry: shown.retry };
  return {
    dataset: shown.data,
    correctable,
    pending: !shown.data && !shown.error,
    error: shown.error ?? null,
    retry: shown.retry,
  };
}
