interface FiltersToggleProps {
  /** How many filters narrow the view (activeFilterCount). */
  active: number;
  open: boolean;
  /** "panel" shows and hides the side panel; "drawer" opens a dialog over the page. */
  mode: "panel" | "drawer";
  onToggle: () => void;
}

/** The button that shows or hides the filters, with the number of filters in force. */
export function FiltersToggle({ active, open, mode, onToggle }: FiltersToggleProps) {
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-expanded={mode === "panel" ? open : undefined}
      aria-haspopup={mode === "drawer" ? "dialog" : undefined}
      aria-controls={mode === "panel" && open ? "filter-panel" : undefined}
      aria-label={active > 0 ? `Filters, ${active} active` : "Filters"}
      data-testid="filters-toggle"
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-surface px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 print:hidden"
    >
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="stroke-current">
        <path d="M1 3h12M3 7h8M5 11h4" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
      Filters
      {active > 0 && (
        <span className="rounded-full bg-slate-800 px-1.5 text-xs font-semibold text-slate-50 tabular-nums">
          {active}
        </span>
      )}
    </button>
  );
}
