import type { D3ZoomEvent, ZoomBehavior } from "d3-zoom";
import { useEffect, useRef } from "react";
import type { TimeInterval } from "../model/event-interval.ts";
import { MIN_SPAN_MS } from "../model/visible-domain.ts";
import { domainForTransform, transformForDomain, type PlotRange } from "../model/zoom-transform.ts";
import { useGestureLibs } from "./use-gesture-libs.ts";

/**
 * Wheel, drag, pinch and double-click on `node` become a new visible domain, via d3-zoom, which
 * adds listeners and nothing else to the DOM. Gestures are coalesced to one update per animation
 * frame: a trackpad fires wheel events faster than 100,000 events can be laid out. d3-zoom comes
 * after the first draw (useGestureLibs); until then the buttons and keys zoom and pan.
 */
export function useZoomGestures(
  node: SVGSVGElement | null,
  window: TimeInterval,
  plot: PlotRange,
  height: number,
  domain: TimeInterval,
  onDomain: (domain: TimeInterval) => void,
): void {
  const onDomainRef = useRef(onDomain);
  useEffect(() => {
    onDomainRef.current = onDomain;
  }, [onDomain]);
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { left, right } = plot;
  const d3 = useGestureLibs();

  useEffect(() => {
    if (!node || !d3) return;
    const { select, zoom } = d3;
    const plotRange = { left, right };
    const maxK = (window.end.getTime() - window.start.getTime()) / MIN_SPAN_MS;
    let frame = 0;
    let pending: TimeInterval | undefined;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, maxK)])
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, 0],
        [right, height],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Programmatic transforms (sourceEvent null) only mirror a domain set elsewhere.
        if (!event.sourceEvent) return;
        pending = domainForTransform(event.transform, window, plotRange);
        if (!frame)
          frame = requestAnimationFrame(() => {
            frame = 0;
            if (pending) onDomainRef.current(pending);
          });
      });
    behaviourRef.current = behaviour;
    const selection = select(node);
    selection.call(behaviour);
    return () => {
      cancelAnimationFrame(frame);
      selection.on(".zoom", null);
      behaviourRef.current = null;
    };
  }, [node, d3, window, left, right, height]);

  // Keep d3-zoom's own state in step with a domain set by buttons, keys, the brush or the URL.
  useEffect(() => {
    const behaviour = behaviourRef.current;
    if (!node || !behaviour || !d3) return;
    const { select, zoomIdentity, zoomTransform } = d3;
    const target = transformForDomain(domain, window, { left, right });
    const current = zoomTransform(node);
    if (Math.abs(current.k - target.k) < 1e-9 && Math.abs(current.x - target.x) < 1e-6) return;
    behaviour.transform(select(node), zoomIdentity.translate(target.x, 0).scale(target.k));
  }, [node, d3, domain, window, left, right, height]);
}
