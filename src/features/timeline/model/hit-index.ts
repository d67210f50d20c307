/** A box to pick by pointer, in pixels. */
export interface HitBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface HitIndex {
  /** The index of the box under (x, y), within `slop` pixels, nearest first; -1 for none. */
  hit(x: number, y: number, slop?: number): number;
}

/**
 * A uniform grid over the boxes: each cell lists the boxes touching it, so a pointer query looks at
 * a handful of boxes instead of all of them. Boxes on a timeline are small and evenly spread, the
 * case a grid handles best; it is rebuilt per frame in O(n).
 */
export function createHitIndex(boxes: readonly HitBox[], cellSize = 32): HitIndex {
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 65_536 + cy;
  boxes.forEach((box, i) => {
    const cx0 = Math.floor(box.x0 / cellSize);
    const cx1 = Math.floor(box.x1 / cellSize);
    const cy0 = Math.floor(box.y0 / cellSize);
    const cy1 = Math.floor(box.y1 / cellSize);
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = key(cx, cy);
        const list = cells.get(k);
        if (list) list.push(i);
        else cells.set(k, [i]);
      }
  });

  return {
    hit(x, y, slop = 2) {
      let best = -1;
      let bestDistance = Infinity;
      const seen = new Set<number>();
      for (
        let cx = Math.floor((x - slop) / cellSize);
        cx <= Math.floor((x + slop) / cellSize);
        cx++
      )
        for (
          let cy = Math.floor((y - slop) / cellSize);
          cy <= Math.floor((y + slop) / cellSize);
          cy++
        )
          for (const i of cells.get(key(cx, cy)) ?? []) {
            if (seen.has(i)) continue;
            seen.add(i);
            const box = boxes[i];
            if (!box) continue;
            const dx = Math.max(box.x0 - x, 0, x - box.x1);
            const dy = Math.max(box.y0 - y, 0, y - box.y1);
            const distance = Math.hypot(dx, dy);
            if (distance <= slop && distance < bestDistance) {
              best = i;
              bestDistance = distance;
            }
          }
      return best;
    },
  };
}
