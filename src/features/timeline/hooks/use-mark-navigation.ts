import { useCallback, useEffect, useRef } from "react";
import type { TimeInterval } from "../model/event-interval.ts";
import type { PreparedEvent } from "../model/prepared-events.ts";
import type { Scene } from "../model/scene-layout.ts";
import { clampDomain, MIN_SPAN_MS, zoomDomain } from "../model/visible-domain.ts";

/** The keys that move between events while a mark has focus, and where each goes. */
export type StepKey = "ArrowLeft" | "ArrowRight" | "Home" | "End";
export const STEP_KEYS: readonly string[] = ["ArrowLeft", "ArrowRight", "Home", "End"];

interface Navigation {
  /** Every event in time order (the marks' order). */
  items: readonly PreparedEvent[];
  scene: Scene;
  svg: SVGSVGElement | null;
  domain: TimeInterval;
  window: TimeInterval;
  setDomain: (domain: TimeInterval) => void;
  /** Selects the event stepped to, without taking focus from the timeline. */
  onBrowse: (eventId: string) => void;
}

const ZOOM_TO_UNFOLD = 2;

/** Where an event's middle is across the view, 0 to 1: the point to zoom about. */
function anchorOf(item: PreparedEvent, domain: TimeInterval): number {
  const start = domain.start.getTime();
  const span = domain.end.getTime() - start;
  return Math.min(1, Math.max(0, ((item.start + item.end) / 2 - start) / span));
}

/**
 * Arrow keys on a focused mark walk the events in time order, Home and End go to the first and
 * last. The event stepped to is selected, brought into view (the view pans to it, and zooms in
 * while it is counted in a cluster), and its mark takes focus once drawn.
 */
export function useMarkNavigation(nav: Navigation): (fromId: string, key: StepKey) => void {
  const { items, scene, svg, domain, window, setDomain, onBrowse } = nav;
  const pending = useRef<string>(undefined);

  useEffect(() => {
    const id = pending.current;
    if (!id || !svg) return;
    const node = svg.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (node) {
      pending.current = undefined;
      node.focus();
      return;
    }
    const item = items.find((i) => i.event.id === id);
    const span = domain.end.getTime() - domain.start.getTime();
    if (item && span > MIN_SPAN_MS) {
      // In view but counted in a cluster: zoom in on it until it has a mark of its own.
      setDomain(zoomDomain(domain, ZOOM_TO_UNFOLD, window, anchorOf(item, domain)));
      return;
    }
    pending.current = undefined;
    svg.focus();
  }, [scene, svg, items, domain, window, setDomain]);

  return useCallback(
    (fromId: string, key: StepKey) => {
      const at = items.findIndex((i) => i.event.id === fromId);
      const target =
        key === "Home"
          ? items[0]
          : key === "End"
            ? items[items.length - 1]
            : items[at + (key === "ArrowRight" ? 1 : -1)];
      if (!target || target.event.id === fromId) return;
      onBrowse(target.event.id);
      const drawn = svg?.querySelector<SVGGElement>(
        `[data-event-id="${CSS.escape(target.event.id)}"]`,
      );
      if (drawn) {
        drawn.focus();
        return;
      }
      // Not drawn: out of view (pan to it) or in a cluster; focus follows once it is drawn.
      pending.current = target.event.id;
      const start = domain.start.getTime();
      const end = domain.end.getTime();
      if (target.end <= start || target.start >= end) {
        const middle = (target.start + target.end) / 2;
        const half = (end - start) / 2;
        setDomain(
          clampDomain({ start: new Date(middle - half), end: new Date(middle + half) }, window),
        );
      } else if (end - start > MIN_SPAN_MS) {
        setDomain(zoomDomain(domain, ZOOM_TO_UNFOLD, window, anchorOf(target, domain)));
      } else {
        pending.current = undefined;
        svg?.focus();
      }
    },
    [items, svg, domain, window, setDomain, onBrowse],
  );
}
