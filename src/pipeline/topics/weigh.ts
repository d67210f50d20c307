import { TOPIC_IDS, type TopicId } from "../../dataset/index.ts";
import type { TopicWeights } from "../types.ts";
import { NOT_TOPIC, TOPIC_LEXICON } from "../lexicon/topics.ts";
import { remembered } from "../util/remembered.ts";

export type { TopicWeights };

/**
 * The weight that makes a topic the event's own. The narrator naming a topic once in an evidence
 * sentence ("They also spoke about maritime areas") reaches it; a speaker naming it in passing
 * ("from North Korea to cyberspace") does not, unless the speakers come back to it.
 */
export const STRONG = 2;
/** A narrator's mention: the reporter's own account of what the event was about. */
export const NARRATED = 2;
/** A speaker's mention inside a quotation: one remark among many. */
export const QUOTED = 1;

const GLOBAL: Record<TopicId, RegExp> = Object.fromEntries(
  TOPIC_IDS.map((id) => [id, new RegExp(TOPIC_LEXICON[id].source, "gi")]),
) as Record<TopicId, RegExp>;

const MASKS: Partial<Record<TopicId, RegExp>> = Object.fromEntries(
  Object.entries(NOT_TOPIC).map(([id, re]) => [id, new RegExp(re.source, "gi")]),
);

/**
 * Counts of recent texts: the topics stage asks about each sentence several times. Bounded, so the
 * texts it keeps (and the articles they are cut from) can be freed.
 */
const RECENT_MAX = 512;
const recentCounts = remembered(countTopics, RECENT_MAX);

/** How often each topic's terms occur in a text (words that only name a forum masked first). */
export function topicCounts(text: string): Map<TopicId, number> {
  return new Map(recentCounts(text));
}

function countTopics(text: string): ReadonlyMap<TopicId, number> {
  const out = new Map<TopicId, number>();
  for (const id of TOPIC_IDS) {
    const mask = MASKS[id];
    const t = mask ? text.replace(mask, " ") : text;
    const n = t.match(GLOBAL[id])?.length ?? 0;
    if (n) out.set(id, n);
  }
  return out;
}

/** Adds `n` mentions of each topic of `counts` at `weight` each. */
export function addWeights(into: TopicWeights, counts: Map<TopicId, number>, weight: number): void {
  for (const [id, n] of counts) into[id] = (into[id] ?? 0) + n * weight;
}

/** Sums several weight tables (the drafts of one merged event). */
export function sumWeights(tables: TopicWeights[]): TopicWeights {
  const out: TopicWeights = {};
  for (const t of tables)
    for (const id of TOPIC_IDS) if (t[id]) out[id] = (out[id] ?? 0) + (t[id] ?? 0);
  return out;
}

/**
 * The topics an event is about, in display order: those reaching STRONG; where none does, the
 * best-supported ones, so an event with only passing mentions still gets its likeliest topic.
 */
export function selectTopics(weights: TopicWeights): TopicId[] {
  const max = Math.max(0, ...TOPIC_IDS.map((id) => weights[id] ?? 0));
  if (max <= 0) return [];
  const floor = max >= STRONG ? STRONG : max;
  return TOPIC_IDS.filter((id) => (weights[id] ?? 0) >= floor);
}
