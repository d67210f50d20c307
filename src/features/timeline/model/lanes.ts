import type { LightEvent } from "../../../dataset/index.ts";
import { TOPIC_IDS, TOPICS } from "../../../dataset/topics.ts";

/** How marks are grouped into horizontal bands (the component re-exports it as `LaneMode`). */
export type LaneMode = "topic" | "country" | "none";

export interface Band {
  key: string;
  label: string;
}

const TOPIC_LABEL = new Map<string, string>(TOPICS.map((t) => [t.id, t.label]));
const TOPIC_ORDER = new Map<string, number>(TOPIC_IDS.map((id, i) => [id, i]));

export const NO_TOPIC: Band = { key: "no-topic", label: "No topic" };
export const ALL_EVENTS: Band = { key: "all", label: "All events" };

/**
 * Country bands by who took part: US and Chinese actors together, either alone, only others, or
 * none named. Kept to five fixed bands rather than one per country, because the question the
 * timeline answers is who talked to whom between the two governments.
 */
export const COUNTRY_BANDS: readonly Band[] = [
  { key: "USA+CHN", label: "US and China" },
  { key: "USA", label: "United States" },
  { key: "CHN", label: "China" },
  { key: "other", label: "Other countries" },
  { key: "unknown", label: "No country named" },
];

/**
 * The band an event is drawn in. Topic mode shows each event once, in its first topic (taxonomy
 * order) unless `topicOf` names another, so that marks stay one per event: drawing an event in
 * each of its topics would multiply marks (seed events carry up to eight topics) and make counts
 * and clusters lie. The shell can pass the topic that also gives the mark its colour.
 */
export function bandKeyOf(
  event: LightEvent,
  mode: LaneMode,
  topicOf?: (event: LightEvent) => string | undefined,
): string {
  if (mode === "none") return ALL_EVENTS.key;
  if (mode === "topic") {
    const chosen = topicOf?.(event);
    if (chosen !== undefined && TOPIC_LABEL.has(chosen)) return chosen;
    let first: string | undefined;
    for (const topic of event.topics)
      if ((TOPIC_ORDER.get(topic) ?? Infinity) < (TOPIC_ORDER.get(first ?? "") ?? Infinity))
        first = topic;
    return first ?? NO_TOPIC.key;
  }
  const countries = new Set(event.actors.map((a) => a.country).filter(Boolean));
  const us = countries.has("USA");
  const cn = countries.has("CHN");
  if (us && cn) return "USA+CHN";
  if (us) return "USA";
  if (cn) return "CHN";
  return countries.size > 0 ? "other" : "unknown";
}

/** Every band a mode can have, in display order; empty bands are dropped by the layout. */
export function bandsOf(mode: LaneMode): Band[] {
  if (mode === "none") return [ALL_EVENTS];
  if (mode === "country") return [...COUNTRY_BANDS];
  return [...TOPICS.map((t) => ({ key: t.id, label: t.label })), NO_TOPIC];
}
