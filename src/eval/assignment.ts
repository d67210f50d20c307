/**
 * Costs are `OFFSET - weight`, so that maximising the total weight is minimising a non-negative
 * cost; a padding cell (or a pair that cannot match) has weight 0 and costs the full offset.
 * Any value above the largest weight works; this one keeps the arithmetic, and so the choice
 * between equally good assignments, the same as the reference scorer's.
 */
const OFFSET = 10;

/**
 * The one-to-one pairing of rows and columns with the largest total weight (Kuhn–Munkres, the
 * O(n³) shortest-augmenting-path form with row and column potentials). `weights[r][c]` is how well
 * row r fits column c, 0 when they cannot be paired. Returns [row, column] pairs with a positive
 * weight, by column. Among assignments of equal weight the result is fixed by the input's order,
 * so a run is reproducible.
 */
export function bestAssignment(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return [];
  const n = Math.max(rows, cols);
  const cost = (r: number, c: number) => OFFSET - (weights[r]?.[c] ?? 0);

  // 1-based, with row 0 / column 0 as the start of each augmenting path.
  const rowPotential = new Float64Array(n + 1);
  const colPotential = new Float64Array(n + 1);
  const rowOfCol = new Int32Array(n + 1); // 0: column still free
  const cameFrom = new Int32Array(n + 1); // previous column on the shortest path

  for (let row = 1; row <= n; row++) {
    rowOfCol[0] = row;
    let col = 0;
    const slack = new Float64Array(n + 1).fill(Infinity);
    const visited = new Uint8Array(n + 1);
    // Grow a tree of tight edges from `row` until it reaches a free column.
    do {
      visited[col] = 1;
      const from = rowOfCol[col] as number;
      let delta = Infinity;
      let next = 0;
      for (let c = 1; c <= n; c++) {
        if (visited[c]) continue;
        const reduced =
          cost(from - 1, c - 1) - (rowPotential[from] as number) - (colPotential[c] as number);
        if (reduced < (slack[c] as number)) {
          slack[c] = reduced;
          cameFrom[c] = col;
        }
        if ((slack[c] as number) < delta) {
          delta = slack[c] as number;
          next = c;
        }
      }
      for (let c = 0; c <= n; c++) {
        if (visited[c]) {
          const r = rowOfCol[c] as number;
          rowPotential[r] = (rowPotential[r] as number) + delta;
          colPotential[c] = (colPotential[c] as number) - delta;
        } else slack[c] = (slack[c] as number) - delta;
      }
      col = next;
    } while (rowOfCol[col] !== 0);
    // Flip the path: each column on it takes the row of the column before it.
    do {
      const prev = cameFrom[col] as number;
      rowOfCol[col] = rowOfCol[prev] as number;
      col = prev;
    } while (col !== 0);
  }

  const pairs: [number, number][] = [];
  for (let c = 1; c <= n; c++) {
    const r = (rowOfCol[c] as number) - 1;
    if (r < rows && c - 1 < cols && (weights[r]?.[c - 1] ?? 0) > 0) pairs.push([r, c - 1]);
  }
  return pairs;
}
