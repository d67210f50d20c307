import { TOPIC_IDS } from "../dataset/topics.ts";

/**
 * One colour per topic, by the topic's place in the taxonomy so it never changes with the data.
 * Tableau 10 plus one, dark enough for white text contrast on marks and legible on white.
 */
const PALETTE = [
  "#1f77b4",
  "#c2410c",
  "#15803d",
  "#b91c1c",
  "#7e22ce",
  "#0e7490",
  "#a16207",
  "#be185d",
  "#4d7c0f",
  "#0f766e",
  "#6d28d9",
] as const;

/** The colour of events that carry none of the active topics. */
export const UNTAGGED_COLOR = "#64748b";

export function topicColor(topicId: string): string {
  const index = (TOPIC_IDS as readonly string[]).indexOf(topicId);
  return index < 0 ? UNTAGGED_COLOR : (PALETTE[index % PALETTE.length] ?? UNTAGGED_COLOR);
}
