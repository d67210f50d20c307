import { isoDayOf, isoPrefixOf } from "./day-number.ts";
import {
  PRECISIONS,
  STATUSES,
  type EventIndexDocument,
  type IndexedArticleColumns,
} from "./format.ts";
import type { LightEvent } from "./light-event.ts";

/** A column of lists, flat: the entries of row i are values[offsets[i] .. offsets[i + 1]). */
export interface Ragged {
  offsets: Int32Array;
  values: Int32Array;
}

/** `end` of an event that names no last day. */
const NO_END = -0x80000000;

/**
 * The index as the worker hands it to the page: numbers in typed arrays (moved, not copied,
 * by postMessage), lists of numbers flattened, strings as they are. What stays small (tables,
 * window, chunk names) goes as it is.
 */
export interface IndexTransfer {
  head: Omit<EventIndexDocument, "events" | "articles">;
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
}

function ragged(rows: readonly (readonly number[])[]): Ragged {
  const offsets = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, i) => {
    total += row.length;
    offsets[i + 1] = total;
  });
  const values = new Int32Array(total);
  rows.forEach((row, i) => values.set(row, offsets[i]));
  return { offsets, values };
}

export function toTransfer(index: EventIndexDocument): IndexTransfer {
  const { events, articles, ...head } = index;
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
  ].map((a) => a.buffer as ArrayBuffer);
}

function rowOf<T>(column: Ragged, i: number, table: readonly T[]): T[] {
  const row: T[] = [];
  for (let k = column.offsets[i] ?? 0; k < (column.offsets[i + 1] ?? 0); k++)
    row.push(table[column.values[k] ?? 0] as T);
  return row;
}

/**
 * The light events, in the index's order (that of events.json). Table entries are shared, not
 * copied: every event of one actor points at one object, which keeps 100,000 events small.
 */
export function lightEventsOf(t: IndexTransfer): LightEvent[] {
  const { tables } = t.head;
  const sourceRefs = t.articles.id.map((articleId) => ({ articleId }));
  const events: LightEvent[] = new Array<LightEvent>(t.ids.length);
  for (let i = 0; i < t.ids.length; i++) {
    const precision = PRECISIONS[t.precision[i] ?? 0] ?? "day";
    const end = t.end[i] ?? NO_END;
    events[i] = {
      id: t.ids[i] as string,
      title: t.titles[i] as string,
      date:
        end === NO_END
          ? { value: isoPrefixOf(t.start[i] ?? 0, precision), precision }
          : { value: isoPrefixOf(t.start[i] ?? 0, precision), precision, end: isoDayOf(end) },
      status: STATUSES[t.status[i] ?? 0] ?? "occurred",
      type: tables.types[t.type[i] ?? 0] as LightEvent["type"],
      topics: rowOf(t.topics, i, tables.topics),
      actors: rowOf(t.actors, i, tables.actors),
      sources: rowOf(t.sources, i, sourceRefs),
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
