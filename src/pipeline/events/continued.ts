import type { EventDraft, Sentence } from "../types.ts";
import { dayDiff } from "../util/dates.ts";
import type { Group } from "./groups.ts";
import { THE_PAIR } from "../lexicon/roles.ts";

/** Words that tell an occasion goes on: "continued their talks", "met again", "will resume". */
const GOES_ON = /\b(?:continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|again)\b/i;

/** The meeting's own people named again: "their talks", "the two leaders met again". */
const SAME_PEOPLE = new RegExp(String.raw`\btheir\b|${THE_PAIR}`, "i");

/** How many sentences back the occasion that goes on may have been told (0: the same one). */
const REACH = 2;

/**
 * "The presidents met Friday and continued their talks Saturday morning", "Their talks will
 * continue Saturday morning": talks told as going on the day after the meeting of the same people
 * are one happening over both days (ANNOTATION.md), not a second one. Returns that meeting.
 */
export function occasionGoingOn(
  events: readonly EventDraft[],
  s: Sentence,
  g: Group,
): EventDraft | undefined {
  if (g.t.precision !== "day" || g.t.endValue) return undefined;
  // The words between the sentence's date before this one (or its start) and this date.
  const from = Math.max(s.start, ...s.times.filter((t) => t.end <= g.t.start).map((t) => t.end));
  const words = s.text.slice(from - s.start, g.t.start - s.start);
  if (!GOES_ON.test(words)) return undefined;
  // The same people: named again, called "their"/"the two leaders", or the same sentence's
  // subject ("met Friday and continued … Saturday"); "officials met again" may be others.
  const samePeople = (e: EventDraft) =>
    g.actors.length
      ? g.actors.every((a) => e.actors.some((x) => x.key === a.key))
      : SAME_PEOPLE.test(words) || e.sentenceIdx.includes(s.index);
  return events
    .filter(
      (e) =>
        e.head === "meeting" &&
        e.date.precision === "day" &&
        dayDiff(e.date.end ?? e.date.value, g.t.value) === 1 &&
        e.sentenceIdx.some((i) => i <= s.index && s.index - i <= REACH) &&
        samePeople(e),
    )
    .at(-1);
}
