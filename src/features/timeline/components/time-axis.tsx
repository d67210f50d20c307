import type { AxisTick } from "../model/axis-ticks.ts";
import { GEOMETRY } from "../model/geometry.ts";

/** The time axis: labels along the top and a gridline through the plot at every tick. */
export function TimeAxis({ ticks, height }: { ticks: AxisTick[]; height: number }) {
  return (
    <g aria-hidden="true" className="select-none">
      <line
        x1={0}
        x2="100%"
        y1={GEOMETRY.axisHeight}
        y2={GEOMETRY.axisHeight}
        className="stroke-slate-300"
      />
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`}>
          <line
            y1={GEOMETRY.axisHeight - (tick.major ? 8 : 4)}
            y2={height}
            className={tick.major ? "stroke-slate-300" : "stroke-slate-200"}
            strokeDasharray={tick.major ? undefined : "2 3"}
          />
          <text
            y={GEOMETRY.axisHeight - 11}
            textAnchor="middle"
            className={
              tick.major ? "fill-slate-700 text-xs font-semibold" : "fill-slate-500 text-[11px]"
            }
          >
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
