import type { LightEvent } from "../../../dataset/index.ts";
import type { EventDetailsState } from "../../dataset/hooks/use-event-details.ts";
import { readableEventDate } from "../model/readable-date.ts";
import { detailsButton as button } from "./styles.ts";

interface EventDetailsLoadingProps {
  event: LightEvent;
  state: Exclude<EventDetailsState, { status: "success" }>;
  onClose: () => void;
}

/**
 * The selected event while its details load: what the index already says (title, date), and
 * that the rest is coming, or which file failed, with a Retry.
 */
export function EventDetailsLoading({ event, state, onClose }: EventDetailsLoadingProps) {
  return (
    <article className="space-y-4">
      <nav aria-label="Chronology" className="flex flex-wrap items-center gap-2 print:hidden">
        <button type="button" className={`${button} ml-auto`} onClick={onClose}>
          Close details
        </button>
      </nav>
      <header className="space-y-2">
        <h2 className="text-lg leading-snug font-semibold text-slate-900">{event.title}</h2>
        <p className="text-sm font-medium text-slate-700">
          <time dateTime={event.date.value}>{readableEventDate(event.date)}</time>
        </p>
      </header>
      {state.status === "error" ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-red-950">
          <p className="text-sm font-semibold">The details of this event could not be loaded</p>
          <p className="mt-1 font-mono text-xs">{state.error.message}</p>
          <button
            type="button"
            className={`${button} mt-2`}
            onClick={state.retry}
            disabled={state.isRetrying}
          >
            {state.isRetrying ? "Retrying…" : "Retry"}
          </button>
        </div>
      ) : (
        <p role="status" className="text-sm text-slate-600">
          Loading the event’s details…
        </p>
      )}
    </article>
  );
}
