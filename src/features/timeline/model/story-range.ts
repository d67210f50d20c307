import type { LightDate, EventsDocument } from "../../../dataset/index.ts";
import { eventInterval, windowInterval } from "./event-interval.ts";
import { clampDomain, domainToRange, rangeToDomain, type DayRange } from "./visible-domain.ts";

const DAY_MS = 86_400_000;

/**
 * The widest view a story step shows: about three months around the event, close enough that
 * its neighbours have marks of their own and room for their labels.
 */
export const STORY_SPAN_MS = 91 * DAY_MS;

/**
 * The range that shows an event as a story step, as TimelineJS does: the event in the middle,
 * at the current zoom or closer (never wider than STORY_SPAN_MS unless the event itself is
 * long: a year-only event gets two years), kept inside the dataset's window.
 */
export function storyRange(
  date: LightDate,
  current: DayRange | undefined,
  window: EventsDocument["window"],
): DayRange {
  const bounds = windowInterval(window);
  const shown = current ? rangeToDomain(current) : bounds;
  const event = eventInterval(date);
  const length = event.end.getTime() - event.start.getTime();
  const currentSpan = shown.end.getTime() - shown.start.getTime();
  const span = Math.max(Math.min(currentSpan, STORY_SPAN_MS), 2 * length);
  const middle = (event.start.getTime() + event.end.getTime()) / 2;
  return domainToRange(
    clampDomain({ start: new Date(middle - span / 2), end: new Date(middle + span / 2) }, bounds),
  );
}
