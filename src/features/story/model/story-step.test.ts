import { describe, expect, it } from "vitest";
import { storyPosition, storyStep } from "./story-step.ts";

const events = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("storyStep", () => {
  it.each<[string | undefined, -1 | 1, string | undefined]>([
    ["a", 1, "b"],
    ["b", 1, "c"],
    ["c", 1, undefined],
    ["c", -1, "b"],
    ["a", -1, undefined],
    [undefined, 1, "a"],
    [undefined, -1, "c"],
    ["gone", 1, "a"],
  ])("from %s by %i → %s", (from, direction, expected) =>
    expect(storyStep(events, from, direction)).toBe(expected),
  );
  it("has nowhere to go in an empty story", () =>
    expect(storyStep([], undefined, 1)).toBe(undefined));
});

describe("storyPosition", () => {
  it("counts from one", () => expect(storyPosition(events, "b")).toEqual({ place: 2, total: 3 }));
  it("is place 0 outside the story", () =>
    expect(storyPosition(events, undefined)).toEqual({ place: 0, total: 3 }));
});
