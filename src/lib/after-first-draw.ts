/**
 * The performance mark the timeline sets when it has drawn for the first time (timeline.tsx;
 * the benchmark times the first draw by it, and counts the code fetched before it).
 */
export const FIRST_DRAW_MARK = "timeline-draw";

/** Set by markFirstDraw: the page's own record, for when the performance timeline is not kept. */
let drawnHere = false;
const waiting = new Set<() => void>();

/**
 * The timeline calls this when it has drawn: sets the mark, and starts what waits for it. The
 * page does not rely on reading its own mark back: a faked clock (Playwright's, sinon's) stubs
 * the performance timeline, and the parts that load after the first draw must still come.
 */
export function markFirstDraw(): void {
  performance.mark(FIRST_DRAW_MARK);
  if (drawnHere) return;
  drawnHere = true;
  for (const wake of [...waiting]) wake();
}

/** Whether the timeline has drawn (told by markFirstDraw, or marked by anyone). */
export function hasDrawn(): boolean {
  return drawnHere || performance.getEntriesByName(FIRST_DRAW_MARK, "mark").length > 0;
}

/**
 * Runs `task` once the timeline has drawn (in a task of its own, after that frame): for
 * downloads the first draw does not need but a reader soon will (an event's details, the
 * search), so they neither delay the first draw nor make the first click wait. Returns a
 * function that cancels it.
 */
export function afterFirstDraw(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => (timer = setTimeout(task, 0));
  if (hasDrawn()) {
    soon();
    return () => clearTimeout(timer);
  }
  const stop = () => {
    observer.disconnect();
    waiting.delete(wake);
  };
  const wake = () => {
    stop();
    soon();
  };
  const observer = new PerformanceObserver(() => {
    if (hasDrawn()) wake();
  });
  observer.observe({ type: "mark" });
  waiting.add(wake);
  return () => {
    stop();
    clearTimeout(timer);
  };
}
