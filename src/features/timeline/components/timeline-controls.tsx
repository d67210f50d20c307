import { useId } from "react";
import type { LaneMode } from "../model/lanes.ts";

interface TimelineControlsProps {
  laneMode: LaneMode;
  onLaneMode: (mode: LaneMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** The visible range in words, e.g. "1 Jan 2010 – 31 Dec 2013". */
  rangeLabel: string;
  /** Smaller text and tighter spacing, for an embed's small frame. */
  compact?: boolean | undefined;
}

const LANE_MODES: { mode: LaneMode; label: string }[] = [
  { mode: "topic", label: "Topic" },
  { mode: "country", label: "Country" },
  { mode: "none", label: "None" },
];

const BUTTON =
  "whitespace-nowrap rounded-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-sky-600";

/** Hidden in a frame both narrow and short, where the toolbar would otherwise take two lines. */
const SMALL_FRAME_HIDDEN = "[@media(max-width:639px)_and_(max-height:479px)]:hidden";

/** The timeline's own toolbar: zoom buttons, the visible range, and how lanes are grouped. */
export function TimelineControls(props: TimelineControlsProps) {
  const name = useId();
  const { compact = false } = props;
  const button = `${BUTTON} ${compact ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-sm"}`;
  const text = compact ? "text-xs" : "text-sm";
  return (
    <div
      className={`flex flex-wrap items-center justify-between ${compact ? "mb-1 gap-x-3 gap-y-1" : "mb-2 gap-3"}`}
    >
      <div role="toolbar" aria-label="Zoom" className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={button}
          onClick={props.onZoomIn}
          disabled={!props.canZoomIn}
        >
          <ShortOnPhone short="+" long="Zoom in" />
        </button>
        <button
          type="button"
          className={button}
          onClick={props.onZoomOut}
          disabled={!props.canZoomOut}
        >
          <ShortOnPhone short={"\u2212"} long="Zoom out" />
        </button>
        <button
          type="button"
          className={button}
          onClick={props.onReset}
          disabled={!props.canZoomOut}
        >
          Fit all
        </button>
        <span
          className={`ml-1 whitespace-nowrap text-slate-600 tabular-nums ${text}`}
          data-testid="visible-range"
          aria-live="polite"
        >
          {props.rangeLabel}
        </span>
      </div>
      {/* In a small frame the lanes keep what the URL says: the line goes to the marks. */}
      <fieldset
        className={`flex items-center gap-2 text-slate-700 ${text} ${compact ? SMALL_FRAME_HIDDEN : ""}`}
      >
        <legend className="float-left mr-1 font-medium">Lanes</legend>
        {LANE_MODES.map(({ mode, label }) => (
          <label key={mode} className="inline-flex items-center gap-1">
            <input
              type="radio"
              name={name}
              value={mode}
              checked={props.laneMode === mode}
              onChange={() => props.onLaneMode(mode)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** A symbol on a phone, where the toolbar must leave the timeline the first screen; words above. */
function ShortOnPhone({ short, long }: { short: string; long: string }) {
  return (
    <>
      <span aria-hidden="true" className="sm:hidden">
        {short}
      </span>
      <span className="max-sm:sr-only">{long}</span>
    </>
  );
}
