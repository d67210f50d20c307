import type { EventsDocument, LightEvent, TopicId } from "../../../dataset/index.ts";

/**
 * The key of the toggle for events that carry none of the document's topics. Such events get a
 * toggle of their own ("No topic") instead of being always shown or never shown: every event is
 * then controlled by at least one checkbox, and the "any active topic" rule stays the only rule.
 */
export const UNTAGGED = "untagged" as const;

/** A document's topics and its events, whole or light. */
export interface TopicsAndEvents {
  topics: EventsDocument["topics"];
  events: LightEvent[];
}

/** What a topic toggle controls: a topic of the document, or the untagged events. */
export type TopicKey = TopicId | typeof UNTAGGED;

export interface TopicOption {
  key: TopicKey;
  label: string;
  /** How many events carry this topic (for `UNTAGGED`: how many carry none). */
  count: number;
}

export const UNTAGGED_LABEL = "No topic";

/**
 * The toggles an event answers to: its topics that the document lists, or `UNTAGGED` when it has
 * none of them (a topic id the document does not list cannot be toggled, so it does not count).
 */
export function topicKeysOf(event: LightEvent, listed: ReadonlySet<string>): TopicKey[] {
  const keys = event.topics.filter((topic) => listed.has(topic));
  return keys.length ? keys : [UNTAGGED];
}

/** One toggle per document topic in display order, plus "No topic" when some event needs it. */
export function topicOptions(document: TopicsAndEvents): TopicOption[] {
  const listed = new Set<string>(document.topics.map((t) => t.id));
  const counts = new Map<TopicKey, number>();
  for (const event of document.events)
    for (const key of topicKeysOf(event, listed)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const options: TopicOption[] = document.topics.map(({ id, label }) => ({
    key: id,
    label,
    count: counts.get(id) ?? 0,
  }));
  const untagged = counts.get(UNTAGGED) ?? 0;
  if (untagged > 0) options.push({ key: UNTAGGED, label: UNTAGGED_LABEL, count: untagged });
  return options;
}

/** An event is shown when any of its toggles is on. */
export function isEventShown(
  event: LightEvent,
  listed: ReadonlySet<string>,
  hidden: ReadonlySet<TopicKey>,
): boolean {
  return topicKeysOf(event, listed).some((key) => !hidden.has(key));
}

/** The events shown with the toggles in `hidden` off, in their original order. */
export function filterEventsByTopic(
  document: TopicsAndEvents,
  hidden: ReadonlySet<TopicKey>,
): LightEvent[] {
  if (hidden.size === 0) return document.events;
  const listed = new Set<string>(document.topics.map((t) => t.id));
  return document.events.filter((event) => isEventShown(event, listed, hidden));
}

/** The first of an event's topics that is on: the one whose colour the mark takes. */
export function primaryTopic(
  event: LightEvent,
  listed: ReadonlySet<string>,
  hidden: ReadonlySet<TopicKey>,
): TopicKey {
  return topicKeysOf(event, listed).find((key) => !hidden.has(key)) ?? UNTAGGED;
}
