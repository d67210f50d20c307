import { describe, expect, it } from "vitest";
import { makeEvent } from "../../../lib/testing/make-event.ts";
import { neighbours, sortChronologically } from "./chronology.ts";

const year = makeEvent({ title: "Y", date: { value: "2012", precision: "year" } });
const month = makeEvent({ title: "M", date: { value: "2012-05", precision: "month" } });
const dayB = makeEvent({ title: "B", date: { value: "2012-05-07" } });
const dayA = makeEvent({ title: "A", date: { value: "2012-05-07" } });
const long = makeEvent({ title: "0", date: { value: "2012-05-07", end: "2012-05-09" } });
const later = makeEvent({ title: "L", date: { value: "2013-01-01" } });
const sorted = sortChronologically([later, dayB, long, month, dayA, year]);

describe("sortChronologically", () => {
  it("orders by start, coarser first, then end, then title", () =>
    expect(sorted.map((e) => e.title)).toEqual(["Y", "M", "A", "B", "0", "L"]));
  it("does not change its input", () => {
    const input = [later, year];
    sortChronologically(input);
    expect(input).toEqual([later, year]);
  });
});

describe("neighbours", () => {
  it.each([
    [year, undefined, month],
    [dayA, month, dayB],
    [long, dayB, later],
    [later, long, undefined],
  ])("of %#", (event, previous, next) =>
    expect(neighbours(sorted, event)).toEqual({ previous, next }),
  );

  it("places a filtered-out event where it would be", () => {
    const shown = sorted.filter((e) => e !== dayB);
    expect(neighbours(shown, dayB)).toEqual({ previous: dayA, next: long });
  });

  it("has none in an empty list", () =>
    expect(neighbours([], year)).toEqual({ previous: undefined, next: undefined }));
});
