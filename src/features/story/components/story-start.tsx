import { storyButton } from "./story-button.ts";

/** The button that starts step-through mode. */
export function StoryStart(props: { onStart: () => void; disabled: boolean; compact?: boolean }) {
  const { onStart, disabled, compact } = props;
  return (
    <button
      type="button"
      className={`${storyButton(compact)} print:hidden`}
      onClick={onStart}
      disabled={disabled}
    >
      Step through
    </button>
  );
}
