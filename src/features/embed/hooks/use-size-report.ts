import { useCallback, useEffect, useRef } from "react";
import { sizeMessage } from "../model/protocol.ts";
import type { SendToHost } from "./use-host-channel.ts";

/** The document's content height: <html> is as tall as its content, whatever the viewport. */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Tells the host the embed's content height whenever it changes (the dataset loads, an event is
 * selected, the host resizes the frame so text rewraps, a hidden frame is shown and lays out for
 * the first time). Returns a function that reports now, even if unchanged, for `request-size`.
 */
export function useSizeReport(send: SendToHost, enabled: boolean): () => void {
  const last = useRef<number>(undefined);
  const report = useCallback(
    (force: boolean) => {
      const height = contentHeight();
      if (!force && height === last.current) return;
      last.current = height;
      send(sizeMessage(height));
    },
    [send],
  );

  useEffect(() => {
    if (!enabled) return;
    const observer = new ResizeObserver(() => report(false));
    observer.observe(document.documentElement);
    observer.observe(document.body);
    report(true);
    return () => observer.disconnect();
  }, [enabled, report]);

  return useCallback(() => report(true), [report]);
}
