import { createHitIndex, type HitBox } from "./hit-index.ts";
import type { Scene, SceneCluster, SceneMark } from "./scene-layout.ts";

export type Pick = { type: "mark"; mark: SceneMark } | { type: "cluster"; cluster: SceneCluster };

export interface ScenePicker {
  pick(x: number, y: number): Pick | undefined;
}

/**
 * Pointer picking for a scene drawn on a canvas, where the browser cannot tell what was clicked.
 * A mark's box is its row's height so a click near a small dot still lands on it.
 */
export function createScenePicker(scene: Scene, rowHeight: number): ScenePicker {
  const half = rowHeight / 2 - 1;
  const boxes: HitBox[] = [
    ...scene.marks.map((m) => ({ x0: m.x0, x1: m.x1, y0: m.y - half, y1: m.y + half })),
    ...scene.clusters.map((c) => ({ x0: c.x0, x1: c.x1, y0: c.y - half, y1: c.y + half })),
  ];
  const index = createHitIndex(boxes);
  const markCount = scene.marks.length;
  return {
    pick(x, y) {
      const i = index.hit(x, y);
      const mark = i >= 0 && i < markCount ? scene.marks[i] : undefined;
      if (mark) return { type: "mark", mark };
      const cluster = i >= markCount ? scene.clusters[i - markCount] : undefined;
      return cluster && { type: "cluster", cluster };
    },
  };
}
