import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { LightEvent } from "../../../dataset/index.ts";

/**
 * Picking the event to merge with on the timeline: while a pick is under way, the next event
 * the reader chooses (a mark, a list row) goes to the correction form instead of being selected.
 */
export interface MergePick {
  active: boolean;
  /** Every event of the dataset, for the form's list of events to merge with. */
  events: readonly LightEvent[];
  start: (onPick: (eventId: string) => void) => void;
  cancel: () => void;
  /** Called by the explorer with a chosen event: true when a pick took it. */
  take: (eventId: string) => boolean;
}

export const MergePickContext = createContext<MergePick | undefined>(undefined);

/** The pick a form inside the explorer can start; undefined outside it (in an embed). */
export const useMergePick = () => useContext(MergePickContext);

const NONE: readonly LightEvent[] = [];

export function useMergePickState(events: readonly LightEvent[] = NONE): MergePick {
  const [active, setActive] = useState(false);
  const handler = useRef<((eventId: string) => void) | undefined>(undefined);
  const start = useCallback((onPick: (eventId: string) => void) => {
    handler.current = onPick;
    setActive(true);
  }, []);
  const cancel = useCallback(() => {
    handler.current = undefined;
    setActive(false);
  }, []);
  const take = useCallback((eventId: string) => {
    const onPick = handler.current;
    if (!onPick) return false;
    handler.current = undefined;
    setActive(false);
    onPick(eventId);
    return true;
  }, []);
  return useMemo(
    () => ({ active, events, start, cancel, take }),
    [active, events, start, cancel, take],
  );
}
