import {
  PRECISIONS,
  STATUSES,
  type EventIndexDocument,
  type FlatLists,
  type IndexedArticleColumns,
} from "./format.ts";
import { compareChronologically } from "./chronology.ts";
import type { LightEvent } from "./light-event.ts";
import {
  checkRagged,
  IndexColumnError,
  NO_END,
  sharedDates,
  sharedRows,
  type Ragged,
} from "./shared-rows.ts";

export type { Ragged } from "./shared-rows.ts";

/**
 * The index as the worker hands it to the page: numbers in typed arrays (moved, not copied,
 * by postMessage), lists of numbers flattened, strings as they are. What stays small (tables,
 * window, chunk names) goes as it is.
 */
export interface IndexTransfer {
  head: Omit<EventIndexDocument, "events" | "articles" | "order">;
  articles: IndexedArticleColumns;
  ids: string[];
  titles: string[];
  start: Int32Array;
  end: Int32Array;
  precision: Uint8Array;
  status: Uint8Array;
  type: Int32Array;
  confidence: Float64Array;
  topics: Ragged;
  actors: Ragged;
  sources: Ragged;
  /** The index's `order`: positions of the events in reading order. */
  order: Int32Array;
}

/** A flat column of lists as offsets and values (event i's: values[offsets[i] .. offsets[i + 1])). */
function ragged(lists: FlatLists): Ragged {
  const offsets = new Int32Array(lists.counts.length + 1);
  let total = 0;
  for (let i = 0; i < lists.counts.length; i++) {
    total += lists.counts[i] ?? 0;
    offsets[i + 1] = total;
  }
  return { offsets, values: Int32Array.from(lists.values) };
}

export function toTransfer(index: EventIndexDocument): IndexTransfer {
  const { events, articles, order, ...head } = index;
  return {
    head,
    articles,
    ids: events.id,
    titles: events.title,
    start: Int32Array.from(events.start),
    end: Int32Array.from(events.end, (d) => d ?? NO_END),
    precision: Uint8Array.from(events.precision),
    status: Uint8Array.from(events.status),
    type: Int32Array.from(events.type),
    confidence: Float64Array.from(events.confidence),
    topics: ragged(events.topics),
    actors: ragged(events.actors),
    sources: ragged(events.sources),
    order: Int32Array.from(order),
  };
}

/**
 * The same columns in typed arrays of their own, to hand over while keeping the originals:
 * moving a buffer leaves the sender's view of it empty.
 */
export function copyTransfer(t: IndexTransfer): IndexTransfer {
  const copy = (r: Ragged): Ragged => ({ offsets: r.offsets.slice(), values: r.values.slice() });
  return {
    ...t,
    start: t.start.slice(),
    end: t.end.slice(),
    precision: t.precision.slice(),
    status: t.status.slice(),
    type: t.type.slice(),
    confidence: t.confidence.slice(),
    topics: copy(t.topics),
    actors: copy(t.actors),
    sources: copy(t.sources),
    order: t.order.slice(),
  };
}

/** The buffers postMessage can move to the page instead of copying. */
export function transferables(t: IndexTransfer): ArrayBuffer[] {
  return [
    t.start,
    t.end,
    t.precision,
    t.status,
    t.type,
    t.confidence,
    t.topics.offsets,
    t.topics.values,
    t.actors.offsets,
    t.actors.values,
    t.sources.offsets,
    t.sources.values,
    t.order,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** Every per-event column has one entry per event, and every list stays inside its values. */
function checkColumns(t: IndexTransfer): void {
  const n = t.ids.length;
  const scalar = { titles: t.titles, start: t.start, end: t.end, precision: t.precision };
  const more = { status: t.status, type: t.type, confidence: t.confidence, order: t.order };
  for (const [field, values] of Object.entries({ ...scalar, ...more }))
    if (values.length !== n)
      throw new IndexColumnError(
        field,
        `expected ${n} entries (one per event), found ${values.length}`,
      );
  checkRagged(t.topics, n, "topics");
  checkRagged(t.actors, n, "actors");
  checkRagged(t.sources, n, "sources");
}

/**
 * The light events, in the index's order (that of events.json). What events have in common is
 * held once: table entries, dates, and lists of topics, actors and sources are shared (frozen),
 * which keeps 100,000 events small.
 */
export function lightEventsOf(t: IndexTransfer): LightEvent[] {
  checkColumns(t);
  const { tables } = t.head;
  const topicsOf = sharedRows(t.topics, tables.topics, "topics");
  const actorsOf = sharedRows(t.actors, tables.actors, "actors");
  const dateOf = sharedDates();
  const sourceRefs = t.articles.id.map((articleId) => Object.freeze({ articleId }));
  // Events drawn from one article share its list: most articles report several events.
  const sourcesOf = sharedRows(t.sources, sourceRefs, "sources");
  const events: LightEvent[] = new Array<LightEvent>(t.ids.length);
  for (let i = 0; i < t.ids.length; i++) {
    const precision = PRECISIONS[t.precision[i] ?? 0];
    if (!precision) throw new IndexColumnError(`precision.${i}`, "expected 0, 1 or 2");
    events[i] = {
      id: t.ids[i] as string,
      title: t.titles[i] as string,
      date: dateOf(t.start[i] ?? 0, t.end[i] ?? NO_END, precision),
      status: STATUSES[t.status[i] ?? 0] ?? "occurred",
      type: tables.types[t.type[i] ?? 0] as LightEvent["type"],
      topics: topicsOf(i),
      actors: actorsOf(i),
      sources: sourcesOf(i),
      confidence: t.confidence[i] ?? 0,
    };
  }
  return events;
}

/** Each indexed article's outlet (empty when it names none), as corroboration reads them. */
export function articleOutlets(
  t: Pick<IndexTransfer, "articles" | "head">,
): Map<string, { outlet: string }> {
  const outlets = t.head.tables.outlets;
  return new Map(
    t.articles.id.map((id, i) => {
      const outlet = t.articles.outlet[i] ?? -1;
      return [id, { outlet: outlet < 0 ? "" : (outlets[outlet] ?? "") }];
    }),
  );
}

/**
 * The light events in reading order, as the index's `order` lists them: checked in one pass
 * rather than sorted, an order that is not that of compareChronologically is refused naming its
 * first wrong entry (a position listed twice or out of range too).
 */
export function chronologicalOf(t: Pick<IndexTransfer, "order">, events: readonly LightEvent[]) {
  const sorted = new Array<LightEvent>(t.order.length);
  const listed = new Uint8Array(events.length);
  for (let i = 0; i < t.order.length; i++) {
    const at = t.order[i] ?? -1;
    const event = events[at];
    if (!event || listed[at]) throw new IndexColumnError(`order.${i}`, "expected each event once");
    listed[at] = 1;
    const before = sorted[i - 1];
    if (before && compareChronologically(before, event) > 0)
      throw new IndexColumnError(`order.${i}`, "the events are not in reading order here");
    sorted[i] = event;
  }
  return sorted;
}
