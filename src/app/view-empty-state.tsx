import type { Filters } from "../features/filters/hooks/use-filters.ts";
import type { ViewState } from "../lib/url-state.ts";
import { NoMatches } from "./no-matches.tsx";
import { CLEAR_FILTERS, UNDO } from "./view-undo.ts";

export interface ViewEmptyStateProps {
  filters: Filters;
  query: string;
  /** Events in the visible range; undefined until the timeline has drawn. */
  inView: number | undefined;
  setView: (patch: Partial<ViewState>) => void;
}

/**
 * What the explorer and the embed show when the view holds no event: that the search is still
 * being prepared, or what emptied the view with a button that undoes it. Nothing when events show.
 */
export function ViewEmptyState({ filters, query, inView, setView }: ViewEmptyStateProps) {
  const matching = filters.events.length;
  if (filters.searchPending)
    return (
      <p role="status" className="p-6 text-center text-sm text-slate-600">
        Preparing the search…
      </p>
    );
  if (matching > 0 && inView !== 0) return null;
  // Titles and names found nothing; the summaries, quotes and evidence may yet.
  if (matching === 0 && filters.searchPartial)
    return (
      <p role="status" className="p-6 text-center text-sm text-slate-600">
        Nothing in titles or names yet; still loading summaries, quotes and evidence to search…
      </p>
    );
  const { criteria } = filters;
  return (
    <NoMatches
      query={query}
      minOutlets={criteria.minOutlets}
      without={filters.without}
      matching={matching}
      active={{
        search: criteria.terms.length > 0,
        topics: criteria.hiddenTopics.size > 0,
        minOutlets: criteria.minOutlets > 1,
        people: criteria.actors.size + criteria.outlets.size > 0,
      }}
      onUndo={(part) => setView(UNDO[part])}
      onClearAll={() => setView(CLEAR_FILTERS)}
    />
  );
}
