import { afterFirstDraw, FIRST_DRAW_MARK, hasDrawn } from "./after-first-draw.ts";

/**
 * The performance mark set once the whole first screen is there: the timeline has drawn, and
 * every part of the screen whose code loads after that draw (the filters, the list, the
 * gestures…) is in place. The benchmark reads it beside the first draw; the e2e specs wait for it
 * (or for FIRST_SCREEN_ATTRIBUTE) before they measure or gesture.
 */
export const FIRST_SCREEN_MARK = "first-screen";
/** Set on <html> at the same moment as the mark. */
export const FIRST_SCREEN_ATTRIBUTE = "data-first-screen";

/** Parts of the first screen still loading. */
let held = 0;
let check: ReturnType<typeof setTimeout> | undefined;
let watching = false;
/** When the last part came in (the commit that showed it), ms since navigation. */
let lastIn = 0;

/**
 * A frame later: a part released and held again in one commit does not count, and the parts
 * that mount with the first draw have held by then (their effects run after its mark).
 */
const CHECK_DELAY_MS = 16;

function scheduleCheck() {
  clearTimeout(check);
  check = setTimeout(() => {
    if (held > 0 || !hasDrawn() || performance.getEntriesByName(FIRST_SCREEN_MARK).length > 0)
      return;
    const drawnAt = performance.getEntriesByName(FIRST_DRAW_MARK, "mark")[0]?.startTime ?? 0;
    // Dated when the screen was complete, not when this check ran.
    performance.mark(FIRST_SCREEN_MARK, { startTime: Math.max(drawnAt, lastIn) });
    // Also on the page, for what cannot read the performance timeline (a faked clock stubs it).
    if (typeof document !== "undefined")
      document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, "");
  }, CHECK_DELAY_MS);
}

/**
 * A part of the first screen that is not there yet (its code is loading) says so until it is:
 * call the returned function then (once; later calls do nothing). The first-screen mark waits
 * for the first draw and for every part held.
 */
export function holdFirstScreen(): () => void {
  held += 1;
  // Parts may all be in before the timeline draws: its draw checks again.
  if (!watching) {
    watching = true;
    afterFirstDraw(() => {
      watching = false;
      scheduleCheck();
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held -= 1;
    lastIn = performance.now();
    scheduleCheck();
  };
}

/** Resolves once the timeline has drawn for the first time (see afterFirstDraw). */
export function firstDrawn(): Promise<void> {
  return new Promise((resolve) => afterFirstDraw(resolve));
}
