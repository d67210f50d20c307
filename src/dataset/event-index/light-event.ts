import type { TopicId } from "../topics.ts";
import type { Precision } from "../types.ts";
import type { IndexedActor, IndexedType } from "./format.ts";

/**
 * An event as the index carries it: what the timeline, the filters, the counts, the list and
 * story mode read. A subset of the contract's TimelineEvent (a full event passes wherever a light
 * one is asked for); the rest (summary, quotes, evidence, roles, location, correction marks) is
 * in the event's details chunk.
 */
export interface LightEvent {
  id: string;
  title: string;
  date: { value: string; precision: Precision; end?: string };
  status: "occurred" | "planned";
  type: IndexedType;
  topics: TopicId[];
  actors: IndexedActor[];
  /** One per source of the event, in its order: counts and outlets are read from these. */
  sources: { articleId: string }[];
  confidence: number;
}

/** An event's date as the index carries it: what drawing and formatting it need. */
export type LightDate = LightEvent["date"];
