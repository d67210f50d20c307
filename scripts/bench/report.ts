import type { FrameStats } from "./frames.ts";
import type { Summary } from "./run-result.ts";

export interface Report {
  /** Per dataset: its name ("1,000", "bundled (9)"), and the two timelines' summaries. */
  sizes: { label: string; app: Summary; vis: Summary | null }[];
  /** Gzipped JS + CSS fetched before the first draw: the explorer, the embed, vis-timeline. */
  shipped: { app: number; embed: number; vis: number };
  runs: number;
  machine: string;
}

/** A figure for a table: thousands separated, `digits` decimals at most, "–" when unmeasured. */
export const num = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: digits }) : "–";
const ms = (n: number) => (Number.isFinite(n) ? `${num(n)} ms` : "–");
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${num(bytes / 2 ** 20)} MB` : "–");
/** "184 MB (180 + 4)": the sum, then the page's and its workers' (workers count: data moved there stays in memory). */
const heap = (h: { main: number; workers: number; total: number }) =>
  `${mb(h.total)} (${mb(h.main)} + ${mb(h.workers)})`;
const pct = (share: number) => (Number.isFinite(share) ? `${num(share * 100)}%` : "–");
/** "a / b (×r)": how many times b is a, when both are measured. */
const pair = (a: string, b: string, ratio?: number) =>
  `${a} / ${b}${ratio !== undefined && Number.isFinite(ratio) ? ` (×${num(ratio, 1)})` : ""}`;
const frames = (f: FrameStats) => `${ms(f.median)}, ${ms(f.p95)}`;

/** vis-timeline's figure for a size, or why there is none. */
function visFigure(vis: Summary | null, figure: (s: Summary) => string): string {
  if (!vis) return "not run";
  if (!vis.drawn) return "not drawn";
  return figure(vis);
}

/** The benchmark's figures as Markdown tables (this app / vis-timeline), ready for the README. */
export function formatReport(r: Report): string {
  const head =
    "| events | first draw | zoom frames: median, p95 | pan frames: median, p95 | slow frames (zoom, pan) | wheel steps dispatched | JS heap: total (page + workers) |\n" +
    "|---|---|---|---|---|---|---|\n";
  const rows = r.sizes.map(({ label, app, vis }) => {
    const drawRatio = vis && vis.drawn ? vis.firstDraw / app.firstDraw : undefined;
    const notDrawn =
      vis && vis.drawn < vis.runs ? ` (${vis.runs - vis.drawn} of ${vis.runs} runs not drawn)` : "";
    return (
      `| ${label} ` +
      `| ${pair(
        ms(app.firstDraw),
        visFigure(vis, (v) => ms(v.firstDraw)),
        drawRatio,
      )}${notDrawn} ` +
      `| ${pair(
        frames(app.zoom),
        visFigure(vis, (v) => frames(v.zoom)),
      )} ` +
      `| ${pair(
        frames(app.pan),
        visFigure(vis, (v) => frames(v.pan)),
      )} ` +
      `| ${pair(
        `${pct(app.zoom.slowShare)}, ${pct(app.pan.slowShare)}`,
        visFigure(vis, (v) => `${pct(v.zoom.slowShare)}, ${pct(v.pan.slowShare)}`),
      )} ` +
      `| ${pair(
        ms(app.wheelMs),
        visFigure(vis, (v) => ms(v.wheelMs)),
      )} ` +
      `| ${pair(
        heap(app.heap),
        visFigure(vis, (v) => heap(v.heap)),
      )} |`
    );
  });
  const own =
    "\n\nThis app only (vis-timeline has no labels laid out apart nor details panel):\n\n" +
    "| events | label layout while zooming: median, p95, max | click to details shown: median, p95 |\n" +
    "|---|---|---|\n" +
    r.sizes
      .map(
        ({ label, app }) =>
          `| ${label} | ${ms(app.labelLayout.median)}, ${ms(app.labelLayout.p95)}, ${ms(app.labelLayout.max)} | ${ms(app.click.median)}, ${ms(app.click.p95)} |`,
      )
      .join("\n");
  const kb = (n: number) => `${num(n / 1024, 1)} KB`;
  return (
    `Each cell: this app / vis-timeline (×: how many times vis-timeline's figure is this app's).\n` +
    `Medians over ${r.runs} runs per timeline per size (frames pooled over the runs); ` +
    `a slow frame missed a 60 Hz refresh (> 25 ms).\n\n` +
    head +
    rows.join("\n") +
    own +
    `\n\nShipped before the first draw (JS + CSS, gzip): this app ${kb(r.shipped.app)} ` +
    `(its embed ${kb(r.shipped.embed)}), ` +
    `vis-timeline's standalone build ${kb(r.shipped.vis)}.\n` +
    `Machine: ${r.machine}.\n`
  );
}
