import { useLayoutEffect, useRef } from "react";
import { renderScene } from "../model/canvas-renderer.ts";
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
}: CanvasLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const pixelRatio = globalThis.devicePixelRatio || 1;
    const w = Math.round(width * pixelRatio);
    const h = Math.round(height * pixelRatio);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    renderScene(ctx, scene, { width, height, pixelRatio, colorOf, selectedId, left, right });
  }, [scene, width, height, left, right, colorOf, selectedId]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      data-testid="timeline-canvas"
      data-mark-count={scene.marks.length}
      data-cluster-count={scene.clusters.length}
      className="pointer-events-none absolute top-0 left-0"
      style={{ width, height }}
    />
  );
}
