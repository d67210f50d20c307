/**
 * The drawing constants shared by the SVG marks and the canvas renderer, so a mark looks the same
 * whichever layer draws it.
 */
export const MARK_STYLE = {
  pointRadius: 6,
  /** Tall enough to hold its label's text: a span's label starts inside it. */
  spanHeight: 14,
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
  /** The ring round an event reported by several outlets: its gap from the shape, its width. */
  ringGap: 2,
  ringWidth: 1.5,
  /** A low-confidence event is drawn this opaque. */
  lowConfidenceOpacity: 0.45,
  /** How far the selected mark's halo reaches beyond its shape. */
  selectedHaloWidth: 4,
  /**
   * The labels' font, the same for SVG text, canvas text and the canvas that measures them, so
   * the widths the layout reserves are the widths drawn. The app's own font stack, at 11px.
   */
  labelFont: '11px Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;
