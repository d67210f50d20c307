interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** The search has looked at titles and actors only: the rest is still loading. */
  partial?: boolean;
}

/** Free-text search over titles, summaries and quotes; every word must match. */
export function SearchBox({ value, onChange, partial = false }: SearchBoxProps) {
  return (
    <div className="min-w-0">
      <label htmlFor="event-search" className="mb-2 block text-sm font-semibold text-slate-800">
        Search
      </label>
      <input
        id="event-search"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Titles, people, quotes, evidence…"
        aria-description="Every word must appear in an event's title, summary, quotes, actors or evidence; the last may be the start of a word"
        className="w-full rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600"
      />
      {/* Always in the page, so a screen reader hears when the message comes and goes. */}
      <p role="status" className="mt-1 text-xs text-slate-600" data-testid="search-partial">
        {partial &&
          "Searching titles and people for now: summaries, quotes and evidence are still loading."}
      </p>
    </div>
  );
}
