interface NoMatchesProps {
  /** The search as typed; "" when there is none. */
  query: string;
  /** The events every filter but the search lets through. */
  withoutSearch: number;
  onClearSearch: () => void;
  onClearFilters: () => void;
}

const button =
  "mt-3 rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-slate-50 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";

/**
 * Shown in place of the events when none are left, saying what emptied the view and offering to
 * undo just that: the search when it alone leaves nothing, else the filters.
 */
export function NoMatches({ query, withoutSearch, onClearSearch, onClearFilters }: NoMatchesProps) {
  const search = query.trim();
  const bySearch = search !== "" && withoutSearch > 0;
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 p-6 text-center"
      data-testid="no-matches"
    >
      {bySearch ? (
        <>
          <p className="text-sm font-medium text-slate-800">
            No events match the search “{search}”.
          </p>
          <p className="mt-1 text-sm text-slate-600">
            Without it, {withoutSearch} {withoutSearch === 1 ? "event matches" : "events match"} the
            other filters.
          </p>
          <button type="button" onClick={onClearSearch} className={button}>
            Clear the search
          </button>
        </>
      ) : (
        <>
          <p className="text-sm font-medium text-slate-800">
            No events match these filters
            {search ? `, with or without the search “${search}”` : ""}.
          </p>
          <button type="button" onClick={onClearFilters} className={button}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}
