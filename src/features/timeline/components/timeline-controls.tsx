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
}

const LANE_MODES: { mode: LaneMode; label: string }[] = [
  { mode: "topic", label: "Topic" },
  { mode: "country", label: "Country" },
  { mode: "none", label: "None" },
];

const button =
  "whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-sky-600";

/** The timeline's own toolbar: zoom buttons, the visible range, and how lanes are grouped. */
export function TimelineControls(props: TimelineControlsProps) {
  const name = useId();
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
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
          className="ml-1 text-sm whitespace-nowrap text-slate-600 tabular-nums"
          data-testid="visible-range"
          aria-live="polite"
        >
          {props.rangeLabel}
        </span>
      </div>
      <fieldset className="flex items-center gap-2 text-sm text-slate-700">
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
