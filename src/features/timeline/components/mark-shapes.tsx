import { MARK_STYLE } from "../model/mark-style.ts";
import type { SceneMark } from "../model/scene-layout.ts";

interface ShapeProps {
  mark: SceneMark;
  color: string;
}

const RING = MARK_STYLE.ringGap + MARK_STYLE.ringWidth;
/** A count that no longer fits inside a dot is written as this. */
const MAX_COUNT = 9;

/**
 * The drawn shape of a mark: a dot for a day, a bar between caps for several days, a pale box for
 * a month or year. Planned is hollow or dashed; several outlets add a ring (and, in a dot, their
 * number); low confidence fades it. The scene leaves room for the ring, so shapes sit inside it.
 */
export function MarkShape({ mark, color }: ShapeProps) {
  const { kind, reading, corroborated } = mark.item;
  const opacity = reading.lowConfidence ? MARK_STYLE.lowConfidenceOpacity : 1;
  return (
    <g data-part="shape" opacity={opacity} data-confidence={reading.lowConfidence ? "low" : "ok"}>
      {kind === "point" && <Point mark={mark} color={color} />}
      {kind === "range" && <Range mark={mark} color={color} />}
      {kind === "span" && <Span mark={mark} color={color} />}
      {corroborated && kind !== "span" && <Rings mark={mark} color={color} />}
    </g>
  );
}

function Point({ mark, color }: ShapeProps) {
  const { planned, corroborated, reading } = mark.item;
  const cx = (mark.x0 + mark.x1) / 2;
  return (
    <>
      <circle
        cx={cx}
        cy={mark.y}
        r={MARK_STYLE.pointRadius}
        fill={planned ? "white" : color}
        stroke={color}
        strokeWidth={planned ? 2 : 1}
      />
      {corroborated && (
        <text
          x={cx}
          y={mark.y}
          dy="0.35em"
          textAnchor="middle"
          fill={planned ? color : "#ffffff"}
          className="pointer-events-none text-[9px] font-bold select-none"
        >
          {reading.outlets > MAX_COUNT ? "+" : reading.outlets}
        </text>
      )}
    </>
  );
}

/** The ring(s) round a corroborated point, or round each cap of a range. */
function Rings({ mark, color }: ShapeProps) {
  const { kind } = mark.item;
  const r = (kind === "point" ? MARK_STYLE.pointRadius : MARK_STYLE.rangeCapRadius) + RING - 1;
  const centres =
    kind === "point"
      ? [(mark.x0 + mark.x1) / 2]
      : [mark.x0 + RING + MARK_STYLE.rangeCapRadius, mark.x1 - RING - MARK_STYLE.rangeCapRadius];
  return (
    <>
      {centres.map((cx) => (
        <circle
          key={cx}
          data-part="ring"
          cx={cx}
          cy={mark.y}
          r={r}
          fill="none"
          stroke={color}
          strokeWidth={MARK_STYLE.ringWidth}
        />
      ))}
    </>
  );
}

/** A multi-day event: a bar from its first day to its last, with a cap on each. */
function Range({ mark, color }: ShapeProps) {
  const { planned, corroborated } = mark.item;
  const inset = corroborated ? RING : 0;
  const x0 = mark.x0 + inset;
  const x1 = mark.x1 - inset;
  const cap = MARK_STYLE.rangeCapRadius;
  const bar = MARK_STYLE.rangeBarHeight;
  const fill = planned ? "white" : color;
  return (
    <>
      <rect
        x={x0 + cap}
        y={mark.y - bar / 2}
        width={Math.max(0, x1 - x0 - 2 * cap)}
        height={bar}
        fill={color}
        fillOpacity={planned ? 0.4 : 1}
      />
      {[x0 + cap, x1 - cap].map((cx) => (
        <circle
          key={cx}
          cx={cx}
          cy={mark.y}
          r={cap}
          fill={fill}
          stroke={color}
          strokeWidth={planned ? 2 : 1}
        />
      ))}
    </>
  );
}

/** A month or year: a pale box over the whole period; corroborated, a second border inside. */
function Span({ mark, color }: ShapeProps) {
  const { planned, corroborated } = mark.item;
  const h = MARK_STYLE.spanHeight;
  const width = mark.x1 - mark.x0;
  return (
    <>
      <rect
        x={mark.x0}
        y={mark.y - h / 2}
        width={width}
        height={h}
        rx={2}
        fill={color}
        fillOpacity={planned ? MARK_STYLE.plannedSpanOpacity : MARK_STYLE.spanOpacity}
        stroke={color}
        strokeWidth={1.25}
        strokeDasharray={planned ? MARK_STYLE.plannedDash.join(" ") : undefined}
      />
      {corroborated && width > 6 && (
        <rect
          data-part="ring"
          x={mark.x0 + 2}
          y={mark.y - h / 2 + 2}
          width={width - 4}
          height={h - 4}
          rx={1}
          fill="none"
          stroke={color}
          strokeWidth={1}
        />
      )}
    </>
  );
}
