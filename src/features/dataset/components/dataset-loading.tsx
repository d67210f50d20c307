/** Shown while the dataset downloads: a quiet placeholder the size of the timeline. */
export function DatasetLoading() {
  return (
    <div role="status" className="rounded-xl border border-slate-200 bg-surface p-5">
      <p className="text-sm text-slate-600">Loading the event dataset…</p>
      <div aria-hidden="true" className="mt-4 h-32 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
