import type { LabelRequest } from "./label-layout.ts";
import { MARK_STYLE } from "./mark-style.ts";
import { periodLabel } from "./period-label.ts";
import type { Scene, SceneCluster, SceneMark } from "./scene-layout.ts";

export interface LabelRequestOptions {
  selectedId: string | undefined;
  /** A mark's box is its row's height, less a pixel, so labels stay in their own row. */
  rowHeight: number;
}

/** What a cluster says: how many it holds and when they happen, "+12 · Jun 2013". */
export function clusterText(cluster: SceneCluster): string {
  return `+${cluster.count} \u00B7 ${periodLabel(cluster.first, cluster.last)}`;
}

/**
 * Label priority: the selected event first (its label is the one a reader is looking for), then
 * the events more articles report, then the earlier, then by title and id so that equal events
 * are always ordered the same way and labels do not flicker between frames.
 */
export function compareMarks(selectedId: string | undefined) {
  return (a: SceneMark, b: SceneMark): number => {
    const ea = a.item.event;
    const eb = b.item.event;
    return (
      Number(eb.id === selectedId) - Number(ea.id === selectedId) ||
      eb.sources.length - ea.sources.length ||
      a.item.start - b.item.start ||
      (ea.title < eb.title ? -1 : ea.title > eb.title ? 1 : 0) ||
      (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0)
    );
  };
}

/** The extra room a mark's drawing takes around its box (the selected halo, the count badge). */
function markBox(mark: SceneMark, selected: boolean, half: number) {
  const halo = selected ? MARK_STYLE.selectedHaloWidth : 0;
  return { x0: mark.x0 - halo, x1: mark.x1 + halo, y0: mark.y - half, y1: mark.y + half };
}

/**
 * A request per mark and per cluster, highest priority first: marks by `compareMarks`, then
 * clusters, largest first. A span's label starts inside it; a cluster's text widens its badge
 * and is shown whole or not at all.
 */
export function labelRequests(scene: Scene, options: LabelRequestOptions): LabelRequest[] {
  const half = options.rowHeight / 2 - 1;
  const marks = [...scene.marks].sort(compareMarks(options.selectedId));
  const clusters = [...scene.clusters].sort((a, b) => b.count - a.count || a.x0 - b.x0);
  return [
    ...marks.map((mark) => ({
      key: mark.item.event.id,
      text: mark.item.event.title,
      mark: markBox(mark, mark.item.event.id === options.selectedId, half),
      y: mark.y,
      inside: mark.item.kind === "span",
    })),
    ...clusters.map((cluster) => ({
      key: cluster.key,
      text: clusterText(cluster),
      mark: {
        x0: cluster.x0,
        x1: cluster.x1,
        y0: cluster.y - MARK_STYLE.clusterHeight / 2,
        y1: cluster.y + MARK_STYLE.clusterHeight / 2,
      },
      y: cluster.y,
      inside: true,
      whole: true,
    })),
  ];
}
