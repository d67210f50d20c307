import { useEffect } from "react";
import type { StepDirection } from "../model/story-step.ts";

/**
 * Where the arrow keys already mean something else: typing, choosing from a list, the timeline's
 * and the list's own event-to-event steps, and anything inside an open dialog.
 */
const OWN_ARROWS =
  "input, textarea, select, [contenteditable], [role=listbox], [role=slider], svg, dialog[open]";

/**
 * In story mode, the left and right arrow keys step back and forward from anywhere on the page
 * where they would not do something else.
 */
export function useStoryKeys(enabled: boolean, onStep: (direction: StepDirection) => void) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest(OWN_ARROWS)) return;
      e.preventDefault();
      onStep(e.key === "ArrowRight" ? 1 : -1);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled, onStep]);
}
