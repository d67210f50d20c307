/**
 * The drawing constants shared by the SVG marks and the canvas renderer, so a mark looks the same
 * whichever layer draws it.
 */
export const MARK_STYLE = {
  pointRadius: 6,
  spanHeight: 10,
  /** A multi-day range: a bar between two end caps. */
  rangeCapRadius: 4,
  rangeBarHeight: 4,
  spanOpacity: 0.25,
  plannedSpanOpacity: 0.08,
  plannedDash: [4, 3] as const,
  clusterFill: "#334155",
  clusterText: "#ffffff",
  clusterHeight: 16,
  selectedHalo: "#fde68a",
  selectedStroke: "#0f172a",
} as const;
