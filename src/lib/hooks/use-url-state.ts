import { useCallback, useMemo, useSyncExternalStore } from "react";
import {
  parseViewState,
  reuseUnchanged,
  serializeViewState,
  type ViewState,
} from "../url-state.ts";

/**
 * How a change enters the history. "push" for discrete changes a reader may want to step back
 * from (selecting an event, toggling a filter, switching lanes or theme); "replace" for continuous
 * ones (each keystroke of a search, each zoom or pan step), which would otherwise bury the
 * previous view under dozens of entries that differ by one letter or pixel.
 */
export type HistoryMode = "push" | "replace";

// pushState and replaceState fire no event, so the hook tells its own subscribers.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const getSearch = () => window.location.search;

/** The view last parsed: the next parse keeps its unchanged fields (see reuseUnchanged). */
let lastView: ViewState | undefined;

function viewOf(search: string): ViewState {
  lastView = reuseUnchanged(lastView, parseViewState(search));
  return lastView;
}

/**
 * The view held in the URL, and a function to change it. Back and forward restore earlier views
 * because the state is read back from `location` on popstate.
 */
export function useUrlState(): [ViewState, (patch: Partial<ViewState>, mode: HistoryMode) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = useMemo(() => viewOf(search), [search]);
  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode) => {
    const { pathname, search: current, hash } = window.location;
    const next = serializeViewState({ ...parseViewState(current), ...patch });
    if (next === current) return;
    const url = `${pathname}${next}${hash}`;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    listeners.forEach((listener) => listener());
  }, []);
  return [state, update];
}
