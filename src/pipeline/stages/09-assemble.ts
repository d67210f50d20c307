import {
  SCHEMA_VERSION,
  TOPICS,
  type Article,
  type Quote,
  type Source,
  type TimelineEvent,
} from "../../dataset/index.ts";
import type { ActorMention, EventDraft, MergedEvent, PipelineState, Stage } from "../types.ts";
import { eventType } from "../events/type.ts";
import { bestTrigger } from "../events/triggers.ts";
import { makeTitle } from "../events/title.ts";
import { WINDOW } from "../events/draft.ts";
import { FINENESS, interval } from "../util/dates.ts";
import { jsonDigest } from "../util/hash.ts";
import { eventIds } from "../merge/ids.ts";
import { mergedTopics } from "../topics/merged.ts";

const SUMMARY_MAX = 320;

function summaryOf(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= SUMMARY_MAX) return t;
  return `${t.slice(0, SUMMARY_MAX).replace(/\s+\S*$/, "")}…`;
}

/** The lead article's sentence holding its most specific trigger ("In a meeting today …"). */
function summarySentence(drafts: EventDraft[]): string {
  const triggers = drafts.flatMap((d) => d.triggers).sort((a, b) => a.start - b.start);
  const evidence = drafts.flatMap((d) => d.evidence);
  const best = bestTrigger(triggers);
  const hit = best && evidence.find((ev) => ev.start <= best.start && best.start < ev.end);
  return (hit ?? drafts[0]?.evidence[0])?.text ?? "";
}

/**
 * The reports whose date the cluster keeps: the most precise ones, among them those that report
 * the happening as done rather than planned (a preview's plan does not move it), and of those the
 * ones told by the story's own clock (a day "Beijing time" does not stretch it).
 */
function datingDrafts(drafts: EventDraft[]): EventDraft[] {
  const finest = Math.max(...drafts.map((d) => FINENESS[d.date.precision]));
  const precise = drafts.filter((d) => FINENESS[d.date.precision] === finest);
  const occurred = precise.filter((d) => d.status === "occurred");
  const pool = occurred.length ? occurred : precise;
  const ownClock = pool.filter((d) => !d.zoned);
  return ownClock.length ? ownClock : pool;
}

/**
 * The cluster's date: from its most precise reports (datingDrafts), the earliest start with its
 * words and basis, and the latest end. Coarser reports only agree with it; they never widen it.
 */
function mergedDate(drafts: EventDraft[]): TimelineEvent["date"] {
  const pool = datingDrafts(drafts);
  const first = [...pool].sort((a, b) =>
    a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0,
  )[0] as EventDraft;
  let end = first.date.end;
  for (const d of pool) {
    const [, hi] = interval(d.date.value, d.date.precision, d.date.end);
    if (first.date.precision === "day" && hi > first.date.value && hi > (end ?? "")) end = hi;
  }
  const rest = { ...first.date };
  delete rest.end;
  return end && end > first.date.value ? { ...rest, end } : rest;
}

/**
 * The first of each group of items that share a key, in order. A cluster of copies of one story
 * has hundreds of drafts: a key set keeps this linear where comparing with every kept item was not.
 */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One source per article, in the drafts' order, each holding its evidence once, in text order. */
function sourcesOf(drafts: readonly EventDraft[]): Source[] {
  const byArticle = new Map<string, { source: Source; starts: Set<number> }>();
  for (const d of drafts) {
    let entry = byArticle.get(d.articleId);
    if (!entry) {
      entry = { source: { articleId: d.articleId, evidence: [] }, starts: new Set() };
      byArticle.set(d.articleId, entry);
    }
    for (const ev of d.evidence)
      if (!entry.starts.has(ev.start)) {
        entry.starts.add(ev.start);
        entry.source.evidence.push(ev);
      }
  }
  const sources = [...byArticle.values()].map((e) => e.source);
  for (const s of sources) s.evidence.sort((a, b) => a.start - b.start);
  return sources;
}

function buildEvent(m: MergedEvent): Omit<TimelineEvent, "id"> & { signature: string } {
  const drafts = [...m.drafts].sort((a, b) =>
    a.articleId < b.articleId
      ? -1
      : a.articleId > b.articleId
        ? 1
        : (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
  );
  // Of the reports that date the cluster, the earliest leads (its words, place and summary).
  const lead = [...datingDrafts(drafts)].sort((a, b) =>
    a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0,
  )[0] as EventDraft;
  // A report that names who acted outweighs one that borrowed its actors from context: "China
  // suspended …" in one outlet and "exchanges between the two countries were suspended" in
  // another is China's act, not both governments'.
  const named = drafts.filter((d) => !d.borrowed && (d.actors.length || d.bodies?.length));
  const cast = named.length ? named : drafts;
  const mentions = firstOfEach(
    cast.flatMap((d) => d.actors),
    (a: ActorMention) => a.key,
  );
  const location = [lead, ...drafts].map((d) => d.location).find(Boolean);
  const triggers = drafts.flatMap((d) => d.triggers);
  const type = eventType(triggers, mentions, location);
  const topics = mergedTopics(drafts);
  const sources = sourcesOf(drafts);
  const quotes = firstOfEach(
    drafts.flatMap((d) => d.quotes),
    (q: Quote) => `${q.articleId}\u0000${q.start}`,
  );
  quotes.sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
  );
  const people = mentions.map((a) => a.actor);
  const bodies = firstOfEach(
    cast.flatMap((d) => d.bodies ?? []),
    (b: TimelineEvent["actors"][number]) => b.name,
  );
  // With no person named, the governments and bodies that acted are the actors; a body's
  // spokesperson speaks beside it.
  const spokenFor = cast.some((d) => d.spokenFor);
  const actors = !people.length ? bodies : spokenFor ? [...bodies, ...people] : people;
  const pick = <
    K extends "occasion" | "object" | "destination" | "counterpart" | "host" | "headline",
  >(
    k: K,
  ) => drafts.map((d) => d[k]).find(Boolean);
  const occasion = pick("occasion");
  // A plan that a later report tells as done happened.
  const status: EventDraft["status"] = drafts.some((d) => d.status === "occurred")
    ? "occurred"
    : "planned";
  const base = { type, location, topics, status };
  const parts = {
    people,
    occasion,
    object: pick("object"),
    destination: pick("destination"),
    counterpart: pick("counterpart"),
    host: pick("host"),
    headline: lead.headline,
    announced: lead.announced,
  };
  const confidence = Math.min(
    0.98,
    Math.max(...drafts.map((d) => d.confidence)) + 0.05 * (sources.length - 1),
  );
  const date = mergedDate(drafts);
  const signature = [
    date.value,
    type.cameo,
    actors
      .map((a) => a.name)
      .sort()
      .join("+"),
    occasion ?? "",
    location?.name ?? "",
    status,
  ].join("|");
  return {
    signature,
    title: makeTitle(base, parts),
    summary: summaryOf(summarySentence(drafts.filter((d) => d.articleId === lead.articleId))),
    date,
    status,
    type,
    actors,
    ...(location ? { location } : {}),
    topics,
    quotes,
    sources,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * Builds the published documents: one event per merged cluster, with content-derived ids that
 * are unique by construction (merge/ids.ts), sorted by date then id, and the articles sorted by
 * file name.
 */
export const assembleStage: Stage = {
  name: "assemble",
  run(state: PipelineState): PipelineState {
    const built = state.merged.map(buildEvent);
    const bodies = built.map(({ signature: _signature, ...event }) => event);
    const ids = eventIds(built, (i) => JSON.stringify(bodies[i]));
    const events: TimelineEvent[] = bodies
      .map((event, i) => ({ id: ids[i] as string, ...event }))
      .sort((a, b) =>
        a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1,
      );
    const articles: Article[] = [...state.articles]
      .sort((a, b) => (a.file < b.file ? -1 : 1))
      .map((a) => ({
        id: a.id,
        file: a.file,
        title: a.title,
        outlet: a.outlet,
        byline: a.byline,
        published: { value: a.published?.value ?? "", precision: a.published?.precision ?? "day" },
        ...(a.dateline ? { dateline: a.dateline } : {}),
        ...(a.url ? { url: a.url } : {}),
        sha256: a.sha256,
        text: a.text,
      }));
    // The digest covers everything a reader sees, so any change to the data changes the version.
    const version = jsonDigest({ events, articles }).slice(0, 12);
    return {
      ...state,
      output: {
        events: {
          schemaVersion: SCHEMA_VERSION,
          version,
          window: { ...WINDOW },
          topics: [...TOPICS],
          events,
        },
        articles: { schemaVersion: SCHEMA_VERSION, articles },
      },
    };
  },
};
