/**
 * The arithmetic of a virtual list of equal-height rows: which rows to render for a scroll
 * position, and where to scroll to bring a row into view. Only the visible rows (plus a few
 * either side, so fast scrolling does not flash blank) are in the DOM, whatever the row count.
 */

export interface WindowInput {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  scrollTop: number;
  /** Extra rows rendered above and below the viewport. */
  overscan: number;
}

export interface RowWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Row after the last rendered (exclusive). */
  end: number;
  /** Height of the whole list, for the scroll area. */
  totalHeight: number;
}

export function rowWindow({
  count,
  rowHeight,
  viewportHeight,
  scrollTop,
  overscan,
}: WindowInput): RowWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, totalHeight - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(last, first + 1) + overscan),
    totalHeight,
  };
}

/**
 * The scroll position that shows row `index` whole while moving as little as possible: unchanged
 * if it is already in view, else aligned to the nearer edge.
 */
export function scrollTopToShow(
  index: number,
  rowHeight: number,
  viewportHeight: number,
  scrollTop: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
