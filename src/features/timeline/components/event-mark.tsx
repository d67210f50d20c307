import type { KeyboardEvent } from "react";
import { formatEventDate } from "../../../lib/format-event-date.ts";
import { GEOMETRY, laneCenterY } from "../model/geometry.ts";
import type { MarkLayout } from "../model/timeline-layout.ts";

interface EventMarkProps {
  mark: MarkLayout;
  color: string;
  selected: boolean;
  onSelect: (eventId: string) => void;
}

const HALO = 4;

/**
 * One event on the timeline, a focusable button. A day is a solid dot (a capsule over several
 * days); a month or year is a pale bar over the whole period; a planned event is hollow or dashed.
 */
export function EventMark({ mark, color, selected, onSelect }: EventMarkProps) {
  const { event, shape, x0, x1 } = mark;
  const planned = event.status === "planned";
  const when = formatEventDate(event.date);
  const cy = laneCenterY(mark.lane);
  const h = shape === "point" ? 2 * GEOMETRY.pointRadius : GEOMETRY.spanHeight;
  const width = x1 - x0;

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(event.id);
    }
  };

  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${event.title}, ${when}${planned ? ", planned" : ""}`}
      aria-pressed={selected}
      data-event-id={event.id}
      data-shape={shape}
      className="timeline-mark cursor-pointer"
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
    >
      <title>{`${event.title} (${when})`}</title>
      {selected && (
        <rect
          x={x0 - HALO}
          y={cy - h / 2 - HALO}
          width={width + 2 * HALO}
          height={h + 2 * HALO}
          rx={shape === "point" ? h / 2 + HALO : 4}
          className="fill-amber-200 stroke-slate-900"
          strokeWidth={1.5}
        />
      )}
      {shape === "point" ? (
        <rect
          data-part="shape"
          x={x0}
          y={cy - h / 2}
          width={width}
          height={h}
          rx={h / 2}
          fill={planned ? "white" : color}
          stroke={selected ? "#0f172a" : color}
          strokeWidth={planned ? 2 : 1}
        />
      ) : (
        <rect
          data-part="shape"
          x={x0}
          y={cy - h / 2}
          width={width}
          height={h}
          rx={2}
          fill={color}
          fillOpacity={planned ? 0.08 : 0.25}
          stroke={color}
          strokeWidth={1.25}
          strokeDasharray={planned ? "4 3" : undefined}
        />
      )}
      <rect
        className="focus-ring fill-none stroke-sky-600"
        x={x0 - HALO - 2}
        y={cy - h / 2 - HALO - 2}
        width={width + 2 * HALO + 4}
        height={h + 2 * HALO + 4}
        rx={6}
        strokeWidth={2}
      />
    </g>
  );
}
