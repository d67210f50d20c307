import type { Article, CorrectionEntry, TimelineEvent } from "../../dataset/index.ts";
import { addedEvent } from "./added-event.ts";
import { articleFinder, resolveAnchor, sentenceIndex, type SentenceIndex } from "./anchor.ts";
import { staleFields } from "./expect.ts";
import type { LoadedEntry } from "./load.ts";
import type { Note, Operation } from "./operations.ts";

export interface Plan {
  ops: Operation[];
  /** Entries left unapplied (their event is gone or changed), by file and line. */
  unapplied: { where: string; message: string }[];
}

/**
 * Resolves every entry against the events as extracted: the events its anchors name, and
 * whether they still hold the values the entry expects. An entry that cannot be resolved exactly
 * is reported and left out; it is never applied to another event.
 */
export function planCorrections(
  entries: readonly LoadedEntry[],
  events: readonly TimelineEvent[],
  articles: readonly Article[],
): Plan {
  const findArticle = articleFinder(articles);
  const ids = new Set(events.map((e) => e.id));
  const index = sentenceIndex(events);
  const plan: Plan = { ops: [], unapplied: [] };
  for (const { entry, where } of entries) {
    const note: Note = {
      reason: entry.reason,
      ...(entry.author ? { author: entry.author } : {}),
      entry: where,
    };
    const result = operationOf(entry, note, index, findArticle, ids);
    if (typeof result === "string")
      plan.unapplied.push({ where, message: `${result}; not applied` });
    else plan.ops.push(result);
  }
  return plan;
}

function operationOf(
  entry: CorrectionEntry,
  note: Note,
  index: SentenceIndex,
  findArticle: (name: string) => Article | undefined,
  ids: ReadonlySet<string>,
): Operation | string {
  if (entry.action === "add") {
    const added = addedEvent(entry, note, findArticle);
    if (!added.ok) return added.problem;
    if (ids.has(added.event.id)) return `an event with the id ${added.event.id} already exists`;
    return { kind: "add", note, event: added.event };
  }
  const found = resolveAnchor(entry.event, index, findArticle);
  if (!found.ok) return found.problem;
  const target = found.event;
  const stale = staleFields(target, entry.expect);
  if (stale.length)
    return `${target.id} changed since this correction was written: ${stale.join("; ")}`;
  switch (entry.action) {
    case "set":
      return { kind: "set", note, target: target.id, values: entry.set };
    case "remove":
      return { kind: "remove", note, target: target.id };
    case "merge": {
      const other = resolveAnchor(entry.with, index, findArticle);
      if (!other.ok) return `"with": ${other.problem}`;
      if (other.event.id === target.id) return `both anchors name ${target.id}: nothing to merge`;
      return { kind: "merge", note, target: target.id, absorbed: other.event.id };
    }
    case "detach": {
      const article = findArticle(entry.source);
      if (!article) return `article ${entry.source} is not in the corpus`;
      if (!target.sources.some((s) => s.articleId === article.id))
        return `${target.id} does not cite ${article.file}`;
      if (target.sources.length === 1)
        return `${article.file} is the only source of ${target.id}: remove the event instead`;
      return { kind: "detach", note, target: target.id, articleId: article.id };
    }
  }
}
