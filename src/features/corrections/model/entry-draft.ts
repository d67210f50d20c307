import {
  correctionEntrySchema,
  type Actor,
  type Article,
  type CorrectionAnchor,
  type CorrectionEntry,
  type CorrectionValues,
  type Precision,
  type TimelineEvent,
  type TopicId,
} from "../../../dataset/index.ts";
import { extractedValue, firstCorrection } from "./correction-values.ts";

/** What the "Suggest a correction" form holds: the event's values as the reader edits them. */
export interface CorrectionDraft {
  action: "set" | "remove" | "merge";
  date: { value: string; precision: Precision; end: string };
  title: string;
  /** One actor name per line. */
  actors: string;
  topics: readonly TopicId[];
  /** The event to merge into this one. */
  mergeWith: TimelineEvent | undefined;
  reason: string;
  author: string;
}

/** The form's starting point: the event's values as shown. */
export function draftOf(event: TimelineEvent): CorrectionDraft {
  return {
    action: "set",
    date: {
      value: event.date.value,
      precision: event.date.precision,
      end: event.date.end ?? "",
    },
    title: event.title,
    actors: event.actors.map((a) => a.name).join("\n"),
    topics: event.topics as TopicId[],
    mergeWith: undefined,
    reason: "",
    author: "",
  };
}

/**
 * Names an event the way the pipeline finds it again: the file of its first extracted source,
 * that source's first sentence, and its id.
 */
export function anchorOf(
  event: TimelineEvent,
  articleById: ReadonlyMap<string, Article>,
): CorrectionAnchor | undefined {
  const source = extractedValue(event, "sources")[0];
  const sentence = source?.evidence[0]?.text;
  if (!source || !sentence) return undefined;
  return {
    article: articleById.get(source.articleId)?.file ?? source.articleId,
    sentence,
    id: event.id,
  };
}

function actorsOf(text: string, known: readonly Actor[]): Actor[] {
  const names = [
    ...new Set(
      text
        .split("\n")
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  return names.map((name) => known.find((a) => a.name === name) ?? { name });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the draft changes, and the values the extraction gave them. */
function changes(event: TimelineEvent, draft: CorrectionDraft) {
  const set: CorrectionValues = {};
  const expect: CorrectionValues = {};
  const { value, precision, end } = draft.date;
  const date = { value: value.trim(), precision, ...(end.trim() ? { end: end.trim() } : {}) };
  const shown = event.date;
  if (
    !same(date, {
      value: shown.value,
      precision: shown.precision,
      ...(shown.end ? { end: shown.end } : {}),
    })
  ) {
    const was = extractedValue(event, "date");
    set.date = date;
    expect.date = {
      value: was.value,
      precision: was.precision,
      ...(was.end ? { end: was.end } : {}),
    };
  }
  if (draft.title.trim() !== event.title) {
    set.title = draft.title.trim();
    expect.title = extractedValue(event, "title");
  }
  const actors = actorsOf(draft.actors, event.actors);
  if (!same(actors, event.actors)) {
    set.actors = actors;
    expect.actors = extractedValue(event, "actors");
  }
  if (!same([...draft.topics].sort(), [...event.topics].sort())) {
    set.topics = [...draft.topics];
    expect.topics = extractedValue(event, "topics") as TopicId[];
  }
  return { set, expect };
}

export type DraftResult =
  { ok: true; entry: CorrectionEntry; text: string } | { ok: false; problem: string };

/**
 * The entry to paste into a corrections file, with its anchor and the extracted values it
 * corrects filled in; or what the reader must still do. The entry is checked with the same
 * schema the pipeline reads it with, so what the form gives is what the next run accepts.
 */
export function correctionEntry(
  event: TimelineEvent,
  draft: CorrectionDraft,
  articleById: ReadonlyMap<string, Article>,
): DraftResult {
  if (firstCorrection(event, "added"))
    return { ok: false, problem: "This event was added by hand: edit its entry instead." };
  const anchor = anchorOf(event, articleById);
  if (!anchor) return { ok: false, problem: "This event has no evidence sentence to name it by." };
  const note = {
    reason: draft.reason.trim(),
    ...(draft.author.trim() ? { author: draft.author.trim() } : {}),
  };
  let raw: unknown;
  if (draft.action === "remove")
    raw = {
      action: "remove",
      event: anchor,
      expect: { title: extractedValue(event, "title") },
      ...note,
    };
  else if (draft.action === "merge") {
    const other = draft.mergeWith && anchorOf(draft.mergeWith, articleById);
    if (!other) return { ok: false, problem: "Pick the event to merge with this one." };
    if (other.id === anchor.id) return { ok: false, problem: "Pick another event than this one." };
    raw = { action: "merge", event: anchor, with: other, ...note };
  } else {
    const { set, expect } = changes(event, draft);
    if (!Object.keys(set).length) return { ok: false, problem: "Change a value first." };
    raw = { action: "set", event: anchor, expect, set, ...note };
  }
  if (!note.reason) return { ok: false, problem: "Say why: a correction needs a reason." };
  const parsed = correctionEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join(".")}: ${issue?.message}` };
  }
  return { ok: true, entry: parsed.data, text: JSON.stringify(parsed.data, null, 2) };
}
