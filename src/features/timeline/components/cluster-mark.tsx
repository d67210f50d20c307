import type { KeyboardEvent } from "react";
import type { PlacedLabel } from "../model/label-layout.ts";
import { clusterText } from "../model/label-requests.ts";
import { MARK_STYLE } from "../model/mark-style.ts";
import { periodLabel } from "../model/period-label.ts";
import type { SceneCluster } from "../model/scene-layout.ts";

interface ClusterMarkProps {
  cluster: SceneCluster;
  /** Where the label layout found room for "+12 · Jun 2013": the badge widens to hold it. */
  label: PlacedLabel | undefined;
  onZoom: (cluster: SceneCluster) => void;
}

/**
 * Events that found no free row, as a count: a button that zooms in until they unfold. With
 * room, it also says when they happen; without, it is "+12" and its name says the rest.
 */
export function ClusterMark({ cluster, label, onZoom }: ClusterMarkProps) {
  const h = MARK_STYLE.clusterHeight;
  const centre = (cluster.x0 + cluster.x1) / 2;
  const x1 = label ? Math.max(cluster.x1, 2 * label.x - cluster.x0 + label.width) : cluster.x1;
  const period = periodLabel(cluster.first, cluster.last);
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
      aria-label={`${cluster.count} more ${cluster.count === 1 ? "event" : "events"} in ${cluster.bandLabel}, ${period}; zoom in to see them`}
      data-cluster-count={cluster.count}
      data-cluster-label={label ? clusterText(cluster) : undefined}
      className="timeline-mark cursor-zoom-in"
      onClick={(e) => {
        e.stopPropagation();
        onZoom(cluster);
      }}
      onKeyDown={onKeyDown}
    >
      <rect
        data-part="badge"
        x={cluster.x0}
        y={cluster.y - h / 2}
        width={x1 - cluster.x0}
        height={h}
        rx={h / 2}
        fill={MARK_STYLE.clusterFill}
      />
      {label ? (
        <text
          data-part="label"
          x={label.x}
          y={cluster.y}
          dy="0.35em"
          fill={MARK_STYLE.clusterText}
          style={{ font: MARK_STYLE.labelFont }}
          className="select-none"
        >
          {label.text}
        </text>
      ) : (
        <text
          x={centre}
          y={cluster.y}
          dy="0.35em"
          textAnchor="middle"
          fill={MARK_STYLE.clusterText}
          className="text-[10px] font-bold select-none"
        >
          +{cluster.count}
        </text>
      )}
      <rect
        className="focus-ring fill-none stroke-sky-600"
        x={cluster.x0 - 3}
        y={cluster.y - h / 2 - 3}
        width={x1 - cluster.x0 + 6}
        height={h + 6}
        rx={h / 2 + 3}
        strokeWidth={2}
      />
    </g>
  );
}
