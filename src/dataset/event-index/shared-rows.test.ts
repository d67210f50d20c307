import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../scripts/generate-dataset.ts";
import { buildEventIndex } from "./build.ts";
import {
  checkRagged,
  IndexColumnError,
  NO_END,
  sharedDates,
  sharedRows,
  type Ragged,
} from "./shared-rows.ts";
import { copyTransfer, lightEventsOf, toTransfer } from "./transfer.ts";

const ragged = (offsets: number[], values: number[]): Ragged => ({
  offsets: Int32Array.from(offsets),
  values: Int32Array.from(values),
});

describe("shared rows", () => {
  // Rows: [0, 1], [], [0, 1], [1], [1, 0]
  const column = ragged([0, 2, 2, 4, 5, 7], [0, 1, 0, 1, 1, 1, 0]);
  const rowOf = sharedRows(column, ["a", "b"], "topics");

  it.each([
    { row: 0, entries: ["a", "b"] },
    { row: 1, entries: [] },
    { row: 2, entries: ["a", "b"] },
    { row: 3, entries: ["b"] },
    { row: 4, entries: ["b", "a"] },
  ])("row $row reads $entries", ({ row, entries }) => {
    expect(rowOf(row)).toEqual(entries);
    expect(Object.isFrozen(rowOf(row))).toBe(true);
  });

  it("gives equal rows one list, and different rows (order counts) their own", () => {
    expect(rowOf(0)).toBe(rowOf(2));
    expect(rowOf(0)).not.toBe(rowOf(4));
    expect(rowOf(3)).not.toBe(rowOf(4));
  });

  it("refuses a value that is not a position in the table, naming the field and row", () => {
    const broken = sharedRows(ragged([0, 1, 2], [1, 5]), ["a", "b"], "actors");
    expect(broken(0)).toEqual(["b"]);
    expect(() => broken(1)).toThrow(IndexColumnError);
    expect(() => broken(1)).toThrow(/actors\.1: 5 is not a position in a table of 2/);
  });

  it("refuses offsets that do not fit the rows or the values", () => {
    expect(() => checkRagged(ragged([0, 1], [0]), 1, "topics")).not.toThrow();
    expect(() => checkRagged(ragged([0, 1], [0]), 2, "topics")).toThrow(
      /topics\.offsets: expected 3 offsets/,
    );
    expect(() => checkRagged(ragged([1, 1], [0]), 1, "topics")).toThrow(/topics\.offsets\.0/);
    expect(() => checkRagged(ragged([0, 2, 1], [0, 0]), 2, "sources")).toThrow(
      /sources\.offsets\.2: 1 is not between/,
    );
    expect(() => checkRagged(ragged([0, 3], [0]), 1, "actors")).toThrow(/actors\.offsets\.1/);
  });
});

describe("shared dates", () => {
  const day = 15467; // 2012-05-07
  it.each([
    { start: day, end: NO_END, precision: "day", date: { value: "2012-05-07", precision: "day" } },
    { start: day, end: NO_END, precision: "month", date: { value: "2012-05", precision: "month" } },
    { start: day, end: NO_END, precision: "year", date: { value: "2012", precision: "year" } },
    {
      start: day,
      end: day + 2,
      precision: "day",
      date: { value: "2012-05-07", precision: "day", end: "2012-05-09" },
    },
  ] as const)("$start to $end by $precision", ({ start, end, precision, date }) => {
    expect(sharedDates()(start, end, precision)).toEqual(date);
  });

  it("gives one frozen object per distinct date", () => {
    const dateOf = sharedDates();
    const first = dateOf(day, NO_END, "day");
    expect(dateOf(day, NO_END, "day")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(dateOf(day, NO_END, "month")).not.toBe(first);
    expect(dateOf(day, day + 1, "day")).not.toBe(first);
    expect(dateOf(day, day + 1, "day")).toBe(dateOf(day, day + 1, "day"));
    expect(dateOf(day, day + 2, "day")).not.toBe(dateOf(day, day + 1, "day"));
  });
});

describe("light events from the transferred index", () => {
  const { events, articles } = generateDataset(300, 5);
  const transfer = () => toTransfer(buildEventIndex(events, articles).index);

  it("share what events have in common", () => {
    const light = lightEventsOf(transfer());
    const sameDay = light.filter((e) => e.date.value === light[0]?.date.value && !e.date.end);
    expect(sameDay.length).toBeGreaterThan(1);
    expect(new Set(sameDay.map((e) => e.date)).size).toBe(1);
    const listsByActors = new Map<string, Set<unknown>>();
    for (const e of light) {
      const key = e.actors.map((a) => a.name).join("|");
      listsByActors.set(key, (listsByActors.get(key) ?? new Set()).add(e.actors));
    }
    expect(listsByActors.size).toBeLessThan(light.length);
    for (const lists of listsByActors.values()) expect(lists.size).toBe(1);
  });

  it("refuses a column with a wrong number of entries, naming it", () => {
    const t = transfer();
    expect(() => lightEventsOf({ ...t, start: t.start.subarray(1) })).toThrow(
      /start: expected 300 entries \(one per event\), found 299/,
    );
    expect(() => lightEventsOf({ ...t, precision: t.precision.map(() => 7) })).toThrow(
      /precision\.0: expected 0, 1 or 2/,
    );
  });

  it("are the same read from a copy, and the copy leaves the original whole", () => {
    const t = transfer();
    const copy = copyTransfer(t);
    expect(copy.start).not.toBe(t.start);
    expect(copy.topics.values).not.toBe(t.topics.values);
    structuredClone(copy, { transfer: [copy.start.buffer] });
    expect(copy.start.length).toBe(0);
    expect(t.start.length).toBe(300);
    expect(lightEventsOf(copyTransfer(t))).toEqual(lightEventsOf(t));
  });
});
