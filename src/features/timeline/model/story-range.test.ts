import { describe, expect, it } from "vitest";
import { storyRange } from "./story-range.ts";

const window = { start: "2010-01-01", end: "2013-12-31" };
const day = (value: string) => ({ value, precision: "day" as const, text: "", basis: "explicit" });

describe("storyRange", () => {
  it("centres a day on about three months from the whole window", () =>
    expect(storyRange(day("2012-05-07"), undefined, window)).toEqual({
      from: "2012-03-23",
      to: "2012-06-21",
    }));

  it("keeps a closer zoom, centred on the event", () =>
    expect(storyRange(day("2012-05-07"), { from: "2013-01-01", to: "2013-01-14" }, window)).toEqual(
      { from: "2012-04-30", to: "2012-05-14" },
    ));

  it("widens for a long event and stays inside the window", () => {
    expect(
      storyRange(
        { ...day("2010"), precision: "year" },
        { from: "2012-01-01", to: "2012-01-31" },
        window,
      ),
    ).toEqual({ from: "2010-01-01", to: "2011-12-31" });
    expect(storyRange(day("2013-12-30"), undefined, window).to).toBe("2013-12-31");
  });
});
