/** The height of one row of the event list, in pixels. */
export const ROW_HEIGHT = 56;
/** The most the list shows at once before it scrolls, in pixels. */
export const VIEWPORT_HEIGHT = 448;

/**
 * How tall the list's box is for `count` events (its border aside): here, not in the component,
 * so that the page can keep the list's space before the list's code is in.
 */
export function listHeight(count: number): number {
  return Math.min(VIEWPORT_HEIGHT, Math.max(count * ROW_HEIGHT, ROW_HEIGHT));
}
