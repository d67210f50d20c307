import { compareChronologically } from "../../../dataset/event-index/chronology.ts";
import type { LightEvent } from "../../../dataset/index.ts";

export {
  compareChronologically,
  sortChronologically,
} from "../../../dataset/event-index/chronology.ts";

export interface Neighbours {
  previous: LightEvent | undefined;
  next: LightEvent | undefined;
}

/**
 * The events before and after `event` in a chronologically sorted list, by binary search. An event
 * the filters have hidden still has neighbours: those on either side of where it would be.
 */
export function neighbours(sorted: readonly LightEvent[], event: LightEvent): Neighbours {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareChronologically(sorted[mid] as LightEvent, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = sorted[lo]?.id === event.id;
  return { previous: sorted[lo - 1], next: sorted[found ? lo + 1 : lo] };
}
