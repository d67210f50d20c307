/**
 * The vertical layout of the timeline, in pixels: an axis band at the top, then one row per lane.
 * Kept apart from the components so the numbers that decide what overlaps live in one place.
 */
export const GEOMETRY = {
  axisHeight: 28,
  laneHeight: 20,
  padding: 12,
  pointRadius: 6,
  spanHeight: 10,
} as const;

/** The vertical centre of a lane. */
export function laneCenterY(lane: number): number {
  return (
    GEOMETRY.axisHeight + GEOMETRY.padding + lane * GEOMETRY.laneHeight + GEOMETRY.laneHeight / 2
  );
}

/** The height of a timeline with `laneCount` lanes; never collapses below one lane. */
export function timelineHeight(laneCount: number): number {
  return GEOMETRY.axisHeight + 2 * GEOMETRY.padding + Math.max(1, laneCount) * GEOMETRY.laneHeight;
}
