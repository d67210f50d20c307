import type { PlacedLabel } from "./label-layout.ts";
import { MARK_STYLE } from "./mark-style.ts";
import type { PreparedEvent } from "./prepared-events.ts";
import type { Scene, SceneMark } from "./scene-layout.ts";

/** The part of CanvasRenderingContext2D the renderer uses, so tests can pass a recording fake. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  | "setTransform"
  | "clearRect"
  | "beginPath"
  | "arc"
  | "rect"
  | "roundRect"
  | "moveTo"
  | "lineTo"
  | "fill"
  | "stroke"
  | "fillRect"
  | "strokeRect"
  | "fillText"
  | "strokeText"
  | "setLineDash"
  | "save"
  | "restore"
  | "clip"
> & {
  fillStyle: CanvasRenderingContext2D["fillStyle"];
  strokeStyle: CanvasRenderingContext2D["strokeStyle"];
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

export interface RenderOptions {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the canvas is that much larger than it looks, for sharp marks. */
  pixelRatio: number;
  colorOf: (item: PreparedEvent) => string;
  selectedId?: string | undefined;
  /** Clips marks to the plot area. */
  left: number;
  right: number;
  /** The labels the layout placed, by event id or cluster key. */
  labels?: ReadonlyMap<string, PlacedLabel>;
  /** The labels' ink and halo: the canvas cannot read the theme, so the layer passes them. */
  labelColor?: string;
  labelHalo?: string;
}

const TAU = Math.PI * 2;

const RING = MARK_STYLE.ringGap + MARK_STYLE.ringWidth;

/** How opaque a mark is drawn: faded when the data is not sure of it. */
const alphaOf = (mark: SceneMark) =>
  mark.item.reading.lowConfidence ? MARK_STYLE.lowConfidenceOpacity : 1;

function drawSpan(ctx: Canvas2D, mark: SceneMark, color: string) {
  const h = MARK_STYLE.spanHeight;
  const planned = mark.item.planned;
  const alpha = alphaOf(mark);
  const top = mark.y - h / 2;
  const width = mark.x1 - mark.x0;
  ctx.globalAlpha = alpha * (planned ? MARK_STYLE.plannedSpanOpacity : MARK_STYLE.spanOpacity);
  ctx.fillStyle = color;
  ctx.fillRect(mark.x0, top, width, h);
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.25;
  ctx.setLineDash(planned ? [...MARK_STYLE.plannedDash] : []);
  ctx.strokeRect(mark.x0, top, width, h);
  ctx.setLineDash([]);
  if (mark.item.corroborated && width > 6) {
    ctx.lineWidth = 1;
    ctx.strokeRect(mark.x0 + 2, top + 2, width - 4, h - 4);
  }
  ctx.globalAlpha = 1;
}

function drawDot(
  ctx: Canvas2D,
  x: number,
  y: number,
  radius: number,
  color: string,
  planned: boolean,
) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, TAU);
  ctx.fillStyle = planned ? "#ffffff" : color;
  ctx.fill();
  ctx.strokeStyle = color;
  ctx.lineWidth = planned ? 2 : 1;
  ctx.stroke();
}

/** The ring round a dot or cap of an event several outlets report. */
function drawRing(ctx: Canvas2D, x: number, y: number, radius: number, color: string) {
  ctx.beginPath();
  ctx.arc(x, y, radius + RING - 1, 0, TAU);
  ctx.strokeStyle = color;
  ctx.lineWidth = MARK_STYLE.ringWidth;
  ctx.stroke();
}

function drawRange(ctx: Canvas2D, mark: SceneMark, color: string) {
  const cap = MARK_STYLE.rangeCapRadius;
  const inset = mark.item.corroborated ? RING : 0;
  const a = mark.x0 + inset + cap;
  const b = mark.x1 - inset - cap;
  const alpha = alphaOf(mark);
  ctx.fillStyle = color;
  ctx.globalAlpha = alpha * (mark.item.planned ? 0.4 : 1);
  ctx.fillRect(a, mark.y - MARK_STYLE.rangeBarHeight / 2, b - a, MARK_STYLE.rangeBarHeight);
  ctx.globalAlpha = alpha;
  for (const x of [a, b]) {
    drawDot(ctx, x, mark.y, cap, color, mark.item.planned);
    if (mark.item.corroborated) drawRing(ctx, x, mark.y, cap, color);
  }
  ctx.globalAlpha = 1;
}

function drawPoint(ctx: Canvas2D, mark: SceneMark, color: string) {
  const x = (mark.x0 + mark.x1) / 2;
  const r = MARK_STYLE.pointRadius;
  ctx.globalAlpha = alphaOf(mark);
  drawDot(ctx, x, mark.y, r, color, mark.item.planned);
  if (mark.item.corroborated) {
    drawRing(ctx, x, mark.y, r, color);
    const outlets = mark.item.reading.outlets;
    ctx.font = "bold 9px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillStyle = mark.item.planned ? color : "#ffffff";
    ctx.fillText(outlets > 9 ? "+" : String(outlets), x, mark.y);
  }
  ctx.globalAlpha = 1;
}

/**
 * Draws a laid-out scene: spans first (they are pale backgrounds for the stretch of time they
 * cover), then ranges and points on top, then the labels that found room, then cluster badges
 * with their counts (and period, where labelled), then the selected mark's halo. Pure apart from
 * the context it is handed.
 */
export function renderScene(ctx: Canvas2D, scene: Scene, options: RenderOptions): void {
  const { pixelRatio: dpr } = options;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, options.width, options.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(
    options.left - MARK_STYLE.pointRadius,
    0,
    options.right - options.left + 2 * MARK_STYLE.pointRadius,
    options.height,
  );
  ctx.clip();

  let selected: SceneMark | undefined;
  for (const pass of ["span", "range", "point"] as const)
    for (const mark of scene.marks) {
      if (mark.item.kind !== pass) continue;
      if (mark.item.event.id === options.selectedId) selected = mark;
      const color = options.colorOf(mark.item);
      if (pass === "span") drawSpan(ctx, mark, color);
      else if (pass === "range") drawRange(ctx, mark, color);
      else drawPoint(ctx, mark, color);
    }

  const labels = options.labels;
  if (labels) {
    ctx.font = MARK_STYLE.labelFont;
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.fillStyle = options.labelColor ?? "#334155";
    ctx.strokeStyle = options.labelHalo ?? "#ffffff";
    ctx.lineWidth = 3;
    for (const mark of scene.marks) {
      const label = labels.get(mark.item.event.id);
      if (!label) continue;
      // A low-confidence mark's label is muted with it, as the SVG label is.
      ctx.globalAlpha = mark.item.reading.lowConfidence ? 0.7 : 1;
      ctx.strokeText(label.text, label.x, mark.y);
      ctx.fillText(label.text, label.x, mark.y);
    }
    ctx.globalAlpha = 1;
  }

  const h = MARK_STYLE.clusterHeight;
  for (const cluster of scene.clusters) {
    const label = labels?.get(cluster.key);
    // A labelled cluster's badge widens to hold its text, with the same padding on both sides.
    const x1 = label ? Math.max(cluster.x1, 2 * label.x - cluster.x0 + label.width) : cluster.x1;
    ctx.beginPath();
    ctx.roundRect(cluster.x0, cluster.y - h / 2, x1 - cluster.x0, h, h / 2);
    ctx.fillStyle = MARK_STYLE.clusterFill;
    ctx.fill();
    ctx.fillStyle = MARK_STYLE.clusterText;
    ctx.textBaseline = "middle";
    if (label) {
      ctx.font = MARK_STYLE.labelFont;
      ctx.textAlign = "left";
      ctx.fillText(label.text, label.x, cluster.y);
    } else {
      ctx.font = "bold 10px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillText(`+${cluster.count}`, (cluster.x0 + cluster.x1) / 2, cluster.y);
    }
  }

  if (selected) {
    ctx.beginPath();
    ctx.roundRect(selected.x0 - 4, selected.y - 10, selected.x1 - selected.x0 + 8, 20, 6);
    ctx.strokeStyle = MARK_STYLE.selectedStroke;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.restore();
}
