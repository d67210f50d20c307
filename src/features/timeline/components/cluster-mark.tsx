import type { KeyboardEvent } from "react";
import { MARK_STYLE } from "../model/mark-style.ts";
import type { SceneCluster } from "../model/scene-layout.ts";

interface ClusterMarkProps {
  cluster: SceneCluster;
  onZoom: (cluster: SceneCluster) => void;
}

/** Events that found no free row, as a count: a button that zooms in until they unfold. */
export function ClusterMark({ cluster, onZoom }: ClusterMarkProps) {
  const h = MARK_STYLE.clusterHeight;
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      e.stopPropagation();
      onZoom(cluster);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${cluster.count} more ${cluster.count === 1 ? "event" : "events"} in ${cluster.bandLabel}; zoom in to see them`}
      data-cluster-count={cluster.count}
      className="timeline-mark cursor-zoom-in"
      onClick={(e) => {
        e.stopPropagation();
        onZoom(cluster);
      }}
      onKeyDown={onKeyDown}
    >
      <rect
        x={cluster.x0}
        y={cluster.y - h / 2}
        width={cluster.x1 - cluster.x0}
        height={h}
        rx={h / 2}
        fill={MARK_STYLE.clusterFill}
      />
      <text
        x={(cluster.x0 + cluster.x1) / 2}
        y={cluster.y}
        dy="0.35em"
        textAnchor="middle"
        fill={MARK_STYLE.clusterText}
        className="text-[10px] font-bold"
      >
        +{cluster.count}
      </text>
      <rect
        className="focus-ring fill-none stroke-sky-600"
        x={cluster.x0 - 3}
        y={cluster.y - h / 2 - 3}
        width={cluster.x1 - cluster.x0 + 6}
        height={h + 6}
        rx={h / 2 + 3}
        strokeWidth={2}
      />
    </g>
  );
}
