import { describe, expect, it, vi } from "vitest";
import { lazyComponent } from "./lazy-component.ts";
import { setPartStyles } from "./part-styles.ts";

const Panel = () => null;

describe("lazyComponent", () => {
  it("downloads once however often it is preloaded", async () => {
    const load = vi.fn(() => Promise.resolve({ Panel }));
    const LazyPanel = lazyComponent(load, "Panel");
    expect(load).not.toHaveBeenCalled();
    LazyPanel.preload();
    LazyPanel.preload();
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed download", async () => {
    const load = vi
      .fn<() => Promise<{ Panel: typeof Panel }>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue({ Panel });
    const LazyPanel = lazyComponent(load, "Panel");
    LazyPanel.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    LazyPanel.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("needs the parts' style sheet too: a failed sheet is a failed download, tried again", async () => {
    const styles = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(undefined);
    setPartStyles(styles);
    try {
      const load = vi.fn(() => Promise.resolve({ Panel }));
      const LazyPanel = lazyComponent(load, "Panel");
      LazyPanel.preload();
      await new Promise((resolve) => setTimeout(resolve, 0));
      LazyPanel.preload();
      expect(styles).toHaveBeenCalledTimes(2);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      setPartStyles(() => Promise.resolve());
    }
  });
});
