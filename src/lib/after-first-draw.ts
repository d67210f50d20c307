/**
 * The performance mark the timeline sets when it has drawn for the first time (timeline.tsx;
 * the benchmark times the first draw by it, and counts the code fetched before it).
 */
export const FIRST_DRAW_MARK = "timeline-draw";

const drawn = () => performance.getEntriesByName(FIRST_DRAW_MARK, "mark").length > 0;

/**
 * Runs `task` once the timeline has drawn (in a task of its own, after that frame): for
 * downloads the first draw does not need but a reader soon will (an event's details, the
 * search), so they neither delay the first draw nor make the first click wait. Returns a
 * function that cancels it.
 */
export function afterFirstDraw(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => (timer = setTimeout(task, 0));
  if (drawn()) {
    soon();
    return () => clearTimeout(timer);
  }
  const observer = new PerformanceObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    soon();
  });
  observer.observe({ type: "mark" });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
