import { useCallback, useMemo } from "react";
import type { EventsDocument, LightEvent } from "../dataset/index.ts";
import { useStoryKeys } from "../features/story/hooks/use-story-keys.ts";
import {
  storyPosition,
  storyStep,
  type StepDirection,
} from "../features/story/model/story-step.ts";
import { storyRange } from "../features/timeline/model/story-range.ts";
import type { ViewState } from "../lib/url-state.ts";

/**
 * Step-through mode (`mode=story`): previous and next, by button or arrow key, walk the filtered
 * events in date order, each step selecting the event and moving the timeline to it, as
 * TimelineJS does. `go` applies a view change (the page decides how it enters the history).
 */
export function useStory(
  events: readonly LightEvent[],
  selected: LightEvent | undefined,
  view: ViewState,
  window: EventsDocument["window"],
  go: (patch: Partial<ViewState>) => void,
) {
  const on = view.mode === "story";
  const { from, to } = view;
  const show = useCallback(
    (event: LightEvent, patch: Partial<ViewState> = {}) => {
      const current = from && to ? { from, to } : undefined;
      go({ ...patch, event: event.id, ...storyRange(event.date, current, window) });
    },
    [go, from, to, window],
  );
  const step = useCallback(
    (direction: StepDirection) => {
      const id = storyStep(events, selected?.id, direction);
      const event = id === undefined ? undefined : events.find((e) => e.id === id);
      if (event) show(event);
    },
    [events, selected?.id, show],
  );
  useStoryKeys(on, step);
  // A scan of every event: once per change of events or selection, not on every render.
  const selectedId = selected?.id;
  const position = useMemo(() => storyPosition(events, selectedId), [events, selectedId]);
  const start = () => {
    // The story starts where the reader is: at the selected event, else at the first.
    const first = selected && events.includes(selected) ? selected : events[0];
    if (first) show(first, { mode: "story" });
    else go({ mode: "story" });
  };
  return {
    on,
    step,
    start,
    exit: () => go({ mode: undefined }),
    position,
  };
}
