import { StoryStart } from "../features/story/components/story-start.tsx";
import { afterDrawComponent, FirstScreenPart } from "../lib/after-draw-component.tsx";
import type { StoryControlsProps } from "./story-controls.tsx";

const StoryStartButton = afterDrawComponent(
  () => import("./story-controls.tsx"),
  "StoryStartButton",
);
const StoryMode = afterDrawComponent(() => import("./story-controls.tsx"), "StoryMode");

const nothing = () => undefined;

/**
 * Where step-through's start button goes: disabled until its code is in (right after the first
 * draw), so that the toolbar does not move when it comes.
 */
export function StoryStartSlot(props: StoryControlsProps) {
  return (
    <FirstScreenPart
      name="Step-through"
      placeholder={<StoryStart onStart={nothing} disabled compact={props.compact} />}
    >
      <StoryStartButton {...props} />
    </FirstScreenPart>
  );
}

/** Where step-through's bar goes (a link in story mode): its room is kept until its code is in. */
export function StoryModeSlot(props: StoryControlsProps) {
  return (
    <FirstScreenPart
      name="Step-through"
      placeholder={
        <div
          className={props.compact ? "h-[1.875rem]" : "h-[2.625rem] max-sm:h-20"}
          aria-hidden="true"
        />
      }
    >
      <StoryMode {...props} />
    </FirstScreenPart>
  );
}
