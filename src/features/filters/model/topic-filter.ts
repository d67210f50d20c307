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
export function topicKeysOf(event: LightEvent, listed: ReadonlySet<string>): readonly TopicKey[] {
  let known = keysByTopics.get(event.topics);
  if (!known) keysByTopics.set(event.topics, (known = []));
  const same = known.find((k) => k.listed === listed);
  if (same) return same.keys;
  const alike = known.find((k) => sameMembers(k.listed, listed));
  if (known.length > MAX_LISTED) known.length = 0;
  if (alike) {
    known.push({ listed, keys: alike.keys });
    return alike.keys;
  }
  const found = event.topics.filter((topic) => listed.has(topic));
  const keys = Object.freeze(found.length ? found : [UNTAGGED]);
  known.push({ listed, keys });
  return keys;
}

/** Several places list the document's topics, each in a set of its own: compared by members. */
function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/**
 * The keys of a list of topics, for each set of topics listed they were worked out for: the
 * index gives events with the same topics one list, so the filters, colours and lanes of 100,000
 * events look up a few hundred answers instead of filtering 100,000 lists on every pass.
 */
const keysByTopics = new WeakMap<
  readonly string[],
  { listed: ReadonlySet<string>; keys: readonly TopicKey[] }[]
>();

/** Sets of listed topics remembered per list (each place that asks has its own set). */
const MAX_LISTED = 8;

/** One toggle per document topic in display order, plus "No topic" when some event needs it. */
export function topicOptions(
  document: Pick<TopicsAndEvents, "topics"> & { events: readonly LightEvent[] },
): TopicOption[] {
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
