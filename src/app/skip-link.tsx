import type { MouseEvent } from "react";

/** The timeline's plot, the skip link's target. */
export const TIMELINE_PLOT_ID = "timeline-plot";

/**
 * The first stop of the Tab key, shown only when focused: Enter moves focus straight to the
 * timeline, past the header and the filters. Focus is moved by hand, without a #fragment, because
 * the URL holds the view and nothing else.
 */
export function SkipLink() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(TIMELINE_PLOT_ID);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: "nearest" });
    target.focus({ preventScroll: true });
  };
  return (
    <a
      href={`#${TIMELINE_PLOT_ID}`}
      onClick={skip}
      className="sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
    >
      Skip to the timeline
    </a>
  );
}
