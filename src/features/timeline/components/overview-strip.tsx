import type { BrushBehavior, D3BrushEvent } from "d3-brush";
import { memo, useEffect, useMemo, useRef } from "react";
import type { TimeInterval } from "../model/event-interval.ts";
import { OVERVIEW_HEIGHT } from "../model/overview-height.ts";
import { overviewDensity } from "../model/overview-density.ts";
import type { PreparedEvent } from "../model/prepared-events.ts";
import { createTimeScale } from "../model/time-scale.ts";
import { useGestureLibs } from "../hooks/use-gesture-libs.ts";

interface OverviewStripProps {
  items: readonly PreparedEvent[];
  window: TimeInterval;
  domain: TimeInterval;
  width: number;
  onDomain: (domain: TimeInterval) => void;
}

const HEIGHT = OVERVIEW_HEIGHT;
const BAR_PX = 4;

/**
 * The whole window in miniature, with the visible range as a brush: dragging or resizing the brush
 * sets the range, and the brush follows every other change. React draws the density bars;
 * d3-brush draws its own handles inside the one group React leaves to it, once its code is in (it
 * comes after the first draw, see useGestureLibs).
 */
export function OverviewStrip({ items, window, domain, width, onDomain }: OverviewStripProps) {
  const brushRef = useRef<SVGGElement>(null);
  const scale = useMemo(() => createTimeScale(window, width), [window, width]);
  const [x0 = 0, x1 = 0] = scale.range();
  const bins = Math.max(1, Math.floor((x1 - x0) / BAR_PX));
  const counts = useMemo(() => overviewDensity(items, window, bins), [items, window, bins]);
  const onDomainRef = useRef(onDomain);
  useEffect(() => {
    onDomainRef.current = onDomain;
  }, [onDomain]);
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  const d3 = useGestureLibs();
  /** While the user drags the brush, it is the source of the domain and must not be moved. */
  const brushing = useRef(false);
  const domainRef = useRef(domain);
  useEffect(() => {
    domainRef.current = domain;
  }, [domain]);

  useEffect(() => {
    const node = brushRef.current;
    if (!node || !d3) return;
    const { brushX, select } = d3;
    const behaviour = brushX()
      .on("start", (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) brushing.current = true;
      })
      .extent([
        [x0, 0],
        [x1, HEIGHT],
      ])
      .on("brush end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        if (event.type === "end") brushing.current = false;
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          // A click outside the selection clears a d3 brush; put the visible range back.
          const shown = domainRef.current;
          behaviour.move(select(node), [scale(shown.start), scale(shown.end)]);
          return;
        }
        onDomainRef.current({ start: scale.invert(selection[0]), end: scale.invert(selection[1]) });
      });
    brushBehaviour.current = behaviour;
    select(node).call(behaviour);
    return () => {
      select(node).on(".brush", null).selectAll("*").remove();
      brushBehaviour.current = null;
    };
  }, [d3, scale, x0, x1]);

  useEffect(() => {
    const node = brushRef.current;
    const behaviour = brushBehaviour.current;
    if (!node || !behaviour || !d3 || brushing.current) return;
    const { brushSelection, select } = d3;
    const target: [number, number] = [scale(domain.start), scale(domain.end)];
    const current = brushSelection(node) as [number, number] | null;
    if (current && Math.abs(current[0] - target[0]) < 0.5 && Math.abs(current[1] - target[1]) < 0.5)
      return;
    behaviour.move(select(node), target);
  }, [d3, domain, scale]);

  return (
    <div
      role="group"
      aria-label="Overview: drag the highlighted range to move the view, or its edges to resize it"
      className="mt-2"
    >
      <svg width={width} height={HEIGHT} className="block" data-testid="timeline-overview">
        <rect x={x0} y={0} width={x1 - x0} height={HEIGHT} className="fill-slate-50" />
        <DensityBars counts={counts} x0={x0} x1={x1} />
        <g ref={brushRef} className="overview-brush" />
      </svg>
    </div>
  );
}

/**
 * The density bars: they change with the data and the width, not with the visible range, so a
 * zoom or pan (which re-renders the strip on every frame to move the brush) leaves them alone.
 */
const DensityBars = memo(function DensityBars({
  counts,
  x0,
  x1,
}: {
  counts: readonly number[];
  x0: number;
  x1: number;
}) {
  const max = Math.max(1, ...counts);
  const step = (x1 - x0) / counts.length;
  return counts.map((count, i) =>
    count === 0 ? null : (
      <rect
        key={i}
        x={x0 + i * step}
        width={Math.max(1, step - 1)}
        y={HEIGHT - 2 - ((HEIGHT - 6) * count) / max}
        height={((HEIGHT - 6) * count) / max}
        className="fill-slate-400"
      />
    ),
  );
});
