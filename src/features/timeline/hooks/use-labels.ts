import { useMemo } from "react";
import { canvasTextMeasure } from "../browser/canvas-text-measure.ts";
import { measured } from "../browser/measured.ts";
import { DEFAULT_LABEL_OPTIONS, layoutLabels, type PlacedLabel } from "../model/label-layout.ts";
import { labelRequests } from "../model/label-requests.ts";
import { MARK_STYLE } from "../model/mark-style.ts";
import type { Scene } from "../model/scene-layout.ts";

/** The performance measure each label layout records (scripts/bench-timeline.ts reads it). */
export const LABEL_LAYOUT_MEASURE = "label-layout";

/**
 * The labels of a scene, by event id or cluster key: laid out again whenever the scene changes
 * (every frame of a zoom, so more appear as room opens up) or another event is selected.
 */
export function useLabels(
  scene: Scene,
  selectedId: string | undefined,
  plot: { left: number; right: number },
  rowHeight: number,
): ReadonlyMap<string, PlacedLabel> {
  const { left, right } = plot;
  return useMemo(
    () =>
      // Named, so the benchmark can read how long a layout takes.
      measured(LABEL_LAYOUT_MEASURE, () => {
        const requests = labelRequests(scene, { selectedId, rowHeight });
        const labels = layoutLabels(requests, {
          ...DEFAULT_LABEL_OPTIONS,
          left,
          right,
          measure: canvasTextMeasure(MARK_STYLE.labelFont),
        });
        return new Map(labels.map((label) => [label.key, label]));
      }),
    [scene, selectedId, left, right, rowHeight],
  );
}
