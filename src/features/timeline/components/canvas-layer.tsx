import { useLayoutEffect, useRef } from "react";
import { useRootClass } from "../../../lib/hooks/use-root-class.ts";
import { renderScene } from "../model/canvas-renderer.ts";
import type { PlacedLabel } from "../model/label-layout.ts";
import type { PreparedEvent } from "../model/prepared-events.ts";
import type { Scene } from "../model/scene-layout.ts";

interface CanvasLayerProps {
  scene: Scene;
  width: number;
  height: number;
  left: number;
  right: number;
  colorOf: (item: PreparedEvent) => string;
  selectedId: string | undefined;
  labels: ReadonlyMap<string, PlacedLabel>;
}

/**
 * The marks drawn on a canvas, for views with more events than SVG nodes can follow at frame
 * rate. It only paints: picking is done by the timeline against the same scene.
 */
export function CanvasLayer({
  scene,
  width,
  height,
  left,
  right,
  colorOf,
  selectedId,
  labels,
}: CanvasLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useRootClass();
  const ink = useRef<{ theme: string; color: string; halo: string }>(undefined);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const pixelRatio = globalThis.devicePixelRatio || 1;
    const w = Math.round(width * pixelRatio);
    const h = Math.round(height * pixelRatio);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    // The labels' ink is the canvas's own text colour (a theme class), their halo the theme's
    // surface, so they follow the theme. Read once per theme: reading a style right after React
    // changed the page makes the browser recompute styles there and then, on every frame.
    if (ink.current?.theme !== theme) {
      const style = getComputedStyle(canvas);
      ink.current = {
        theme,
        color: style.color,
        halo: style.getPropertyValue("--color-surface").trim() || "#ffffff",
      };
    }
    const { color: labelColor, halo: labelHalo } = ink.current;
    renderScene(ctx, scene, {
      width,
      height,
      pixelRatio,
      colorOf,
      selectedId,
      left,
      right,
      labels,
      labelColor,
      labelHalo,
    });
  }, [scene, width, height, left, right, colorOf, selectedId, labels, theme]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      data-testid="timeline-canvas"
      data-mark-count={scene.marks.length}
      data-cluster-count={scene.clusters.length}
      data-labelled-mark-count={scene.marks.filter((m) => labels.has(m.item.event.id)).length}
      className="pointer-events-none absolute top-0 left-0 text-slate-700"
      style={{ width, height }}
    />
  );
}
