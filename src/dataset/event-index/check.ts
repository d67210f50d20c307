import { TOPIC_IDS } from "../topics.ts";
import {
  CHUNK_FORMAT,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  PRECISIONS,
  STATUSES,
  type EventIndexDocument,
} from "./format.ts";

/** A file of the index that is not what the format says: names the file and the field. */
export class IndexFormatError extends Error {
  constructor(
    readonly fileName: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${fileName} is not a valid timeline index: ${field}: ${problem}`);
    this.name = "IndexFormatError";
  }
}

type Fail = (field: string, problem: string) => never;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function record(value: unknown, field: string, fail: Fail): Record<string, unknown> {
  return isRecord(value) ? value : fail(field, "expected an object");
}

function list(value: unknown, field: string, fail: Fail, length?: number): unknown[] {
  if (!Array.isArray(value)) return fail(field, "expected an array");
  if (length !== undefined && value.length !== length)
    fail(field, `expected ${length} entries (one per event or article), found ${value.length}`);
  return value;
}

/** Each entry of a column passes `ok`, else the first that fails is named. */
function column<T>(
  value: unknown,
  field: string,
  fail: Fail,
  length: number | undefined,
  ok: (entry: unknown) => boolean,
  expected: string,
): T[] {
  const entries = list(value, field, fail, length);
  for (let i = 0; i < entries.length; i++)
    if (!ok(entries[i])) fail(`${field}.${i}`, `expected ${expected}`);
  return entries as T[];
}

const isString = (v: unknown) => typeof v === "string";
const position = (size: number) => (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v < size;
const isDay = (v: unknown) => typeof v === "number" && Number.isInteger(v);

/**
 * A flat column of lists (format.ts FlatLists): one count per event, a whole number, and as many
 * values in all as the counts add up to, each a position in a table of `size`.
 */
function flatLists(
  value: unknown,
  field: string,
  fail: Fail,
  events: number,
  size: number,
  expected: string,
): void {
  const lists = record(value, field, fail);
  const counts = list(lists.counts, `${field}.counts`, fail, events);
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(typeof count === "number" && Number.isInteger(count) && count >= 0))
      fail(`${field}.counts.${i}`, "expected a whole number of entries");
    total += count as number;
  }
  const values = list(lists.values, `${field}.values`, fail);
  if (values.length !== total)
    fail(`${field}.values`, `expected ${total} entries (the counts' sum), found ${values.length}`);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!(typeof v === "number" && Number.isInteger(v) && v >= 0 && v < size))
      fail(`${field}.values.${k}`, `expected ${expected}`);
  }
}

/**
 * Checks a parsed index.json against its format (README, "The index and its chunks") and
 * returns it typed. Every column is checked entry by entry (plain loops: 100,000 events take a
 * few milliseconds), so a broken file fails here with its field named instead of drawing wrong.
 */
export function checkEventIndex(input: unknown, fileName = "index.json"): EventIndexDocument {
  const fail: Fail = (field, problem) => {
    throw new IndexFormatError(fileName, field, problem);
  };
  const doc = record(input, "(root)", fail);
  if (doc.format !== INDEX_FORMAT) fail("format", `expected "${INDEX_FORMAT}"`);
  if (doc.formatVersion !== INDEX_FORMAT_VERSION)
    fail("formatVersion", `expected ${INDEX_FORMAT_VERSION} (this app reads no other)`);
  if (doc.schemaVersion !== 1) fail("schemaVersion", "expected 1");
  if (doc.version !== undefined && !isString(doc.version)) fail("version", "expected a string");
  const window = record(doc.window, "window", fail);
  if (!isString(window.start) || !isString(window.end))
    fail("window", "expected start and end ISO days");
  column(doc.topics, "topics", fail, undefined, (t) => isRecord(t) && isString(t.id), "a topic");
  if (typeof doc.corrected !== "boolean") fail("corrected", "expected true or false");

  const tables = record(doc.tables, "tables", fail);
  const known = new Set<string>(TOPIC_IDS);
  const topicTable = column<string>(
    tables.topics,
    "tables.topics",
    fail,
    undefined,
    (t) => known.has(t as string),
    "a topic id",
  );
  const actorTable = column(
    tables.actors,
    "tables.actors",
    fail,
    undefined,
    (a) => isRecord(a) && isString(a.name) && (a.country === undefined || isString(a.country)),
    "{ name, country? }",
  );
  const typeTable = column(
    tables.types,
    "tables.types",
    fail,
    undefined,
    (t) => isRecord(t) && isString(t.cameo) && isString(t.label),
    "{ cameo, label }",
  );
  const outletTable = column(
    tables.outlets,
    "tables.outlets",
    fail,
    undefined,
    isString,
    "an outlet name",
  );

  const chunks = record(doc.chunks, "chunks", fail);
  if (!position(Number.MAX_SAFE_INTEGER)(chunks.eventsPerChunk) || chunks.eventsPerChunk === 0)
    fail("chunks.eventsPerChunk", "expected a positive whole number");
  const eventChunks = column(
    chunks.events,
    "chunks.events",
    fail,
    undefined,
    isString,
    "a file name",
  );
  const articleChunks = column(
    chunks.articles,
    "chunks.articles",
    fail,
    undefined,
    isString,
    "a file name",
  );
  if (!isString(chunks.removed)) fail("chunks.removed", "expected a file name");

  const articles = record(doc.articles, "articles", fail);
  const articleIds = column(articles.id, "articles.id", fail, undefined, isString, "an article id");
  const articleCount = articleIds.length;
  column(
    articles.outlet,
    "articles.outlet",
    fail,
    articleCount,
    (v) => v === -1 || position(outletTable.length)(v),
    "a position in tables.outlets or -1",
  );
  column(
    articles.chunk,
    "articles.chunk",
    fail,
    articleCount,
    (v) => v === -1 || position(articleChunks.length)(v),
    "a position in chunks.articles or -1",
  );

  const events = record(doc.events, "events", fail);
  const ids = column(events.id, "events.id", fail, undefined, isString, "an event id");
  const n = ids.length;
  if (eventChunks.length !== Math.ceil(n / (chunks.eventsPerChunk as number)))
    fail("chunks.events", `expected one file per ${String(chunks.eventsPerChunk)} events`);
  column(events.title, "events.title", fail, n, isString, "a title");
  column(events.start, "events.start", fail, n, isDay, "a day number");
  column(events.end, "events.end", fail, n, (v) => v === null || isDay(v), "a day number or null");
  column(
    events.precision,
    "events.precision",
    fail,
    n,
    position(PRECISIONS.length),
    "0 (day), 1 (month) or 2 (year)",
  );
  column(
    events.status,
    "events.status",
    fail,
    n,
    position(STATUSES.length),
    "0 (occurred) or 1 (planned)",
  );
  column(
    events.type,
    "events.type",
    fail,
    n,
    position(typeTable.length),
    "a position in tables.types",
  );
  flatLists(
    events.topics,
    "events.topics",
    fail,
    n,
    topicTable.length,
    "a position in tables.topics",
  );
  flatLists(
    events.actors,
    "events.actors",
    fail,
    n,
    actorTable.length,
    "a position in tables.actors",
  );
  flatLists(events.sources, "events.sources", fail, n, articleCount, "a position in articles");
  const order = list(doc.order, "order", fail, n);
  const listed = new Uint8Array(n);
  const inEvents = position(n);
  for (let i = 0; i < n; i++) {
    const at = order[i];
    if (!inEvents(at)) fail(`order.${i}`, "expected a position in events");
    if (listed[at as number]) fail(`order.${i}`, `position ${String(at)} is listed twice`);
    listed[at as number] = 1;
  }
  column(
    events.confidence,
    "events.confidence",
    fail,
    n,
    (v) => typeof v === "number" && v >= 0 && v <= 1,
    "a number from 0 to 1",
  );
  return doc as unknown as EventIndexDocument;
}

/**
 * Checks the head of a chunk: its format, that it holds `field` as an array, and that it comes
 * from the same run as the index (a chunk of another version means the data is being updated).
 * The entries themselves are checked against the contract by the caller.
 */
export function checkChunkHead(
  input: unknown,
  fileName: string,
  field: "events" | "articles" | "removed",
  indexVersion: string | undefined,
): unknown[] {
  const fail: Fail = (f, problem) => {
    throw new IndexFormatError(fileName, f, problem);
  };
  const doc = record(input, "(root)", fail);
  if (doc.format !== CHUNK_FORMAT) fail("format", `expected "${CHUNK_FORMAT}"`);
  if (doc.version !== indexVersion)
    fail(
      "version",
      `expected ${String(indexVersion)} as in the index, found ${String(doc.version)}: the ` +
        `data is being updated, or an update was interrupted; reload in a moment`,
    );
  return list(doc[field], field, fail);
}
