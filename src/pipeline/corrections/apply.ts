import {
  TOPIC_IDS,
  type CorrectedField,
  type CorrectionValues,
  type Quote,
  type RemovedEvent,
  type Source,
  type TimelineEvent,
} from "../../dataset/index.ts";
import { canonical } from "./expect.ts";
import { APPLY_ORDER, type Note, type Operation } from "./operations.ts";

type Mutable = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/** Marks a changed field with what the extraction (or the previous correction) said. */
function mark(event: Mutable, field: CorrectedField, extracted: unknown, note: Note): void {
  event.corrections = [
    ...(event.corrections ?? []),
    { field, ...(extracted === undefined ? {} : { extracted }), ...note },
  ];
}

/** Replaces a field, marking it, when the value really changes (`undefined` drops it). */
function change(
  event: Mutable,
  field: CorrectedField & keyof Mutable,
  next: unknown,
  note: Note,
): void {
  const fields = event as unknown as Record<string, unknown>;
  const before = fields[field];
  if (canonical(before ?? null) === canonical(next ?? null)) return;
  mark(event, field, before, note);
  // Only `location` is optional among the fields a correction can drop.
  if (next === undefined && field === "location") delete event.location;
  else fields[field] = next;
}

function setValues(event: Mutable, values: CorrectionValues, note: Note): void {
  const { date, location, ...rest } = values;
  if (date) {
    const { text } = event.date;
    change(event, "date", { ...date, text, basis: "corrected" }, note);
  }
  if (location !== undefined) change(event, "location", location ?? undefined, note);
  for (const [field, value] of Object.entries(rest))
    change(event, field as CorrectedField & keyof Mutable, value, note);
}

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const out = a.map((s) => ({ ...s, evidence: [...s.evidence] }));
  for (const source of b) {
    const same = out.find((s) => s.articleId === source.articleId);
    if (!same) {
      out.push(source);
      continue;
    }
    const seen = new Set(same.evidence.map(spanKey));
    same.evidence.push(...source.evidence.filter((e) => !seen.has(spanKey(e))));
    same.evidence.sort((x, y) => x.start - y.start);
  }
  return out;
}

const quoteKey = (q: Quote) => `${q.articleId}:${q.start}:${q.end}`;

/** One happening reported twice: the union of what both events say, under the target's id. */
function mergeInto(target: Mutable, absorbed: TimelineEvent, note: Note): void {
  mark(target, "merged", absorbed, note);
  change(target, "sources", mergeSources(target.sources, absorbed.sources), note);
  const quoted = new Set(target.quotes.map(quoteKey));
  const quotes = [...target.quotes, ...absorbed.quotes.filter((q) => !quoted.has(quoteKey(q)))];
  change(target, "quotes", quotes, note);
  const named = new Set(target.actors.map((a) => a.name));
  change(
    target,
    "actors",
    [...target.actors, ...absorbed.actors.filter((a) => !named.has(a.name))],
    note,
  );
  const topics = new Set([...target.topics, ...absorbed.topics]);
  change(
    target,
    "topics",
    TOPIC_IDS.filter((t) => topics.has(t)),
    note,
  );
  change(target, "confidence", Math.max(target.confidence, absorbed.confidence), note);
}

function detach(event: Mutable, articleId: string, note: Note): void {
  change(
    event,
    "sources",
    event.sources.filter((s) => s.articleId !== articleId),
    note,
  );
  change(
    event,
    "quotes",
    event.quotes.filter((q) => q.articleId !== articleId),
    note,
  );
}

const byDateThenId = (a: TimelineEvent, b: TimelineEvent) =>
  a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1;

/**
 * Applies conflict-free operations to the extracted events, kind by kind (APPLY_ORDER) and in
 * file order within a kind. Returns the events, sorted as the assemble stage sorts them, and the
 * removed events with their reasons.
 */
export function applyOperations(
  extracted: readonly TimelineEvent[],
  ops: readonly Operation[],
): { events: TimelineEvent[]; removed: RemovedEvent[] } {
  const events = new Map<string, Mutable>(extracted.map((e) => [e.id, { ...e }]));
  const removed: RemovedEvent[] = [];
  const get = (id: string) => events.get(id) as Mutable;
  for (const kind of APPLY_ORDER)
    for (const op of ops) {
      if (op.kind !== kind) continue;
      if (op.kind === "add") events.set(op.event.id, { ...op.event });
      else if (op.kind === "merge") {
        mergeInto(get(op.target), get(op.absorbed), op.note);
        events.delete(op.absorbed);
      } else if (op.kind === "detach") detach(get(op.target), op.articleId, op.note);
      else if (op.kind === "set") setValues(get(op.target), op.values, op.note);
      else {
        removed.push({ ...op.note, event: get(op.target) });
        events.delete(op.target);
      }
    }
  return {
    events: [...events.values()].sort(byDateThenId),
    removed: removed.sort((a, b) => byDateThenId(a.event, b.event)),
  };
}
