/** What the tip says and where: below the point (x, y) of the plot it describes. */
export interface TipContent {
  /** The event's id or the cluster's key, so that leaving one mark does not hide another's tip. */
  key: string;
  x: number;
  y: number;
  title: string;
  /** The date, and what else a reader needs to tell the mark apart. */
  detail: string;
}

const MAX_WIDTH = 288;
const BELOW = 14;

/**
 * The full title of the mark under the pointer or keyboard focus, since its label may be cut
 * short or not drawn at all. Kept inside the timeline's box so it never widens the page.
 */
export function MarkTip({ tip, width }: { tip: TipContent; width: number }) {
  const left = Math.max(0, Math.min(tip.x - 12, width - MAX_WIDTH));
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
      style={{ left, top: tip.y + BELOW, maxWidth: MAX_WIDTH }}
    >
      <span className="font-medium" data-part="tip-title">
        {tip.title}
      </span>{" "}
      <span className="text-slate-300">({tip.detail})</span>
    </div>
  );
}
