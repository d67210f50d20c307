import { useCallback, useState } from "react";

/**
 * The content width of an element, kept current with a ResizeObserver. Returns a ref callback to
 * attach and the width in whole pixels (0 until the element is laid out).
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => () => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: T | null) => {
    if (!node) return () => undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
