import { afterEach, describe, expect, it, vi } from "vitest";
import { FIRST_DRAW_MARK } from "./after-first-draw.ts";
import { firstDrawn, FIRST_SCREEN_MARK, holdFirstScreen } from "./first-screen.ts";

const marked = (name: string) => performance.getEntriesByName(name, "mark").length > 0;
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  performance.clearMarks(FIRST_DRAW_MARK);
  performance.clearMarks(FIRST_SCREEN_MARK);
});

describe("the first-screen mark", () => {
  it("waits for the first draw and for every part held, released once each", async () => {
    const releaseFilters = holdFirstScreen();
    const releaseList = holdFirstScreen();
    performance.mark(FIRST_DRAW_MARK);
    await tick();
    expect(marked(FIRST_SCREEN_MARK)).toBe(false);
    releaseFilters();
    releaseFilters();
    await tick();
    expect(marked(FIRST_SCREEN_MARK)).toBe(false);
    releaseList();
    await vi.waitFor(() => expect(marked(FIRST_SCREEN_MARK)).toBe(true));
  });

  it("is not set while the timeline has not drawn, however many parts are in", async () => {
    holdFirstScreen()();
    await tick();
    expect(marked(FIRST_SCREEN_MARK)).toBe(false);
    performance.mark(FIRST_DRAW_MARK);
    await vi.waitFor(() => expect(marked(FIRST_SCREEN_MARK)).toBe(true));
  });

  it("does not count a part released and held again in the same task", async () => {
    performance.mark(FIRST_DRAW_MARK);
    holdFirstScreen()();
    const again = holdFirstScreen();
    await tick();
    expect(marked(FIRST_SCREEN_MARK)).toBe(false);
    again();
    await vi.waitFor(() => expect(marked(FIRST_SCREEN_MARK)).toBe(true));
  });

  it("is dated when the last part came in, not when the check ran", async () => {
    const release = holdFirstScreen();
    performance.mark(FIRST_DRAW_MARK);
    await tick();
    const cameIn = performance.now();
    release();
    const released = performance.now();
    await vi.waitFor(() => expect(marked(FIRST_SCREEN_MARK)).toBe(true));
    const mark = performance.getEntriesByName(FIRST_SCREEN_MARK, "mark")[0];
    expect(mark?.startTime).toBeGreaterThanOrEqual(cameIn);
    expect(mark?.startTime).toBeLessThanOrEqual(released);
  });
});

describe("firstDrawn", () => {
  it("resolves after the timeline's first draw, not before", async () => {
    const done = vi.fn();
    void firstDrawn().then(done);
    await tick();
    expect(done).not.toHaveBeenCalled();
    performance.mark(FIRST_DRAW_MARK);
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
  });
});
