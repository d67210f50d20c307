import { describe, expect, it } from "vitest";
import { asksToFilter, type StatedFilters } from "./asks-to-filter.ts";

const none: StatedFilters = {
  topics: undefined,
  actors: [],
  outlets: [],
  q: "",
  minOutlets: undefined,
};

describe("asksToFilter", () => {
  it("is false for a view that states no filter (a blank search, a minimum of one)", () => {
    expect(asksToFilter(none)).toBe(false);
    expect(asksToFilter({ ...none, q: "   " })).toBe(false);
    expect(asksToFilter({ ...none, minOutlets: 1 })).toBe(false);
  });

  it("is true as soon as any part of the view narrows the events", () => {
    expect(asksToFilter({ ...none, topics: ["cyber"] })).toBe(true);
    expect(asksToFilter({ ...none, topics: [] })).toBe(true);
    expect(asksToFilter({ ...none, actors: ["Xi Jinping"] })).toBe(true);
    expect(asksToFilter({ ...none, outlets: ["Reuters"] })).toBe(true);
    expect(asksToFilter({ ...none, q: "hack" })).toBe(true);
    expect(asksToFilter({ ...none, minOutlets: 2 })).toBe(true);
  });
});
