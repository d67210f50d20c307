import type { SceneBand } from "../model/scene-layout.ts";

/** The name of each lane above its rows, and a faint rule between lanes. */
export function BandLabels({
  bands,
  left,
  width,
}: {
  bands: SceneBand[];
  left: number;
  width: number;
}) {
  return (
    <g aria-hidden="true" className="select-none">
      {bands.map((band, i) => (
        <g key={band.key} data-band={band.key}>
          {i > 0 && (
            <line
              x1={0}
              x2={width}
              y1={band.y0 - 3}
              y2={band.y0 - 3}
              className="stroke-slate-100"
            />
          )}
          <text
            x={left}
            y={band.y0 + 11}
            className="fill-slate-500 text-[10px] font-medium uppercase tracking-wide"
          >
            {band.label}
          </text>
        </g>
      ))}
    </g>
  );
}
