import type { AxisTicks } from "../model/axis-ticks.ts";

interface TimeAxisProps {
  axis: AxisTicks;
  /** Height of the axis band at the top. */
  axisHeight: number;
  /** How far down the gridlines reach. */
  height: number;
}

/** The time axis: labels along the top and a gridline through the plot at every tick. */
export function TimeAxis({ axis, axisHeight, height }: TimeAxisProps) {
  return (
    <g aria-hidden="true" className="select-none" data-granularity={axis.granularity}>
      <line x1={0} x2="100%" y1={axisHeight} y2={axisHeight} className="stroke-slate-300" />
      {axis.ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`} data-tick={tick.key.slice(0, 10)}>
          <line
            y1={axisHeight - (tick.major ? 8 : 4)}
            y2={height}
            className={tick.major ? "stroke-slate-300" : "stroke-slate-200"}
            strokeDasharray={tick.major ? undefined : "2 3"}
          />
          <text
            y={axisHeight - 11}
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
