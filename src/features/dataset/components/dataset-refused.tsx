/** Why the dataset a link asked for was not loaded: a refusal, so there is nothing to retry. */
export function DatasetRefused({ reason, explorerHref }: { reason: string; explorerHref: string }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-amber-300 bg-amber-100 p-5 text-amber-900"
    >
      <h2 className="text-base font-semibold">This dataset was not loaded</h2>
      <p className="mt-2 text-sm">{reason}</p>
      <p className="mt-3 text-sm">
        <a className="font-medium underline" href={explorerHref}>
          Open the timeline with its own dataset
        </a>
      </p>
    </div>
  );
}
