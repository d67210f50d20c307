/** How many more milliseconds the current slice of background work may take. */
export type TimeLeft = () => number;

/** Waits until the page has time to spare, then tells how much. */
export type WaitForIdle = () => Promise<TimeLeft>;

/** The slice taken when the page never goes idle: work must still progress, a little at a time. */
const FORCED_SLICE_MS = 4;
/** Where there is no requestIdleCallback (Safari), a slice after each timer turn. */
const TIMER_SLICE_MS = 5;
/**
 * The longest slice, even when the browser offers more: it offers up to 50 ms when no frame is
 * due, and a wheel step or a key that arrives meanwhile would wait for the slice to end.
 */
const MAX_SLICE_MS = 6;
/** Longest wait for idle time before a slice is taken anyway. */
const IDLE_TIMEOUT_MS = 500;

/**
 * The browser's idle time: requestIdleCallback's own deadline, which ends before the next frame
 * is due, so that background work never delays one.
 */
export const browserIdle: WaitForIdle = () =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(
        (deadline) => {
          const started = performance.now();
          const end = started + (deadline.didTimeout ? FORCED_SLICE_MS : MAX_SLICE_MS);
          resolve(() =>
            Math.min(
              end - performance.now(),
              deadline.didTimeout ? Infinity : deadline.timeRemaining(),
            ),
          );
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    else
      setTimeout(() => {
        const end = performance.now() + TIMER_SLICE_MS;
        resolve(() => end - performance.now());
      }, 0);
  });

/**
 * Calls `step(0)` … `step(count - 1)` in order, in slices of the page's idle time: each slice
 * does at least one step and stops when its time is up. False when `cancelled` said so between
 * slices (the work is no longer wanted), true once every step is done.
 */
export async function inIdleSlices(
  count: number,
  step: (i: number) => void,
  cancelled: () => boolean,
  waitForIdle: WaitForIdle = browserIdle,
): Promise<boolean> {
  let i = 0;
  while (i < count) {
    const timeLeft = await waitForIdle();
    if (cancelled()) return false;
    do step(i++);
    while (i < count && timeLeft() > 0);
  }
  return !cancelled();
}
