import { describe, expect, it } from "vitest";
import { listHeight, ROW_HEIGHT, VIEWPORT_HEIGHT } from "./list-size.ts";

describe("listHeight", () => {
  it("is one row for no event or one, as many rows as events up to the viewport, then the viewport", () => {
    expect(listHeight(0)).toBe(ROW_HEIGHT);
    expect(listHeight(1)).toBe(ROW_HEIGHT);
    expect(listHeight(3)).toBe(3 * ROW_HEIGHT);
    expect(listHeight(100_000)).toBe(VIEWPORT_HEIGHT);
  });
});
