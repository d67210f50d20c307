import { useMemo } from "react";
import type { EventsDocument, TimelineEvent } from "../../../dataset/index.ts";
import { useElementWidth } from "../../../lib/hooks/use-element-width.ts";
import { axisTicks } from "../model/axis-ticks.ts";
import { windowInterval } from "../model/event-interval.ts";
import { GEOMETRY, timelineHeight } from "../model/geometry.ts";
import { createTimeScale } from "../model/time-scale.ts";
import { layoutTimeline } from "../model/timeline-layout.ts";
import { EventMark } from "./event-mark.tsx";
import { TimeAxis } from "./time-axis.tsx";

/** How marks are grouped into horizontal bands. */
export type LaneMode = "topic" | "country" | "none";

/** A visible time range as inclusive ISO days, the form the URL's `from` and `to` take. */
export interface VisibleRange {
  from: string;
  to: string;
}

export interface TimelineProps {
  /** The events to draw, already filtered. */
  events: readonly TimelineEvent[];
  /** The dataset's window: the widest range the timeline shows. */
  window: EventsDocument["window"];
  /** The visible range; undefined fits the window. Controlled: gestures call onRangeChange. */
  range?: VisibleRange;
  onRangeChange?: (range: VisibleRange) => void;
  laneMode?: LaneMode;
  selectedId: string | undefined;
  onSelect: (eventId: string) => void;
  colorOf: (event: TimelineEvent) => string;
}

const LAYOUT_OPTIONS = { pointRadius: GEOMETRY.pointRadius, minSpanWidth: 6, gap: 3 };

/**
 * The timeline as SVG: d3 computes the scale, ticks and lanes; React renders every node. It fills
 * its container's width and grows in height with the lanes the marks need.
 */
export function Timeline({ events, window, selectedId, onSelect, colorOf }: TimelineProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const { start, end } = window;
  const domain = useMemo(() => windowInterval({ start, end }), [start, end]);
  const scale = useMemo(() => createTimeScale(domain, width), [domain, width]);
  const ticks = useMemo(() => axisTicks(scale), [scale]);
  const layout = useMemo(() => layoutTimeline(events, scale, LAYOUT_OPTIONS), [events, scale]);
  const height = timelineHeight(layout.laneCount);

  return (
    <div ref={containerRef} className="w-full">
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={`Timeline of ${layout.marks.length} events`}
          className="block overflow-visible"
        >
          <TimeAxis ticks={ticks} height={height} />
          {layout.marks.map((mark) => (
            <EventMark
              key={mark.event.id}
              mark={mark}
              color={colorOf(mark.event)}
              selected={mark.event.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </svg>
      )}
      {events.length === 0 && (
        <p className="py-6 text-center text-sm text-slate-500">
          No events match the selected topics.
        </p>
      )}
    </div>
  );
}
