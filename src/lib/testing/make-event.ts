import type { EventDate, TimelineEvent, TopicId } from "../../dataset/index.ts";

let counter = 0;

/** A valid event for unit tests; pass only what the test is about. */
export function makeEvent(
  overrides: Partial<Omit<TimelineEvent, "date">> & { date?: Partial<EventDate> } = {},
): TimelineEvent {
  counter += 1;
  const { date, ...rest } = overrides;
  return {
    id: `evt-test-${counter}`,
    title: `Test event ${counter}`,
    summary: "",
    date: { value: "2012-05-07", precision: "day", text: "today", basis: "explicit", ...date },
    status: "occurred",
    type: { cameo: "040", label: "Consult" },
    actors: [],
    topics: ["cyber"] as TopicId[],
    quotes: [],
    sources: [{ articleId: "art-1", evidence: [{ text: "A sentence.", start: 0, end: 11 }] }],
    confidence: 1,
    ...rest,
  };
}
