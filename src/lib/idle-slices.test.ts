import { describe, expect, it } from "vitest";
import { inIdleSlices, type WaitForIdle } from "./idle-slices.ts";

/** Idle periods that each allow `steps` steps (each step costs 1 ms on a fake clock). */
function fakeIdle(steps: number, clock: { now: number }) {
  const slices: number[] = [];
  const wait: WaitForIdle = () => {
    const end = clock.now + steps;
    slices.push(clock.now);
    return Promise.resolve(() => end - clock.now);
  };
  return { wait, slices };
}

describe("inIdleSlices", () => {
  it("does every step once, in order, in as many slices as the idle time needs", async () => {
    const clock = { now: 0 };
    const idle = fakeIdle(4, clock);
    const done: number[] = [];
    const finished = await inIdleSlices(
      10,
      (i) => {
        done.push(i);
        clock.now += 1;
      },
      () => false,
      idle.wait,
    );
    expect(finished).toBe(true);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(idle.slices).toHaveLength(3);
  });

  it("still makes progress, one step a slice, when no idle time is left", async () => {
    const clock = { now: 0 };
    const idle = fakeIdle(0, clock);
    const done: number[] = [];
    await inIdleSlices(
      3,
      (i) => done.push(i),
      () => false,
      idle.wait,
    );
    expect(done).toEqual([0, 1, 2]);
    expect(idle.slices).toHaveLength(3);
  });

  it("stops between slices once cancelled, and says so", async () => {
    const clock = { now: 0 };
    const idle = fakeIdle(2, clock);
    const done: number[] = [];
    const finished = await inIdleSlices(
      10,
      (i) => {
        done.push(i);
        clock.now += 1;
      },
      () => done.length >= 4,
      idle.wait,
    );
    expect(finished).toBe(false);
    expect(done).toEqual([0, 1, 2, 3]);
  });
});
