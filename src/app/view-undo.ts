import type { ViewState } from "../lib/url-state.ts";
import type { EmptyingPart } from "./no-matches.tsx";

/** The view change that undoes one part of it. */
export const UNDO: Record<EmptyingPart, Partial<ViewState>> = {
  search: { q: "" },
  topics: { topics: undefined },
  minOutlets: { minOutlets: undefined },
  people: { actors: [], outlets: [] },
  range: { from: undefined, to: undefined },
};

export const CLEAR_FILTERS: Partial<ViewState> = {
  ...UNDO.search,
  ...UNDO.topics,
  ...UNDO.minOutlets,
  ...UNDO.people,
};
