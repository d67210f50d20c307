import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { LightEvent } from "../../../dataset/index.ts";
import { formatEventDate } from "../../../lib/format-event-date.ts";
import { listHeight, ROW_HEIGHT, VIEWPORT_HEIGHT } from "../model/list-size.ts";
import { rowWindow, scrollTopToShow } from "../model/windowing.ts";

interface EventListProps {
  /** The filtered events, in the order to list them (by date, or best search match first). */
  events: readonly LightEvent[];
  /** What the order is, for the list's name; default "Events in date order". */
  label?: string;
  selectedId: string | undefined;
  /** `browse` is true for arrow-key stepping, which the caller may keep out of the history. */
  onSelect: (eventId: string, browse: boolean) => void;
  colorOf: (event: LightEvent) => string;
  /** How many articles and outlets report an event, and whether its confidence is low. */
  readingOf?: (event: LightEvent) => RowReading;
}

/** What a row says of how an event is reported (the shell works it out). */
export interface RowReading {
  articles: number;
  outlets: number;
  lowConfidence: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const OVERSCAN = 4;

/**
 * The filtered events as a list, selection shared with the timeline. A listbox whose rows are
 * virtual: only those in view are in the DOM, positioned inside a spacer as tall as the whole
 * list, so 100,000 events cost what 15 do. Focus stays on the listbox and
 * aria-activedescendant names the selected row (the ARIA pattern that works with rows that come
 * and go), while each row still says where it is in the whole (aria-posinset / aria-setsize).
 */
export function EventList({
  events,
  label = "Events in date order",
  selectedId,
  onSelect,
  colorOf,
  readingOf,
}: EventListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const indexById = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const active = selectedId === undefined ? -1 : (indexById.get(selectedId) ?? -1);
  const { start, end, totalHeight } = rowWindow({
    count: events.length,
    rowHeight: ROW_HEIGHT,
    viewportHeight: VIEWPORT_HEIGHT,
    scrollTop,
    overscan: OVERSCAN,
  });

  // A selection made elsewhere (timeline, URL, prev/next) scrolls its row into view.
  useEffect(() => {
    const list = listRef.current;
    if (!list || active < 0) return;
    const top = scrollTopToShow(active, ROW_HEIGHT, list.clientHeight, list.scrollTop);
    if (top !== list.scrollTop) list.scrollTop = top;
  }, [active]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(VIEWPORT_HEIGHT / ROW_HEIGHT) - 1);
    const last = events.length - 1;
    const target: Record<string, number> = {
      ArrowDown: active < 0 ? 0 : Math.min(last, active + 1),
      ArrowUp: active < 0 ? 0 : Math.max(0, active - 1),
      PageDown: Math.min(last, Math.max(0, active) + page),
      PageUp: Math.max(0, active - page),
      Home: 0,
      End: last,
    };
    const index = target[e.key];
    if (index === undefined || last < 0) return;
    e.preventDefault();
    const event = events[index];
    if (event && index !== active) onSelect(event.id, true);
  };

  return (
    <div
      ref={listRef}
      role="listbox"
      aria-label={`${label} (${events.length})`}
      aria-activedescendant={active >= start && active < end ? rowId(events[active]) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ height: listHeight(events.length) }}
      className="group relative overflow-y-auto overscroll-contain rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      data-testid="event-list"
    >
      <div role="presentation" style={{ height: totalHeight }} className="relative">
        {events.slice(start, end).map((event, offset) => {
          const index = start + offset;
          const selected = index === active;
          const reading = readingOf?.(event);
          return (
            <div
              key={event.id}
              id={rowId(event)}
              role="option"
              aria-selected={selected}
              aria-posinset={index + 1}
              aria-setsize={events.length}
              data-event-id-row={event.id}
              onClick={() => onSelect(event.id, false)}
              style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
              className={`absolute inset-x-0 flex cursor-pointer items-center gap-3 border-b border-slate-100 px-3 ${
                selected
                  ? "bg-amber-100 group-focus-visible:outline-2 group-focus-visible:-outline-offset-2 group-focus-visible:outline-sky-600"
                  : "hover:bg-slate-50"
              }`}
            >
              <span
                aria-hidden="true"
                className="inline-block size-2.5 shrink-0 rounded-full"
                style={{
                  backgroundColor: colorOf(event),
                  opacity: reading?.lowConfidence ? 0.45 : 1,
                }}
              />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-slate-900">
                  {event.title}
                </span>
                <span className="block truncate text-xs text-slate-600">
                  {formatEventDate(event.date)}
                  {event.status === "planned" ? " · planned" : ""}
                  {reading && (
                    <span data-testid="row-sources">
                      {" · "}
                      {plural(reading.articles, "article", "articles")},{" "}
                      {plural(reading.outlets, "outlet", "outlets")}
                    </span>
                  )}
                  {reading?.lowConfidence && (
                    <span className="font-medium text-amber-900"> · low confidence</span>
                  )}
                </span>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

const rowId = (event: LightEvent | undefined) => (event ? `list-row-${event.id}` : undefined);
