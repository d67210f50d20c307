import type { SceneOptions } from "./scene-layout.ts";

/**
 * Rows of single marks each band may use so that the whole plot fits `height` pixels: the bands
 * share what their headers and gaps leave, one row of each kept for its clusters. Never fewer than
 * one (a band of clusters alone says nothing of its events) nor more than `options.maxRows`; with
 * no height given, `options.maxRows`. What no longer has a row of its own is counted in clusters,
 * as at any zoom, so nothing is hidden.
 */
export function rowsWithin(
  height: number | undefined,
  bandCount: number,
  options: SceneOptions,
): number {
  if (height === undefined || bandCount <= 0) return options.maxRows;
  const chrome =
    options.top +
    options.bottom +
    bandCount * (options.bandHeader + options.bandGap) -
    options.bandGap;
  const rowsPerBand = Math.floor((height - chrome) / (options.rowHeight * bandCount));
  return Math.min(options.maxRows, Math.max(1, rowsPerBand - 1));
}
