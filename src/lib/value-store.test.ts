import { describe, expect, it, vi } from "vitest";
import { createValueStore } from "./value-store.ts";

describe("createValueStore", () => {
  it("holds the latest value and tells subscribers of each change", () => {
    const store = createValueStore<number | undefined>(undefined);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(3);
    store.set(7);
    expect(store.get()).toBe(7);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("does not tell anyone when the value does not change", () => {
    const store = createValueStore(5);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(5);
    expect(listener).not.toHaveBeenCalled();
  });

  it("stops telling a listener once it unsubscribes", () => {
    const store = createValueStore(0);
    const kept = vi.fn();
    const dropped = vi.fn();
    store.subscribe(kept);
    const unsubscribe = store.subscribe(dropped);
    unsubscribe();
    store.set(1);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
