import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { TimelineEvent } from "../../../dataset/index.ts";
import { formatEventDate } from "../../../lib/format-event-date.ts";
import { rowWindow, scrollTopToShow } from "../model/windowing.ts";

interface EventListProps {
  /** The filtered events, in chronological order. */
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  /** `browse` is true for arrow-key stepping, which the caller may keep out of the history. */
  onSelect: (eventId: string, browse: boolean) => void;
  colorOf: (event: TimelineEvent) => string;
}

const ROW_HEIGHT = 56;
const VIEWPORT_HEIGHT = 448;
const OVERSCAN = 4;

/**
 * The filtered events as a list, selection shared with the timeline. A listbox whose rows are
 * virtual: only those in view are in the DOM, positioned inside a spacer as tall as the whole
 * list, so 100,000 events cost what 15 do. Focus stays on the listbox and
 * aria-activedescendant names the selected row (the ARIA pattern that works with rows that come
 * and go), while each row still says where it is in the whole (aria-posinset / aria-setsize).
 */
export function EventList({ events, selectedId, onSelect, colorOf }: EventListProps) {
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
      aria-label={`Events in date order (${events.length})`}
      aria-activedescendant={active >= start && active < end ? rowId(events[active]) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ height: Math.min(VIEWPORT_HEIGHT, Math.max(totalHeight, ROW_HEIGHT)) }}
      className="group relative overflow-y-auto overscroll-contain rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      data-testid="event-list"
    >
      <div role="presentation" style={{ height: totalHeight }} className="relative">
        {events.slice(start, end).map((event, offset) => {
          const index = start + offset;
          const selected = index === active;
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
                style={{ backgroundColor: colorOf(event) }}
              />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-slate-900">
                  {event.title}
                </span>
                <span className="block text-xs text-slate-600">
                  {formatEventDate(event.date)}
                  {event.status === "planned" ? " · planned" : ""}
                </span>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

const rowId = (event: TimelineEvent | undefined) => (event ? `list-row-${event.id}` : undefined);
