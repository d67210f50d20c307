import type { EventsDocument } from "../../../dataset/index.ts";

/**
 * The first and last year of a dataset's window. Apart from dataset-summary.ts (About's
 * figures), because the page header's tagline needs only this, before the first draw.
 */
export function yearsOfWindow(window: EventsDocument["window"]) {
  return { firstYear: window.start.slice(0, 4), lastYear: window.end.slice(0, 4) };
}
