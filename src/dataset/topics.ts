/** A topic of the taxonomy: `id` is stable and stored in data and URLs; `label` is for people. */
export interface Topic {
  id: TopicId;
  label: string;
}

/** Every topic id, in display order. Ids never change; add new ones at the end. */
export const TOPIC_IDS = [
  "cyber",
  "military-to-military",
  "diplomacy",
  "defense-policy",
  "surveillance-privacy",
  "maritime-regional-security",
  "nuclear-missile",
  "humanitarian-peacekeeping",
  "economy-trade",
  "climate-energy",
  "people-to-people",
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

const LABELS: Record<TopicId, string> = {
  cyber: "Cyber security",
  "military-to-military": "Military-to-military",
  diplomacy: "Summits & dialogue",
  "defense-policy": "Defense reports & strategy",
  "surveillance-privacy": "Surveillance & privacy",
  "maritime-regional-security": "Maritime & regional security",
  "nuclear-missile": "Nonproliferation & missile defense",
  "humanitarian-peacekeeping": "Peacekeeping & relief",
  "economy-trade": "Economy & trade",
  "climate-energy": "Climate & energy",
  "people-to-people": "People-to-people",
};

/** The full taxonomy in display order, as written into `events.json`. */
export const TOPICS: readonly Topic[] = TOPIC_IDS.map((id) => ({ id, label: LABELS[id] }));
