interface ViewCountProps {
  /** Events the filters let through. */
  matching: number;
  /** Events in the dataset. */
  total: number;
  /** Events in the visible range of the timeline; undefined until it has drawn. */
  inView: number | undefined;
}

/**
 * How many events the view holds, in words that match the screen, from what the eye sees to what
 * the data holds: "3 in view · 9 match · 9 in dataset".
 */
export function ViewCount({ matching, total, inView }: ViewCountProps) {
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="view-count">
      {inView !== undefined && (
        <>
          <span data-testid="in-view-count">
            <span className="font-semibold tabular-nums">{inView}</span> in view
          </span>
          {" · "}
        </>
      )}
      <span data-testid="shown-count">
        <span className="font-semibold tabular-nums">{matching}</span> match
      </span>
      {" · "}
      <span data-testid="total-count">
        <span className="font-semibold tabular-nums">{total}</span> in dataset
      </span>
    </p>
  );
}
