import { afterDrawComponent, FirstScreenPart } from "../lib/after-draw-component.tsx";
import type { ViewEmptyStateProps } from "./view-empty-state.tsx";

/**
 * What a view with no event says (the search still being prepared, or what emptied the view,
 * with a button that undoes it): nothing while events show, so its code comes after the first
 * draw; a link that opens on an empty view shows it a moment later.
 */
const ViewEmptyState = afterDrawComponent(() => import("./view-empty-state.tsx"), "ViewEmptyState");

export function ViewEmptySlot(props: ViewEmptyStateProps) {
  return (
    <FirstScreenPart name="Why no event shows">
      <ViewEmptyState {...props} />
    </FirstScreenPart>
  );
}
