/** An axis-aligned box in pixels: `x0 < x1`, `y0 < y1`. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface Entry extends Box {
  /** Who owns the box: a label may be told to ignore its own mark. */
  owner: string;
}

const NONE: readonly Entry[] = [];

/**
 * The boxes already taken on the plot, in a uniform grid of cells, answering the one question a
 * label layout asks: from x, how far can a strip of height [y0, y1] run right (or left) before it
 * meets something? Each query looks only at the cells the strip could reach, so laying out a
 * label costs the same with 100 marks on screen or 10,000. It runs on every frame of a zoom, so
 * it allocates one entry per box and nothing per query.
 */
export class OccupancyGrid {
  private readonly cells = new Map<number, Entry[]>();

  constructor(private readonly cellSize = 32) {}

  add(box: Box, owner: string): void {
    const entry: Entry = { x0: box.x0, x1: box.x1, y0: box.y0, y1: box.y1, owner };
    const cx1 = this.cell(box.x1);
    const cy0 = this.cell(box.y0);
    const cy1 = this.cell(box.y1);
    for (let cx = this.cell(box.x0); cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = this.key(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(entry);
        else this.cells.set(key, [entry]);
      }
  }

  /**
   * The right edge of the free run that starts at `x` in the strip [y0, y1], at most `limit`,
   * keeping `gap` pixels from whatever it meets; `x` itself when `x` is inside a taken box.
   * Boxes owned by `ignore` do not count.
   */
  freeRight(x: number, y0: number, y1: number, limit: number, gap: number, ignore?: string) {
    let end = limit;
    const cy0 = this.cell(y0);
    const cy1 = this.cell(y1);
    for (let cx = this.cell(x); cx <= this.cell(end + gap); cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(this.key(cx, cy)) ?? NONE;
        for (let i = 0; i < list.length; i++) {
          const b = list[i] as Entry;
          if (b.owner === ignore || b.y1 <= y0 || b.y0 >= y1 || b.x1 + gap <= x) continue;
          if (b.x0 - gap <= x) return x;
          if (b.x0 - gap < end) end = b.x0 - gap;
        }
      }
    return Math.max(x, end);
  }

  /** The mirror of `freeRight`: the left edge of the free run that ends at `x`. */
  freeLeft(x: number, y0: number, y1: number, limit: number, gap: number, ignore?: string) {
    let start = limit;
    const cy0 = this.cell(y0);
    const cy1 = this.cell(y1);
    for (let cx = this.cell(x); cx >= this.cell(start - gap); cx--)
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(this.key(cx, cy)) ?? NONE;
        for (let i = 0; i < list.length; i++) {
          const b = list[i] as Entry;
          if (b.owner === ignore || b.y1 <= y0 || b.y0 >= y1 || b.x0 - gap >= x) continue;
          if (b.x1 + gap >= x) return x;
          if (b.x1 + gap > start) start = b.x1 + gap;
        }
      }
    return Math.min(x, start);
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private key(cx: number, cy: number): number {
    // Cells are few and small; a string key would allocate on every lookup.
    return cx * 131_072 + cy;
  }
}
