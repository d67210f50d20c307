import { storyButton as sized } from "./story-button.ts";
import type { StepDirection, StoryPosition } from "../model/story-step.ts";

interface StoryBarProps {
  position: StoryPosition;
  /** The selected event's title, said beside its place. */
  title: string | undefined;
  onStep: (direction: StepDirection) => void;
  onExit: () => void;
  /** Smaller, for an embed's frame. */
  compact?: boolean;
}

/**
 * Step-through mode's controls: previous and next (the arrow keys do the same), where the
 * selected event stands in the story ("3 of 9"), and a way back to free exploring.
 */
export function StoryBar({ position, title, onStep, onExit, compact }: StoryBarProps) {
  const { place, total } = position;
  const button = sized(compact);
  return (
    <nav
      aria-label="Step through the events"
      className={`flex flex-wrap items-center rounded-lg bg-slate-100 print:hidden ${compact ? "gap-1.5 px-1.5 py-1" : "gap-2 px-2 py-1.5"}`}
      data-testid="story-bar"
    >
      <button
        type="button"
        className={button}
        onClick={() => onStep(-1)}
        disabled={total === 0 || place === 1}
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <button
        type="button"
        className={button}
        onClick={() => onStep(1)}
        disabled={total === 0 || place === total}
        aria-keyshortcuts="ArrowRight"
      >
        Next <span aria-hidden="true">→</span>
      </button>
      <p
        className={`min-w-0 flex-1 truncate text-slate-700 ${compact ? "text-xs" : "text-sm"}`}
        data-testid="story-place"
      >
        {place > 0 ? (
          <>
            <span className="font-semibold tabular-nums">
              {place} of {total}
            </span>
            {title && <span className="sr-only">: {title}</span>}
          </>
        ) : (
          `${total} ${total === 1 ? "event" : "events"} in date order: Next starts`
        )}
      </p>
      <button type="button" className={button} onClick={onExit} aria-label="Exit step-through">
        {compact ? "Exit" : "Exit step-through"}
      </button>
    </nav>
  );
}
