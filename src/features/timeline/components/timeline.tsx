import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import type { EventsDocument, LightEvent } from "../../../dataset/index.ts";
import { useElementWidth } from "../../../lib/hooks/use-element-width.ts";
import { useGestureMotion } from "../hooks/use-gesture-motion.ts";
import { useLabels } from "../hooks/use-labels.ts";
import { useMarkNavigation } from "../hooks/use-mark-navigation.ts";
import { useVisibleDomain } from "../hooks/use-visible-domain.ts";
import { useZoomGestures } from "../hooks/use-zoom-gestures.ts";
import { axisTicks } from "../model/axis-ticks.ts";
import { windowInterval, type TimeInterval } from "../model/event-interval.ts";
import type { LaneMode as ModelLaneMode } from "../model/lanes.ts";
import { markDetail } from "../model/mark-text.ts";
import { prepareEvents, type MarkReading } from "../model/prepared-events.ts";
import {
  DEFAULT_SCENE_OPTIONS,
  layoutScene,
  type SceneCluster,
  type SceneMark,
} from "../model/scene-layout.ts";
import { rememberedColors } from "../model/mark-colors.ts";
import { rowsWithin } from "../model/row-budget.ts";
import { SVG_MARK_LIMIT } from "../model/svg-mark-limit.ts";
import { createScenePicker } from "../model/scene-picking.ts";
import { createTimeScale, DEFAULT_INSET } from "../model/time-scale.ts";
import { MIN_SPAN_MS, panDomain, zoomDomain } from "../model/visible-domain.ts";
import { BandLabels } from "./band-labels.tsx";
import { CanvasLayer } from "./canvas-layer.tsx";
import type { TipContent } from "./mark-tip.tsx";
import { OVERVIEW_HEIGHT } from "../model/overview-height.ts";
import { SvgMarks } from "./svg-marks.tsx";
import { TimeAxis } from "./time-axis.tsx";
import { TimelineControls } from "./timeline-controls.tsx";
import { markFirstDraw } from "../../../lib/after-first-draw.ts";
import { afterDrawComponent, FirstScreenPart } from "../../../lib/after-draw-component.tsx";
import { useRoomBelow } from "../hooks/use-room-below.ts";

/** How marks are grouped into horizontal bands. */
export type LaneMode = ModelLaneMode;

/** A visible time range as inclusive ISO days, the form the URL's `from` and `to` take. */
export interface VisibleRange {
  from: string;
  to: string;
}

export interface TimelineProps {
  /** The events to draw, already filtered. */
  events: readonly LightEvent[];
  /** The dataset's window: the widest range the timeline shows. */
  window: EventsDocument["window"];
  /** The visible range; undefined fits the window. Controlled: gestures call onRangeChange. */
  range?: VisibleRange;
  onRangeChange?: (range: VisibleRange) => void;
  laneMode?: LaneMode;
  /** Called by the timeline's lane switch; without it the timeline keeps the mode itself. */
  onLaneModeChange?: (mode: LaneMode) => void;
  /** The topic lane of an event (e.g. the topic that gives it its colour); default its first topic. */
  topicOf?: (event: LightEvent) => string | undefined;
  selectedId: string | undefined;
  /** A mark was clicked or activated with Enter or Space. */
  onSelect: (eventId: string) => void;
  /**
   * The arrow keys stepped to an event: it should be selected, but focus stays on the timeline
   * (default: `onSelect`).
   */
  onBrowse?: (eventId: string) => void;
  colorOf: (event: LightEvent) => string;
  /** How many articles and outlets report an event, and whether its confidence is low. */
  readingOf?: (event: LightEvent) => MarkReading;
  /** Told how many events the visible range holds, whenever that changes. */
  onVisibleCountChange?: (count: number) => void;
  /** The plot's id, for a skip link to it. */
  plotId?: string;
  /**
   * Small chrome for a small frame (the embed): a tighter toolbar, and the overview strip only
   * when the frame is tall enough to spare it.
   */
  compact?: boolean;
  /**
   * Fit the plot, and the overview strip under it, in the first screen while more events are in
   * view than can be buttons: each lane band keeps as many rows as the screen has room for, and
   * what has no row is counted in clusters. Zoomed in to fewer, the bands take the rows they need.
   */
  fitToScreen?: boolean;
}

/*
 * Not needed to draw the marks: the overview strip (under the plot, its room kept meanwhile) and
 * the tip of the mark pointed at come right after the first draw.
 */
const OverviewStrip = afterDrawComponent(() => import("./overview-strip.tsx"), "OverviewStrip");
const MarkTip = afterDrawComponent(() => import("./mark-tip.tsx"), "MarkTip");

const OPTIONS = DEFAULT_SCENE_OPTIONS;
/** Under the plot: the overview strip and its margin. */
const BELOW_PLOT = OVERVIEW_HEIGHT + 16;
const NO_CLUSTERS: readonly SceneCluster[] = [];
const AXIS_HEIGHT = 28;
const ZOOM_STEP = 2;
const PAN_STEP = 0.2;

// One formatter for every frame: toLocaleDateString builds a new one on each call.
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const formatDay = (date: Date) => DAY_FORMAT.format(date);

/**
 * The timeline: d3 computes scales, ticks and gestures; React renders every node, and a canvas
 * takes over the marks when there are too many for SVG. It fills its container's width, grows in
 * height with its lanes, and is itself focusable: `+`/`-` zoom, the arrows pan, `0` fits.
 */
export function Timeline(props: TimelineProps) {
  const { events, selectedId, onSelect, colorOf, topicOf, readingOf } = props;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const { start, end } = props.window;
  const window = useMemo(() => windowInterval({ start, end }), [start, end]);
  const [domain, setDomain] = useVisibleDomain(window, props.range, props.onRangeChange);

  const [ownLaneMode, setOwnLaneMode] = useState<LaneMode>("topic");
  const laneMode = props.laneMode ?? ownLaneMode;
  const onLaneModeChange = props.onLaneModeChange;
  const changeLaneMode = useCallback(
    (mode: LaneMode) => {
      setOwnLaneMode(mode);
      onLaneModeChange?.(mode);
    },
    [onLaneModeChange],
  );

  const prepared = useMemo(
    () => prepareEvents(events, laneMode, topicOf, readingOf),
    [events, laneMode, topicOf, readingOf],
  );
  const plot = {
    left: DEFAULT_INSET.left,
    right: Math.max(DEFAULT_INSET.left + 1, width - DEFAULT_INSET.right),
  };
  const scale = useMemo(() => createTimeScale(domain, width), [domain, width]);
  const axis = useMemo(() => axisTicks(scale), [scale]);
  const [plotBox, setPlotBox] = useState<HTMLDivElement | null>(null);
  const room = useRoomBelow(props.fitToScreen ? plotBox : null, BELOW_PLOT);
  const bandCount = prepared.bands.length;
  const options = useMemo(
    () =>
      room === undefined
        ? OPTIONS
        : {
            ...OPTIONS,
            dense: { rows: rowsWithin(room, bandCount, OPTIONS), above: SVG_MARK_LIMIT },
          },
    [room, bandCount],
  );
  const scene = useMemo(
    () =>
      layoutScene(
        prepared,
        {
          start: domain.start.getTime(),
          end: domain.end.getTime(),
          left: DEFAULT_INSET.left,
          right: Math.max(DEFAULT_INSET.left + 1, width - DEFAULT_INSET.right),
          origin: window.start.getTime(),
        },
        options,
      ),
    [prepared, domain, width, window, options],
  );
  const height = scene.height;
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  // While a wheel, drag or brush gesture lasts, the canvas paints the marks whatever their number
  // (see useGestureMotion), and the SVG buttons, hidden, keep what they last drew until it
  // settles. Not while a mark has focus: its button must stay where the focus is.
  const [moving, onGestureStep] = useGestureMotion();
  const gestureDomain = useCallback(
    (next: TimeInterval) => {
      const focused = document.activeElement;
      if (!svg?.contains(focused) || focused === svg) onGestureStep();
      setDomain(next);
    },
    [svg, onGestureStep, setDomain],
  );
  const fewMarks = scene.visibleCount <= SVG_MARK_LIMIT;
  // Whether the buttons were drawn when the view last stood still: a gesture that brings the
  // count under the limit does not build hundreds of them mid-way, only once it settles.
  const [stillFew, setStillFew] = useState(fewMarks);
  if (!moving && stillFew !== fewMarks) setStillFew(fewMarks);
  const svgMarks = fewMarks && (!moving || stillFew);
  const useCanvas = moving || !fewMarks;
  const labels = useLabels(scene, selectedId, plot, OPTIONS.rowHeight);
  const picker = useMemo(
    () => (useCanvas ? createScenePicker(scene, OPTIONS.rowHeight) : undefined),
    [useCanvas, scene],
  );
  // Colours once per data or filter change, not once per mark per frame.
  const itemColor = useMemo(() => rememberedColors(colorOf), [colorOf]);

  const onVisibleCountChange = props.onVisibleCountChange;
  const visibleCount = scene.visibleCount;
  useEffect(() => {
    if (width > 0) onVisibleCountChange?.(visibleCount);
  }, [visibleCount, width, onVisibleCountChange]);

  // A named mark at the first drawn frame, so the benchmark can read the time to first draw (one
  // mark, not one per frame: the browser's buffer of entries would only grow).
  const drawn = useRef(false);
  useLayoutEffect(() => {
    if (width <= 0 || drawn.current) return;
    drawn.current = true;
    markFirstDraw();
  }, [scene, width]);

  useZoomGestures(svg, window, plot, height, domain, gestureDomain);
  const step = useMarkNavigation({
    items: prepared.items,
    scene,
    svg,
    domain,
    window,
    setDomain,
    onBrowse: props.onBrowse ?? onSelect,
  });
  // One tab stop for all the marks: the selected one when drawn, else the first; arrows do the rest.
  const tabStop = scene.marks.some((m) => m.item.event.id === selectedId)
    ? selectedId
    : scene.marks[0]?.item.event.id;

  // On the canvas the tab stop alone is a button, over its painted mark: the keyboard's way in,
  // and the arrow keys' way along, at any number of events.
  const keyboardMark = useMemo(
    () => (svgMarks || moving ? undefined : scene.marks.filter((m) => m.item.event.id === tabStop)),
    [svgMarks, moving, scene, tabStop],
  );

  const full = window.end.getTime() - window.start.getTime();
  const span = domain.end.getTime() - domain.start.getTime();
  const zoomBy = (factor: number) => setDomain(zoomDomain(domain, factor, window));
  const panBy = (fraction: number) => setDomain(panDomain(domain, fraction, window));
  const zoomToCluster = (cluster: SceneCluster) =>
    setDomain(
      zoomDomain({ start: new Date(cluster.start), end: new Date(cluster.end) }, 1, window),
    );

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const actions: Record<string, () => void> = {
      "+": () => zoomBy(ZOOM_STEP),
      "=": () => zoomBy(ZOOM_STEP),
      "-": () => zoomBy(1 / ZOOM_STEP),
      _: () => zoomBy(1 / ZOOM_STEP),
      ArrowLeft: () => panBy(-PAN_STEP),
      ArrowRight: () => panBy(PAN_STEP),
      "0": () => setDomain(window),
      Home: () => setDomain(window),
    };
    const action = actions[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  // The mark a reader points at or has focused: its tip shows the whole title.
  const [tip, setTip] = useState<TipContent>();
  const onMarkAttention = useCallback((mark: SceneMark, on: boolean) => {
    const key = mark.item.event.id;
    setTip((current) => (on ? markTip(mark) : current?.key === key ? undefined : current));
  }, []);
  const pickAt = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return picker?.pick(e.clientX - box.left, e.clientY - box.top);
  };
  const onCanvasClick = (e: MouseEvent<SVGSVGElement>) => {
    // The keyboard's button over its painted mark has answered its own click.
    if (e.target instanceof Element && e.target.closest("[data-event-id]")) return;
    const pick = pickAt(e);
    if (!pick) return;
    if (pick.type === "mark") onSelect(pick.mark.item.event.id);
    else zoomToCluster(pick.cluster);
  };
  const onCanvasHover = (e: MouseEvent<SVGSVGElement>) => {
    // A drag pans the view: no tip follows the pointer meanwhile.
    if (e.buttons !== 0) return;
    const pick = pickAt(e);
    if (!pick) setTip(undefined);
    else if (pick.type === "mark") setTip(markTip(pick.mark));
    else
      setTip({
        key: pick.cluster.key,
        x: pick.cluster.x0,
        y: pick.cluster.y,
        title: `${pick.cluster.count} more events`,
        detail: "click to zoom in",
      });
  };

  const visible = `${formatDay(domain.start)} – ${formatDay(new Date(domain.end.getTime() - 1))}`;
  return (
    <div ref={containerRef} className="w-full" data-render-mode={useCanvas ? "canvas" : "svg"}>
      <TimelineControls
        laneMode={laneMode}
        onLaneMode={changeLaneMode}
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onReset={() => setDomain(window)}
        canZoomIn={span > MIN_SPAN_MS + 1}
        canZoomOut={span < full - 1}
        rangeLabel={visible}
        compact={props.compact}
      />
      {width > 0 && (
        <div ref={setPlotBox} className="relative" style={{ height }}>
          {useCanvas && (
            <CanvasLayer
              scene={scene}
              width={width}
              height={height}
              left={plot.left}
              right={plot.right}
              colorOf={itemColor}
              selectedId={selectedId}
              labels={labels}
            />
          )}
          <svg
            ref={setSvg}
            width={width}
            height={height}
            id={props.plotId}
            role="group"
            tabIndex={0}
            aria-label={`Timeline of ${scene.visibleCount} events from ${visible}. Plus and minus zoom, arrow keys pan, 0 fits all; on an event, arrow keys move to the previous or next event.`}
            data-from={domain.start.toISOString().slice(0, 10)}
            data-to={new Date(domain.end.getTime() - 1).toISOString().slice(0, 10)}
            data-visible-count={scene.visibleCount}
            className={`relative block touch-none focus-visible:outline-2 focus-visible:outline-sky-600 ${useCanvas && tip ? "cursor-pointer" : "cursor-grab"}`}
            onKeyDown={onKeyDown}
            onClick={useCanvas ? onCanvasClick : undefined}
            onMouseMove={useCanvas ? onCanvasHover : undefined}
            onMouseLeave={useCanvas ? () => setTip(undefined) : undefined}
          >
            <defs>
              <clipPath id="timeline-plot">
                <rect
                  x={plot.left - OPTIONS.pointRadius}
                  y={0}
                  width={plot.right - plot.left + 2 * OPTIONS.pointRadius}
                  height={height}
                />
              </clipPath>
            </defs>
            <TimeAxis axis={axis} axisHeight={AXIS_HEIGHT} height={height - OPTIONS.bottom} />
            <BandLabels bands={scene.bands} left={plot.left} width={width} />
            {(svgMarks || keyboardMark) && (
              <g clipPath="url(#timeline-plot)" display={moving ? "none" : undefined}>
                <SvgMarks
                  marks={keyboardMark ?? scene.marks}
                  clusters={keyboardMark ? NO_CLUSTERS : scene.clusters}
                  colorOf={itemColor}
                  selectedId={selectedId}
                  labels={labels}
                  tabStop={tabStop}
                  onSelect={onSelect}
                  onStep={step}
                  onAttention={onMarkAttention}
                  onZoom={zoomToCluster}
                  frozen={moving}
                />
              </g>
            )}
          </svg>
          {tip && (
            <FirstScreenPart name="The mark’s tip">
              <MarkTip tip={tip} width={width} />
            </FirstScreenPart>
          )}
        </div>
      )}
      <div className={props.compact ? "[@media(max-height:479px)]:hidden" : undefined}>
        <FirstScreenPart
          name="The overview"
          placeholder={<div className="mt-2" style={{ height: OVERVIEW_HEIGHT }} />}
        >
          <OverviewStrip
            items={prepared.items}
            window={window}
            domain={domain}
            width={width}
            onDomain={gestureDomain}
          />
        </FirstScreenPart>
      </div>
    </div>
  );
}

function markTip(mark: SceneMark): TipContent {
  return {
    key: mark.item.event.id,
    x: mark.x0,
    y: mark.y,
    title: mark.item.event.title,
    detail: markDetail(mark.item),
  };
}

export type { MarkReading, TimeInterval };
