import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import type { LightEvent } from "../../../dataset/index.ts";
import type { Neighbours } from "../model/chronology.ts";
import { EventDetailsBody } from "./event-details-body.tsx";
import { EventDetailsLoading } from "./event-details-loading.tsx";
import { useEventDetails } from "../../dataset/hooks/use-event-details.ts";

interface EventDetailsProps {
  /** The selected event as the index has it; the rest of it is loaded here, by chunk. */
  event: LightEvent | undefined;
  topicLabel: (topicId: string) => string;
  /** The events before and after in the filtered chronology. */
  neighbours: Neighbours;
  onSelect: (eventId: string) => void;
  onClose: () => void;
  /**
   * "sheet" (the default) floats over the page on a phone and stays beside the timeline on a
   * wide screen; "card" scrolls inside the height its container gives it, evidence first, for an
   * embed's frame, where a fixed sheet would have no room and the whole of the details would
   * push the evidence far below the frame's fold.
   */
  layout?: "sheet" | "card";
  /**
   * Set when a reader chose an event (a click, Enter): its details are brought into view and
   * take focus. A new object each time, so choosing the same event again does it again.
   */
  focusRequest?: { eventId: string } | undefined;
}

const SHEET =
  // Beside the timeline on a wide screen, in view while the page scrolls to the list.
  "lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto print:static print:max-h-none";
const SHEET_OPEN =
  "max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-20 max-sm:max-h-[50dvh] max-sm:overflow-y-auto max-sm:rounded-b-none max-sm:shadow-[0_-8px_30px_rgb(0_0_0/0.25)]";
// Relative, so that what is positioned inside (screen-reader-only text) scrolls with the card
// instead of stretching the page below it.
const CARD =
  "relative max-h-full min-h-0 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:outline-sky-600";

/**
 * What the dataset says about one event, and the exact sentences of the articles that report it.
 * On a phone it is a bottom sheet over the page while an event is selected; on a wide screen it
 * stays in view beside the timeline; in an embed it is a card that scrolls on its own.
 */
export function EventDetails(props: EventDetailsProps) {
  const { event, layout = "sheet" } = props;
  const card = layout === "card";
  const ref = useRef<HTMLElement>(null);
  const details = useEventDetails(event?.id);
  // The details of a chosen event may arrive after the reader has moved on (typed in the search
  // box while its chunk loaded): they take focus only if it is still where the choice left it.
  // A layout effect, so it is read before the body's own effect asks.
  const focusAtRequest = useRef<Element | null>(null);
  useLayoutEffect(() => {
    focusAtRequest.current = document.activeElement;
  }, [props.focusRequest]);
  const mayTakeFocus = useCallback(
    () =>
      document.activeElement === focusAtRequest.current || document.activeElement === document.body,
    [],
  );
  // A panel that scrolls on its own (a card, the sheet, the side panel) keeps its scroll position
  // across events unless told: each event starts at its top.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [event?.id]);
  return (
    <section
      ref={ref}
      aria-label="Event details"
      // A card scrolls inside: keyboard users must be able to scroll it too.
      tabIndex={card && event ? 0 : undefined}
      className={`rounded-xl border border-slate-200 bg-surface shadow-sm ${
        card ? `p-4 ${CARD}` : `p-5 ${SHEET} ${event ? SHEET_OPEN : ""}`
      }`}
      data-sheet={event && !card ? "open" : "closed"}
    >
      {event && details.status !== "success" ? (
        <EventDetailsLoading event={event} state={details} onClose={props.onClose} />
      ) : event && details.status === "success" ? (
        // Keyed so that "Show in article" state does not leak from one event to the next.
        <EventDetailsBody
          key={event.id}
          event={details.event}
          articleById={details.articleById}
          topicLabel={props.topicLabel}
          neighbours={props.neighbours}
          onSelect={props.onSelect}
          onClose={props.onClose}
          focusRequest={props.focusRequest}
          mayTakeFocus={mayTakeFocus}
          evidenceFirst={card}
        />
      ) : (
        <p className="text-sm text-slate-600">
          Select an event on the timeline or in the list to see what happened, who took part, and
          the sentences of the articles that report it.
        </p>
      )}
    </section>
  );
}
