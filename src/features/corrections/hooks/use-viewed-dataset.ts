import { skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { TimelineEvent } from "../../../dataset/index.ts";
import { wholeDatasetQuery } from "../../dataset/api/dataset-queries.ts";
import { datasetOfWhole, type Dataset, type WholeDataset } from "../../dataset/model/dataset.ts";

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
 * Undoing corrections reads the extracted events the corrections kept, through the contract's
 * schema: a module the first draw does not need, loaded only when the view asks for the
 * extraction.
 */
type Uncorrected = typeof import("../../../dataset/uncorrected.ts");
const uncorrectedModule = {
  queryKey: ["module", "uncorrected"],
  queryFn: (): Promise<Uncorrected> => import("../../../dataset/uncorrected.ts"),
  staleTime: Infinity,
} as const;

/** The extraction alone: every event back as extracted, its details with it. */
function uncorrected(loaded: Dataset, whole: WholeDataset, module: Uncorrected): Dataset {
  const events = module.withoutCorrections(whole.events);
  return datasetOfWhole(loaded, {
    ...whole,
    events,
    eventById: new Map(events.events.map((e: TimelineEvent) => [e.id, e])),
  });
}

/**
 * The dataset as the view asks for it: corrected (as published, from the index), or with
 * `corrections=off` the extraction alone, for comparison, which needs every event whole (all
 * chunks, loaded once).
 */
export function useViewedDataset(
  loaded: Dataset | undefined,
  corrections: "off" | undefined,
): ViewedDataset {
  const off = Boolean(loaded?.corrected) && corrections === "off";
  const whole = useQuery(
    loaded
      ? { ...wholeDatasetQuery(loaded), enabled: off }
      : { queryKey: ["dataset", "none", "whole"], queryFn: skipToken },
  );
  const module = useQuery({ ...uncorrectedModule, enabled: off });
  const shown = useMemo(
    () =>
      off && loaded && whole.data && module.data
        ? uncorrected(loaded, whole.data, module.data)
        : undefined,
    [off, loaded, whole.data, module.data],
  );
  const correctable = Boolean(loaded?.corrected);
  const retry = () => {
    void whole.refetch();
    void module.refetch();
  };
  if (!off) return { dataset: loaded, correctable, pending: false, error: null, retry };
  return {
    dataset: shown,
    correctable,
    pending: !shown && !whole.isError && !module.isError,
    error: whole.error ?? module.error,
    retry,
  };
}
