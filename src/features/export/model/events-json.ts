import type { EventsDocument, TimelineEvent } from "../../../dataset/index.ts";

/**
 * The dataset's events.json with only `events` replaced, so an export is itself a dataset that
 * follows the contract (the app can load it with `data=`). The version stays: it names the
 * dataset the subset was taken from; so do the events corrections removed, with their reasons.
 */
export function eventsSubsetDocument(
  document: EventsDocument,
  events: readonly TimelineEvent[],
): EventsDocument {
  return {
    schemaVersion: document.schemaVersion,
    ...(document.version === undefined ? {} : { version: document.version }),
    window: document.window,
    topics: document.topics,
    events: [...events],
    ...(document.removed ? { removed: document.removed } : {}),
  };
}

/** Indented like the published file, so the two diff cleanly. */
export function eventsJson(document: EventsDocument, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(eventsSubsetDocument(document, events), null, 2)}\n`;
}
