import type { ActorMention, Sentence, TriggerHit } from "../types.ts";
import type { Group } from "./groups.ts";

/**
 * What the splitters of one sentence's group into several happenings share (per-subject.ts,
 * per-act.ts, per-mechanism.ts): a title's words, a group's bounds and people in order, and the
 * stretch of a group between two offsets.
 */

/**
 * The "and" that opens a later predicate of the same subject, with the adverb it may take: "…
 * and vowed …", "…, and also imposed …" (a source for patterns).
 */
export const AND_PREDICATE = String.raw`\s+and\s+(?:also\s+|then\s+|later\s+)?`;

/** "and" (with "also", "then" or "later") right before a trigger: a predicate of its own. */
export const AND_PREDICATE_BEFORE = new RegExp(String.raw`${AND_PREDICATE}$`, "i");

/** Words of a title before a name ("Secretary of State"), after an "and". */
export const TITLE_WORDS = /^\s*(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for)\s+)*$/u;

/** The part of a group told between `from` and `to`: its triggers, and its people or `actors`. */
export function stretch(g: Group, from: number, to: number, actors?: ActorMention[]): Group {
  return {
    ...g,
    triggers: g.triggers.filter((h) => h.start >= from && h.start < to),
    actors: actors ?? g.actors.filter((a) => a.start >= from && a.start < to),
    span: { start: from, end: to },
  };
}

/** The offsets a group is told between: its span, else the whole sentence. */
export function boundsOf(s: Sentence, g: Group): { from: number; to: number } {
  return { from: g.span?.start ?? s.start, to: g.span?.end ?? s.end };
}

/** A group's people in the order the sentence names them. */
export function inOrder(g: Group): ActorMention[] {
  return [...g.actors].sort((a, b) => a.start - b.start);
}

/** An occasion the sentence tells as its own (not one it refers to, nor one in a quotation). */
export const heldOccasion = (h: TriggerHit) => !h.reference && !h.inQuote && h.kind === "occasion";
