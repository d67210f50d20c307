import { useEffect, useRef } from "react";
import type { LightEvent } from "../../../dataset/index.ts";
import { afterDrawComponent, FirstScreenPart } from "../../../lib/after-draw-component.tsx";
import type { Neighbours } from "../model/chronology.ts";

/**
 * The details themselves (with the article view, the corrections form, and TanStack Query that
 * fetches an event's chunks) are not needed for the first draw: they load once it is done,
 * before a reader is likely to click a mark. Only this panel's frame comes with the page.
 */
const EventDetailsContent = afterDrawComponent(
  () => import("./event-details-content.tsx"),
  "EventDetailsContent",
);

/**
 * A reader chose an event (a click, Enter): its details come into view and take the focus. A new
 * object each time, so choosing the same event again does it again.
 */
export interface FocusRequest {
  eventId: string;
  /**
   * Where the focus was at that moment. Details that arrive later (their code was still
   * loading) take it only from there, not from wherever the reader has gone since.
   */
  from: Element | null;
}

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
  /** Set when a reader chose an event: see FocusRequest. */
  focusRequest?: FocusRequest | undefined;
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
  // A panel that scrolls on its own (a card, the sheet, the side panel) keeps its scroll position
  // across events unless told: each event starts at its top.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [event?.id]);
  useEffect(() => EventDetailsContent.preload(), []);
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
      {event ? (
        <FirstScreenPart name="The event’s details" placeholder={<DetailsLoading />}>
          <EventDetailsContent
            event={event}
            topicLabel={props.topicLabel}
            neighbours={props.neighbours}
            onSelect={props.onSelect}
            onClose={props.onClose}
            focusRequest={props.focusRequest}
            evidenceFirst={card}
          />
        </FirstScreenPart>
      ) : (
        <p className="text-sm text-slate-600">
          Select an event on the timeline or in the list to see what happened, who took part, and
          the sentences of the articles that report it.
        </p>
      )}
    </section>
  );
}

/** While the details' code downloads (a link to an event opened before it came). */
function DetailsLoading() {
  return (
    <p role="status" className="text-sm text-slate-600">
      Loading the event’s details…
    </p>
  );
}
