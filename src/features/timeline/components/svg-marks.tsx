import { memo } from "react";
import type { StepKey } from "../hooks/use-mark-navigation.ts";
import type { PlacedLabel } from "../model/label-layout.ts";
import type { PreparedEvent } from "../model/prepared-events.ts";
import type { SceneCluster, SceneMark } from "../model/scene-layout.ts";
import { ClusterMark } from "./cluster-mark.tsx";
import { EventMark } from "./event-mark.tsx";

interface SvgMarksProps {
  marks: readonly SceneMark[];
  clusters: readonly SceneCluster[];
  colorOf: (item: PreparedEvent) => string;
  selectedId: string | undefined;
  labels: ReadonlyMap<string, PlacedLabel>;
  /** The one mark Tab stops at. */
  tabStop: string | undefined;
  onSelect: (eventId: string) => void;
  onStep: (eventId: string, key: StepKey) => void;
  onAttention: (mark: SceneMark, on: boolean) => void;
  onZoom: (cluster: SceneCluster) => void;
  /**
   * Keep what was last drawn, whatever else changed: a gesture is going on and the canvas paints
   * the marks meanwhile. The buttons stay in the page (hidden by the timeline) rather than being
   * removed, because a touch gesture keeps sending its moves to the node it started on.
   */
  frozen: boolean;
}

/** Every visible event as a focusable button, and every cluster as a button that zooms in. */
function SvgMarksNow(props: SvgMarksProps) {
  const { labels, selectedId, tabStop } = props;
  return (
    <>
      {props.marks.map((mark) => (
        <EventMark
          key={mark.item.event.id}
          mark={mark}
          color={props.colorOf(mark.item)}
          selected={mark.item.event.id === selectedId}
          label={labels.get(mark.item.event.id)}
          tabIndex={mark.item.event.id === tabStop ? 0 : -1}
          onSelect={props.onSelect}
          onStep={props.onStep}
          onAttention={props.onAttention}
        />
      ))}
      {props.clusters.map((cluster) => (
        <ClusterMark
          key={cluster.key}
          cluster={cluster}
          label={labels.get(cluster.key)}
          onZoom={props.onZoom}
        />
      ))}
    </>
  );
}

export const SvgMarks = memo(SvgMarksNow, (_, next) => next.frozen);
