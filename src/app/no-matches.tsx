/** Shown in place of the events when the filters leave none, with the way back. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 p-6 text-center"
      data-testid="no-matches"
    >
      <p className="text-sm font-medium text-slate-800">No events match these filters.</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-3 rounded-md bg-slate-800 px-4 py-1.5 text-sm font-medium text-slate-50 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Clear filters
      </button>
    </div>
  );
}
