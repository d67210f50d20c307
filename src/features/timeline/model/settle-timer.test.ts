import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSettleTimer } from "./settle-timer.ts";

describe("createSettleTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("tells of motion once, however many steps, and of rest once the steps stop", () => {
    const changes: boolean[] = [];
    const timer = createSettleTimer(150, (moving) => changes.push(moving));
    for (let i = 0; i < 10; i++) {
      timer.poke();
      vi.advanceTimersByTime(50);
    }
    expect(changes).toEqual([true]);
    vi.advanceTimersByTime(100);
    expect(changes).toEqual([true, false]);
  });

  it("does not settle while steps keep coming within the delay", () => {
    const onChange = vi.fn();
    const timer = createSettleTimer(150, onChange);
    timer.poke();
    vi.advanceTimersByTime(149);
    timer.poke();
    vi.advanceTimersByTime(149);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it("starts a new stretch of motion after settling", () => {
    const changes: boolean[] = [];
    const timer = createSettleTimer(100, (moving) => changes.push(moving));
    timer.poke();
    vi.advanceTimersByTime(100);
    timer.poke();
    expect(changes).toEqual([true, false, true]);
  });

  it("says nothing more once cancelled", () => {
    const onChange = vi.fn();
    const timer = createSettleTimer(100, onChange);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
