import { useMemo } from "react";
import type { Dataset } from "../../dataset/model/dataset.ts";
import { hasCorrections, withoutCorrections } from "../../../dataset/index.ts";

/**
 * The dataset as the view asks for it: corrected (as published), or with `corrections=off` the
 * extraction alone, for comparison. `correctable` says whether there is anything to compare.
 */
export function useViewedDataset(
  loaded: Dataset | undefined,
  corrections: "off" | undefined,
): { dataset: Dataset | undefined; correctable: boolean } {
  return useMemo(() => {
    if (!loaded || !hasCorrections(loaded.events)) return { dataset: loaded, correctable: false };
    if (corrections !== "off") return { dataset: loaded, correctable: true };
    return { dataset: { ...loaded, events: withoutCorrections(loaded.events) }, correctable: true };
  }, [loaded, corrections]);
}
