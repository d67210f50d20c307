/** Which way a step goes: back to the earlier event, or on to the later one. */
export type StepDirection = -1 | 1;

/** Where the selected event stands in the story: its place (1-based) and how many there are. */
export interface StoryPosition {
  /** 0 when the selected event is not among the story's events (or nothing is selected). */
  place: number;
  total: number;
}

export function storyPosition(
  events: readonly { id: string }[],
  selectedId: string | undefined,
): StoryPosition {
  // Nothing selected is nowhere in the story: no need to look through 100,000 events for it.
  if (selectedId === undefined) return { place: 0, total: events.length };
  return { place: events.findIndex((e) => e.id === selectedId) + 1, total: events.length };
}

/**
 * The event a step lands on, among events in story (date) order: the next or previous one; from
 * outside the story, the first going forward or the last going back. Undefined past either end.
 */
export function storyStep(
  events: readonly { id: string }[],
  selectedId: string | undefined,
  direction: StepDirection,
): string | undefined {
  const at = events.findIndex((e) => e.id === selectedId);
  if (at < 0) return (direction > 0 ? events[0] : events[events.length - 1])?.id;
  return events[at + direction]?.id;
}
