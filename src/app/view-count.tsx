interface ViewCountProps {
  /** Events the filters let through. */
  matching: number;
  /** Events in the dataset. */
  total: number;
  /** Events in the visible range of the timeline; undefined until it has drawn. */
  inView: number | undefined;
}

/**
 * How many events the view holds, in words that match the screen: "7 of 9 events match" and,
 * when the timeline is zoomed to show fewer, "· 1 in view".
 */
export function ViewCount({ matching, total, inView }: ViewCountProps) {
  return (
    <p role="status" className="text-sm text-slate-700">
      <span className="font-semibold tabular-nums" data-testid="shown-count">
        {matching} of {total} events
      </span>{" "}
      match
      {inView !== undefined && inView < matching && (
        <>
          {" · "}
          <span className="font-semibold tabular-nums" data-testid="in-view-count">
            {inView}
          </span>{" "}
          in view
        </>
      )}
    </p>
  );
}
