import { fitText, type TextMeasure } from "./label-text.ts";
import { OccupancyGrid, type Box } from "./occupancy-grid.ts";

/** Something on the timeline that would like its name beside it. */
export interface LabelRequest {
  /** The event's id or the cluster's key; also the owner of `mark` in the layout. */
  key: string;
  text: string;
  /** The box of the thing labelled: every other label keeps clear of it. */
  mark: Box;
  /** The label's vertical centre. */
  y: number;
  /**
   * Start inside the mark rather than right of it: a span's pale box is its label's background,
   * as in a Gantt chart, and a cluster's badge widens to hold its text.
   */
  inside: boolean;
  /** Shown whole or not at all: "+12 · Jun 2013" cut short would say less than "+12". */
  whole?: boolean;
}

export interface PlacedLabel {
  key: string;
  /** What is drawn: the text, or its head and an ellipsis. */
  text: string;
  /** The whole text, for the tooltip. */
  full: string;
  truncated: boolean;
  /** Left edge of the text, its width and its vertical centre. */
  x: number;
  width: number;
  y: number;
}

export interface LabelLayoutOptions {
  /** The plot's edges: no label crosses them. */
  left: number;
  right: number;
  /** The height a label takes. */
  height: number;
  /** Clear space kept between a label and any other mark or label. */
  gap: number;
  /** Padding between a mark's edge and a label that starts inside it. */
  inset: number;
  /** A truncated label narrower than this says too little to be worth drawing. */
  minWidth: number;
  /**
   * No label is longer than this (unless its own mark is), so one long title cannot claim a
   * whole row.
   */
  maxWidth: number;
  measure: TextMeasure;
}

export const DEFAULT_LABEL_OPTIONS: Omit<LabelLayoutOptions, "left" | "right" | "measure"> = {
  height: 14,
  gap: 4,
  inset: 4,
  minWidth: 44,
  maxWidth: 320,
};

/** A free run for a label: it starts at `x`, or, when `alignEnd`, ends at `x + room`. */
interface Slot {
  x: number;
  room: number;
  alignEnd: boolean;
}

/** The free run right of a mark (or from inside it, for a label that starts there). */
function rightSlot(
  r: LabelRequest,
  grid: OccupancyGrid,
  y0: number,
  y1: number,
  { left, right, gap, inset, maxWidth }: LabelLayoutOptions,
): Slot {
  const x = Math.max(left, r.inside ? r.mark.x0 + inset : r.mark.x1 + gap);
  if (x >= right) return { x, room: 0, alignEnd: false };
  // A label inside its mark may run the mark's whole length: that room is its own.
  const own = r.inside ? r.mark.x1 - x : 0;
  const limit = Math.min(right, x + Math.max(maxWidth, own) + (r.inside ? inset : 0));
  const end = grid.freeRight(x, y0, y1, limit, gap, r.inside ? r.key : undefined);
  // A label inside its mark keeps the inset on its right too (a cluster badge's padding).
  return { x, room: end - x - (r.inside ? inset : 0), alignEnd: false };
}

/** The free run left of a mark; the label is set against the mark's side. */
function leftSlot(
  r: LabelRequest,
  grid: OccupancyGrid,
  y0: number,
  y1: number,
  { left, right, gap, maxWidth }: LabelLayoutOptions,
): Slot {
  const end = Math.min(right, r.mark.x0 - gap);
  if (end <= left) return { x: end, room: 0, alignEnd: true };
  const start = grid.freeLeft(end, y0, y1, Math.max(left, end - maxWidth), gap);
  return { x: start, room: end - start, alignEnd: true };
}

/**
 * Places labels greedily in the order given (highest priority first): each takes the free run
 * right of its mark (or, for a point or range with more room on its left, left of it), whole if
 * it fits, else truncated with an ellipsis if at least `minWidth` fits, else not at all. What a
 * label takes is then taken: no label overlaps another label, or any mark but its own. Linear in
 * the requests, with a grid making each look-up local, so it can run on every frame of a zoom.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  options: LabelLayoutOptions,
): PlacedLabel[] {
  const { height, inset, measure } = options;
  const grid = new OccupancyGrid();
  for (const r of requests) grid.add(r.mark, r.key);

  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const y0 = r.y - height / 2;
    const y1 = r.y + height / 2;
    let slot = rightSlot(r, grid, y0, y1, options);
    // No room on either side: no text fits (the common case among crowded marks zoomed out), so
    // it is not measured.
    if (
      slot.room <= 0 &&
      r.text !== "" &&
      (r.inside || leftSlot(r, grid, y0, y1, options).room <= 0)
    )
      continue;
    const full = measure.width(r.text);
    if (full > slot.room && !r.inside) {
      const before = leftSlot(r, grid, y0, y1, options);
      if (full <= before.room || before.room > slot.room) slot = before;
    }
    if (r.whole && full > slot.room) continue;
    if (slot.room < Math.min(full, options.minWidth)) continue;
    const fitted = fitText(r.text, slot.room, measure);
    if (!fitted) continue;
    const label = {
      key: r.key,
      text: fitted.text,
      full: r.text,
      truncated: fitted.truncated,
      x: slot.alignEnd ? slot.x + slot.room - fitted.width : slot.x,
      width: fitted.width,
      y: r.y,
    };
    placed.push(label);
    const x1 = label.x + label.width + (r.inside ? inset : 0);
    grid.add({ x0: r.inside ? r.mark.x0 : label.x, x1, y0, y1 }, r.key);
  }
  return placed;
}
