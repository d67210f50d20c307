import { useEffect, useMemo, useState } from "react";
import { afterFirstDraw } from "../../../lib/after-first-draw.ts";
import type { Dataset } from "../../dataset/model/dataset.ts";

/**
 * Undoing corrections reads the extracted events the corrections kept, through the contract's
 * schema (zod): a module the first draw does not wait for unless the view asks for the extraction.
 */
type Uncorrected = typeof import("../../../dataset/uncorrected.ts");
const loadUncorrected = () => import("../../../dataset/uncorrected.ts");

/**
 * The dataset as the view asks for it: corrected (as published), or with `corrections=off` the
 * extraction alone, for comparison (undefined until that is ready). `correctable` says whether
 * there is anything to compare; it is known once the module above has loaded, right after the
 * first draw.
 */
export function useViewedDataset(
  loaded: Dataset | undefined,
  corrections: "off" | undefined,
): { dataset: Dataset | undefined; correctable: boolean } {
  const [uncorrected, setUncorrected] = useState<Uncorrected>();
  const wanted = corrections === "off";
  useEffect(() => {
    if (!loaded || uncorrected) return;
    let cancelled = false;
    const load = () =>
      void loadUncorrected().then((module) => {
        if (!cancelled) setUncorrected(module);
      });
    // The extraction alone is drawn with it; the corrected data only needs it for the toggle.
    const cancelLater = wanted ? (load(), undefined) : afterFirstDraw(load);
    return () => {
      cancelled = true;
      cancelLater?.();
    };
  }, [loaded, uncorrected, wanted]);
  return useMemo(() => {
    if (!loaded) return { dataset: undefined, correctable: false };
    if (!uncorrected)
      return { dataset: corrections === "off" ? undefined : loaded, correctable: false };
    if (!uncorrected.hasCorrections(loaded.events)) return { dataset: loaded, correctable: false };
    if (corrections !== "off") return { dataset: loaded, correctable: true };
    const events = uncorrected.withoutCorrections(loaded.events);
    return { dataset: { ...loaded, events }, correctable: true };
  }, [loaded, uncorrected, corrections]);
}
