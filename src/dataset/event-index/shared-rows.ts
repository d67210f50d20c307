import { isoDayOf, isoPrefixOf } from "./day-number.ts";
import type { Precision } from "../types.ts";
import type { LightDate } from "./light-event.ts";

/** A column of lists, flat: the entries of row i are values[offsets[i] .. offsets[i + 1]). */
export interface Ragged {
  offsets: Int32Array;
  values: Int32Array;
}

/** The transferred index does not hold what its format says: names the field and the row. */
export class IndexColumnError extends Error {
  constructor(field: string, problem: string) {
    super(`the dataset's index is not sound: ${field}: ${problem}`);
    this.name = "IndexColumnError";
  }
}

/** Checks that a ragged column has one row per entry and offsets that stay inside its values. */
export function checkRagged(column: Ragged, rows: number, field: string): void {
  const { offsets, values } = column;
  if (offsets.length !== rows + 1)
    throw new IndexColumnError(
      `${field}.offsets`,
      `expected ${rows + 1} offsets (one per event and one past the last), found ${offsets.length}`,
    );
  if (offsets[0] !== 0) throw new IndexColumnError(`${field}.offsets.0`, "expected 0");
  for (let i = 1; i <= rows; i++) {
    const at = offsets[i] ?? 0;
    if (at < (offsets[i - 1] ?? 0) || at > values.length)
      throw new IndexColumnError(
        `${field}.offsets.${i}`,
        `${at} is not between the previous offset and ${values.length} (the values' length)`,
      );
  }
}

interface Node<T> {
  row?: readonly T[];
  next?: Map<number, Node<T>>;
}

/**
 * The rows of a ragged column as lists of table entries, one frozen list per distinct row:
 * 100,000 events naming a few hundred combinations of actors hold a few hundred lists, not
 * 100,000. Frozen, since a list is shared by every event with that row. A value that is not a
 * position in the table is refused, naming the field and the row.
 */
export function sharedRows<T>(
  column: Ragged,
  table: readonly T[],
  field: string,
): (row: number) => T[] {
  const root: Node<T> = {};
  return (row) => {
    const from = column.offsets[row] ?? 0;
    const to = column.offsets[row + 1] ?? 0;
    let node = root;
    for (let k = from; k < to; k++) {
      const value = column.values[k] ?? -1;
      node.next ??= new Map();
      let child = node.next.get(value);
      if (!child) {
        if (!(value >= 0 && value < table.length))
          throw new IndexColumnError(
            `${field}.${row}`,
            `${value} is not a position in a table of ${table.length}`,
          );
        child = {};
        node.next.set(value, child);
      }
      node = child;
    }
    if (!node.row) {
      const entries = new Array<T>(to - from);
      for (let k = from; k < to; k++) entries[k - from] = table[column.values[k] ?? 0] as T;
      node.row = Object.freeze(entries);
    }
    // Typed as the contract's mutable lists; frozen, so a write would throw rather than spread.
    return node.row as T[];
  };
}

/** `end` of an event that names no last day, in the transferred index. */
export const NO_END = -0x80000000;

/**
 * Event dates, one frozen object per distinct (start, end, precision): events of one day share
 * one date and its strings, and what is worked out from a date (its interval) is worked out once.
 */
export function sharedDates(): (start: number, end: number, precision: Precision) => LightDate {
  const code = { day: 0, month: 1, year: 2 } as const;
  const open = new Map<number, LightDate>();
  const closed = new Map<number, Map<number, LightDate>>();
  return (start, end, precision) => {
    const key = start * 3 + code[precision];
    const value = () => isoPrefixOf(start, precision);
    if (end === NO_END) {
      let date = open.get(key);
      if (!date) open.set(key, (date = Object.freeze({ value: value(), precision })));
      return date;
    }
    let byEnd = closed.get(key);
    if (!byEnd) closed.set(key, (byEnd = new Map()));
    let date = byEnd.get(end);
    if (!date)
      byEnd.set(end, (date = Object.freeze({ value: value(), precision, end: isoDayOf(end) })));
    return date;
  };
}
