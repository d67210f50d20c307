import type { RemovedEvent } from "../../../dataset/index.ts";
import { formatEventDate } from "../../../lib/format-event-date.ts";

/**
 * The extracted events that researchers' corrections removed, each with its reason, author and
 * entry: the dataset says what it left out and why, and `corrections=off` shows them again.
 */
export function RemovedEvents({ removed }: { removed: readonly RemovedEvent[] }) {
  return (
    <ul className="space-y-2" aria-label="Removed events">
      {removed.map(({ event, reason, author, entry }) => (
        <li key={event.id} className="rounded-md border border-slate-200 p-2">
          <p className="font-medium">
            {event.title}{" "}
            <span className="font-normal text-slate-600">({formatEventDate(event.date)})</span>
          </p>
          <p>
            Why: {reason}
            {author ? ` (${author})` : ""}
          </p>
          <p className="text-xs text-slate-600">
            <code>{entry}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
