import { describe, expect, it } from "vitest";
import { activeFilterCount } from "./active-filters.ts";
import type { FilterCriteria } from "./facets.ts";

const none: FilterCriteria = {
  hiddenTopics: new Set(),
  actors: new Set(),
  outlets: new Set(),
  terms: [],
  hits: undefined,
  minOutlets: 1,
};

describe("activeFilterCount", () => {
  it("is zero for the whole dataset", () => expect(activeFilterCount(none)).toBe(0));
  it("counts the topic toggles once, however many are off", () =>
    expect(activeFilterCount({ ...none, hiddenTopics: new Set(["cyber", "diplomacy"]) })).toBe(1));
  it("counts every actor and outlet chosen, and a search", () =>
    expect(
      activeFilterCount({
        ...none,
        actors: new Set(["Xi Jinping", "Barack Obama"]),
        outlets: new Set(["Xinhua"]),
        terms: ["cyber", "talks"],
        minOutlets: 2,
      }),
    ).toBe(5));
});
