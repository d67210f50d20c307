import type { LightEvent } from "../../../dataset/index.ts";
import { useEventDetails } from "../../dataset/hooks/use-event-details.ts";
import { EventDetailsBody, type EventDetailsBodyProps } from "./event-details-body.tsx";
import { EventDetailsLoading } from "./event-details-loading.tsx";

export interface EventDetailsContentProps extends Omit<
  EventDetailsBodyProps,
  "event" | "articleById"
> {
  /** The selected event as the index has it; the rest of it is loaded here, by chunk. */
  event: LightEvent;
}

/**
 * What the details panel shows of the selected event: what the index says while the rest loads
 * (or which file failed, with a Retry), then all of it. Loads after the first draw with the
 * details' code and TanStack Query, which fetches the event's chunks: neither is needed to draw.
 */
export function EventDetailsContent({ event, ...props }: EventDetailsContentProps) {
  const details = useEventDetails(event.id);
  if (details.status !== "success")
    return <EventDetailsLoading event={event} state={details} onClose={props.onClose} />;
  return (
    // Keyed so that "Show in article" state does not leak from one event to the next.
    <EventDetailsBody
      key={event.id}
      {...props}
      event={details.event}
      articleById={details.articleById}
    />
  );
}
