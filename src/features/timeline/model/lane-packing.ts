/** Something occupying a horizontal extent, in pixels, that must not overlap its lane-mates. */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Assigns each extent a lane (0, 1, 2, …) so that no two extents in a lane overlap or come
 * closer than `gap`. Greedy first-fit in order of left edge (wider first on ties), which is
 * optimal for intervals: it uses as many lanes as the deepest pile-up, and is stable for equal
 * input. Returns the lane of each input, in input order, and how many lanes were used.
 */
export function packLanes(
  extents: readonly Extent[],
  gap = 0,
): { lanes: number[]; laneCount: number } {
  const order = extents
    .map((extent, index) => ({ extent, index }))
    .sort((a, b) => a.extent.x0 - b.extent.x0 || b.extent.x1 - a.extent.x1 || a.index - b.index);
  /** The right edge of the last extent placed in each lane. */
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const { extent, index } of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= extent.x0);
    if (lane === -1) lane = laneEnds.push(extent.x1) - 1;
    else laneEnds[lane] = extent.x1;
    lanes[index] = lane;
  }
  return { lanes, laneCount: laneEnds.length };
}
