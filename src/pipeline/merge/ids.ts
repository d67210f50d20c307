import type { TimelineEvent } from "../../dataset/index.ts";
import { shortHash } from "../util/hash.ts";

/** What an event's id is derived from: its day and a signature of what it is. */
export interface IdParts {
  date: TimelineEvent["date"];
  /** Date, type, actors, occasion, place and status, joined (09-assemble.ts). */
  signature: string;
  sources: TimelineEvent["sources"];
}

/** The reports an event rests on: article ids and evidence offsets. No two clusters share one. */
const sourcesKey = (e: IdParts) =>
  e.sources
    .map((s) => `${s.articleId}:${s.evidence.map((ev) => `${ev.start}-${ev.end}`).join(",")}`)
    .sort()
    .join(";");

/**
 * Ids for events, unique by construction and derived from content only: `evt-<date>-<hash of
 * the signature>`. Distinct events with one signature (two reports of one meeting that the
 * merge kept apart, syndicated copies of one story) are told apart by their sources, never by
 * the order they were built in: the one with most sources, then the first by sources, keeps the
 * plain id (so adding an unrelated report rarely renames it); each other one adds a hash of its
 * sources, lengthened on the rare clash, then of its whole content, then, for events identical
 * in every published field, an ordinal among them. Returns one id per event, in input order.
 */
export function eventIds(events: readonly IdParts[], contentOf: (i: number) => string): string[] {
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => {
    const base = `evt-${e.date.value}-${shortHash(e.signature, 8)}`;
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  });
  const ids: string[] = new Array<string>(events.length);
  for (const [base, members] of groups) {
    if (members.length === 1) {
      ids[members[0] as number] = base;
      continue;
    }
    const keyed = members.map((i) => {
      const e = events[i] as IdParts;
      return { i, n: e.sources.length, key: sourcesKey(e), content: contentOf(i) };
    });
    keyed.sort((a, b) =>
      a.n !== b.n
        ? b.n - a.n
        : a.key !== b.key
          ? a.key < b.key
            ? -1
            : 1
          : a.content < b.content
            ? -1
            : a.content > b.content
              ? 1
              : 0,
    );
    const taken = new Set<string>([base]);
    ids[keyed[0]?.i as number] = base;
    for (const m of keyed.slice(1)) {
      const tries = [6, 10, 16].map((n) => `${base}-${shortHash(m.key, n)}`);
      tries.push(`${base}-${shortHash(`${m.key}\n${m.content}`, 16)}`);
      let id = tries.find((t) => !taken.has(t));
      for (let n = 2; !id; n++) if (!taken.has(`${tries[3]}-${n}`)) id = `${tries[3]}-${n}`;
      taken.add(id);
      ids[m.i] = id;
    }
  }
  return ids;
}
