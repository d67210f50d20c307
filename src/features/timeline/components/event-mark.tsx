import type { KeyboardEvent } from "react";
import { STEP_KEYS, type StepKey } from "../hooks/use-mark-navigation.ts";
import type { PlacedLabel } from "../model/label-layout.ts";
import { MARK_STYLE } from "../model/mark-style.ts";
import { markName } from "../model/mark-text.ts";
import type { SceneMark } from "../model/scene-layout.ts";
import { MarkShape } from "./mark-shapes.tsx";

interface EventMarkProps {
  mark: SceneMark;
  color: string;
  selected: boolean;
  /** Its title, where the label layout found room; the tooltip has it in full either way. */
  label: PlacedLabel | undefined;
  /** 0 for the one mark Tab stops at (the selected, else the first); -1 for the rest. */
  tabIndex: 0 | -1;
  onSelect: (eventId: string) => void;
  /** An arrow key, Home or End on the focused mark: move to another event. */
  onStep: (eventId: string, key: StepKey) => void;
  /** The mark is pointed at or focused (true), or no longer (false): the timeline shows its tip. */
  onAttention: (mark: SceneMark, on: boolean) => void;
}

const HALO = MARK_STYLE.selectedHaloWidth;

/**
 * One event on the timeline, a focusable button: its shape (see MarkShape), its label where the
 * layout found room, and the halo when selected. `data-shape` keeps the point/span distinction of
 * the date's precision.
 */
export function EventMark(props: EventMarkProps) {
  const { mark, color, selected, label, tabIndex, onSelect, onStep, onAttention } = props;
  const { item, x0, x1, y } = mark;
  const { event, kind } = item;
  const h = kind === "span" ? MARK_STYLE.spanHeight : 2 * MARK_STYLE.pointRadius;
  const width = x1 - x0;

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(event.id);
    } else if (STEP_KEYS.includes(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // The timeline's own arrows pan; on a mark they move between events instead.
      e.preventDefault();
      e.stopPropagation();
      onStep(event.id, e.key as StepKey);
    }
  };

  return (
    <g
      role="button"
      tabIndex={tabIndex}
      aria-label={markName(item)}
      aria-pressed={selected}
      data-event-id={event.id}
      data-shape={kind === "span" ? "span" : "point"}
      data-kind={kind}
      data-status={event.status}
      data-outlets={item.reading.outlets}
      className="timeline-mark cursor-pointer"
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onAttention(mark, true)}
      onMouseLeave={() => onAttention(mark, false)}
      onFocus={() => onAttention(mark, true)}
      onBlur={() => onAttention(mark, false)}
    >
      {selected && (
        <rect
          x={x0 - HALO}
          y={y - h / 2 - HALO}
          width={width + 2 * HALO}
          height={h + 2 * HALO}
          rx={kind === "span" ? 4 : h / 2 + HALO}
          fill={MARK_STYLE.selectedHalo}
          stroke={MARK_STYLE.selectedStroke}
          strokeWidth={1.5}
        />
      )}
      <MarkShape mark={mark} color={color} />
      {label && (
        <text
          data-part="label"
          data-truncated={label.truncated}
          x={label.x}
          y={y}
          dy="0.35em"
          style={{ font: MARK_STYLE.labelFont }}
          // A halo of the page's colour keeps the text legible where it crosses gridlines or the
          // edge of its span.
          paintOrder="stroke"
          strokeWidth={3}
          strokeLinejoin="round"
          className={`stroke-surface select-none ${
            item.reading.lowConfidence ? "fill-slate-500" : "fill-slate-700"
          }`}
        >
          {label.text}
        </text>
      )}
      <rect
        className="focus-ring fill-none stroke-sky-600"
        x={x0 - HALO - 2}
        y={y - h / 2 - HALO - 2}
        width={width + 2 * HALO + 4}
        height={h + 2 * HALO + 4}
        rx={6}
        strokeWidth={2}
      />
    </g>
  );
}
