import { describe, expect, it } from "vitest";
import { lazyPositions } from "./dataset.ts";

describe("lazyPositions", () => {
  it("gives each event's position by id, and nothing for an id the dataset lacks", () => {
    const positionOf = lazyPositions([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(positionOf("a")).toBe(0);
    expect(positionOf("c")).toBe(2);
    expect(positionOf("z")).toBeUndefined();
  });

  it("reads the events when first asked, not when made", () => {
    const events = [{ id: "a" }];
    const positionOf = lazyPositions(events);
    events.push({ id: "b" });
    expect(positionOf("b")).toBe(1);
  });
});
