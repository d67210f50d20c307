import { useCallback, useState } from "react";

/** The width of `node`'s content box, as a ResizeObserver's contentRect gives it. */
function contentWidth(node: Element): number {
  const style = getComputedStyle(node);
  const sides = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"] as const;
  const around = sides.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
  return Math.max(0, node.getBoundingClientRect().width - around);
}

/**
 * The content width of an element, kept current with a ResizeObserver. Returns a ref callback to
 * attach and the width in whole pixels (0 until the element is laid out). Measured once as the
 * element mounts, before the browser paints: the first render with a width does not wait a frame
 * for the observer's first report.
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => () => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: T | null) => {
    if (!node) return () => undefined;
    setWidth(Math.floor(contentWidth(node)));
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
