import type { LightEvent } from "../../../dataset/index.ts";
import { eventInterval } from "./event-interval.ts";
import { ALL_EVENTS, bandKeyOf, bandsOf, type Band, type LaneMode } from "./lanes.ts";

/**
 * How a mark is drawn, the honest reading of its date: a `point` is one known day; a `range` is a
 * multi-day event (first to last day); a `span` is a date known only to the month or year, drawn
 * over the whole period it could have happened in.
 */
export type MarkKind = "point" | "range" | "span";

/**
 * How strongly the data supports an event, as the marks show it: reported by several outlets
 * (a ring), or of low confidence (faded). The shell works it out; the timeline only draws it.
 */
export interface MarkReading {
  articles: number;
  outlets: number;
  lowConfidence: boolean;
}

/** What an event is read as when the shell says nothing: one article, ordinary confidence. */
export const PLAIN_READING: MarkReading = { articles: 1, outlets: 1, lowConfidence: false };

/** An event with what every frame needs precomputed: its time extent, kind and band. */
export interface PreparedEvent {
  event: LightEvent;
  /** Half-open extent, epoch milliseconds. */
  start: number;
  end: number;
  kind: MarkKind;
  planned: boolean;
  reading: MarkReading;
  /** Reported by two outlets or more: drawn with a ring. */
  corroborated: boolean;
  /** Index into `PreparedEvents.bands`. */
  band: number;
}

export interface PreparedEvents {
  /** Sorted by start, then title and id, which is also the tab order of the marks. */
  items: PreparedEvent[];
  /** The bands that hold at least one event, in display order. */
  bands: Band[];
}

function kindOf(event: LightEvent): MarkKind {
  if (event.date.precision !== "day") return "span";
  return event.date.end !== undefined && event.date.end !== event.date.value ? "range" : "point";
}

/**
 * Parses every date once per dataset, lane mode or filter change, not once per frame: a zoom
 * gesture re-lays out 100,000 events sixty times a second and must only do arithmetic.
 */
export function prepareEvents(
  events: readonly LightEvent[],
  mode: LaneMode,
  topicOf?: (event: LightEvent) => string | undefined,
  readingOf?: (event: LightEvent) => MarkReading,
): PreparedEvents {
  const all = bandsOf(mode);
  const indexOf = new Map(all.map((band, i) => [band.key, i]));
  const used = new Uint8Array(all.length);
  const items = new Array<PreparedEvent>(events.length);
  // Events in date order come a day's worth at a time, sharing one date object (the index holds
  // one per distinct date): its extent and kind are looked up once per run of them.
  let date: LightEvent["date"] | undefined;
  let start = 0;
  let end = 0;
  let kind: MarkKind = "point";
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LightEvent;
    if (event.date !== date) {
      date = event.date;
      const interval = eventInterval(date);
      start = interval.start.getTime();
      end = interval.end.getTime();
      kind = kindOf(event);
    }
    const band = indexOf.get(bandKeyOf(event, mode, topicOf)) ?? all.length - 1;
    used[band] = 1;
    const reading = readingOf?.(event) ?? PLAIN_READING;
    items[i] = {
      event,
      reading,
      corroborated: reading.outlets >= 2,
      start,
      end,
      kind,
      planned: event.status === "planned",
      band,
    };
  }
  // Bands no event falls in are left out: the others close up, in display order.
  const kept: number[] = [];
  const remap = new Int32Array(all.length);
  used.forEach((isUsed, band) => {
    if (!isUsed) return;
    remap[band] = kept.length;
    kept.push(band);
  });
  for (const item of items) item.band = remap[item.band] ?? 0;
  items.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      (a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0) ||
      (a.event.id < b.event.id ? -1 : 1),
  );
  return { items, bands: kept.map((i) => all[i] ?? ALL_EVENTS) };
}
