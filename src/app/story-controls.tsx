import type { EventsDocument, LightEvent } from "../dataset/index.ts";
import { StoryBar } from "../features/story/components/story-bar.tsx";
import { StoryStart } from "../features/story/components/story-start.tsx";
import type { ViewState } from "../lib/url-state.ts";
import { useStory } from "./use-story.ts";

export interface StoryControlsProps {
  /** The filtered events, in date order: what the story walks. */
  events: readonly LightEvent[];
  selected: LightEvent | undefined;
  view: ViewState;
  window: EventsDocument["window"];
  /** Applies a view change (the page decides how it enters the history). */
  go: (patch: Partial<ViewState>) => void;
  /** Smaller, for an embed's frame. */
  compact?: boolean;
}

/*
 * Step-through's controls, for the explorer and the embed. Its walking (the steps, the keys, the
 * range around each event) is not needed to draw: this module loads after the first draw, and
 * until then the page shows the start button disabled, or the bar's room (see story-slots.tsx).
 */

/** The button that starts step-through mode (while it is off). */
export function StoryStartButton({ compact, ...props }: StoryControlsProps) {
  const story = useStory(props.events, props.selected, props.view, props.window, props.go);
  return (
    <StoryStart onStart={story.start} disabled={props.events.length === 0} compact={compact} />
  );
}

/** Previous, next, the place in the story and the way out, with the arrow keys (while it is on). */
export function StoryMode({ compact, ...props }: StoryControlsProps) {
  const story = useStory(props.events, props.selected, props.view, props.window, props.go);
  return (
    <StoryBar
      position={story.position}
      title={props.selected?.title}
      onStep={story.step}
      onExit={story.exit}
      compact={compact}
    />
  );
}
