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
});
