import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstDraw, FIRST_DRAW_MARK } from "./after-first-draw.ts";

afterEach(() => performance.clearMarks(FIRST_DRAW_MARK));

describe("afterFirstDraw", () => {
  it("waits for the timeline's first draw, then runs the task once", async () => {
    const task = vi.fn();
    afterFirstDraw(task);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(task).not.toHaveBeenCalled();
    performance.mark("another-mark");
    performance.mark(FIRST_DRAW_MARK);
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    performance.mark(FIRST_DRAW_MARK);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs soon when the timeline has already drawn", async () => {
    performance.mark(FIRST_DRAW_MARK);
    const task = vi.fn();
    afterFirstDraw(task);
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
  });

  it("does nothing once cancelled", async () => {
    const task = vi.fn();
    const cancel = afterFirstDraw(task);
    cancel();
    performance.mark(FIRST_DRAW_MARK);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(task).not.toHaveBeenCalled();
  });

  it("runs when the timeline says it has drawn, though the performance timeline is stubbed", async () => {
    // A fresh module: markFirstDraw's record lasts for the page, here for the file.
    vi.resetModules();
    const fresh = await import("./after-first-draw.ts");
    const stub = vi.spyOn(performance, "getEntriesByName").mockReturnValue([]);
    try {
      const task = vi.fn();
      fresh.afterFirstDraw(task);
      expect(fresh.hasDrawn()).toBe(false);
      fresh.markFirstDraw();
      expect(fresh.hasDrawn()).toBe(true);
      await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    } finally {
      stub.mockRestore();
    }
  });
});
