import type { ReactNode } from "react";
import { useStoreValue } from "../lib/hooks/use-store-value.ts";
import type { ValueStore } from "../lib/value-store.ts";

interface InViewProps {
  /** Events in the timeline's visible range; undefined until it has drawn. */
  store: ValueStore<number | undefined>;
  children: (inView: number | undefined) => ReactNode;
}

/**
 * What shows the count of events in view, re-rendered on its own: the count changes on every
 * frame of a zoom, and the page around it must not re-render with it.
 */
export function InView({ store, children }: InViewProps) {
  return children(useStoreValue(store));
}
