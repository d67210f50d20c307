import { EVENT_TYPES, type Trigger } from "./event-types.ts";
import { OCCASIONS } from "./occasions.ts";

export type { Trigger };

/**
 * Event triggers (data/event-types.json, compiled in event-types.ts): words that make a dated
 * sentence an event, each with a CAMEO-style type, in search order. `rank` orders types by
 * specificity when one event has several triggers (host beats meet beats say).
 */
export const TRIGGERS: readonly Trigger[] = EVENT_TYPES.triggers;

/**
 * Words that refer to another, earlier occasion ("before he departed for the talks", "after
 * Secretary of State John Kerry's visit", "prepared for the annual dialogue"); a gerund may come
 * between ("before wrapping up the trip", "after concluding his visit"): the frame of the
 * sentence's own act, not the act; so does a time told by another occasion ("on the same day as
 * the exercise, the admiral hosted …"). Case matters: after "the", up to two lower-case words and then
 * capitalised names, so "for the first time directly accused" refers to nothing.
 */
export const REFERENCE_MARKER =
  /\b([Ff]or|[Bb]efore|[Aa]fter|[Aa]head of|[Ff]ollowing|[Ss]ince|[Uu]ntil|[Ss]ame (?:day|week|month) as)\s+(?:[a-z]+ing(?:\s+(?:up|off|out|down))?\s+)?((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:[A-Z][\w.&-]*|of|and|on|the))*|(?:(?:[A-Z][\w.-]*|of|the)\s+){0,6}[A-Z][\w.-]*['’]s)?\s*$/;

/**
 * "met Wang on Wednesday for the S&ED", "gathered for the annual Strategic Dialogue": a meeting
 * held at the occasion, unless another verb takes the "for" ("met as they prepared for …").
 * Case matters after the verb: lower-case adjectives, then the occasion's capitalised name.
 */
const ATTENDS =
  /\b(?:[Mm]et|[Mm]eets?|[Gg]athered|[Gg]ather|[Cc]onvened?|[Ss]at down)\b(?:(?!\b(?:as|while|when|after|before|prepar\w*)\b)[^,;.:"“”])*\bfor\s+(?:the\s+)?(?:(?![A-Z])[a-z][\w-]*\s+){0,2}(?:(?:[A-Z][\w.&-]*|of|and|on)\s+)*$/;

/**
 * Whether the words `before` an occasion noun make it another occasion than the sentence's own
 * ("before he left for the talks"). People who met *for* an occasion met at it: "Kerry met Wang
 * for the S&ED" reports the dialogue itself. `sentence` is the sentence up to the noun.
 */
export function refersElsewhere(before: string, sentence = before): boolean {
  return (REFERENCE_MARKER.test(before) || FOLLOWS.test(before)) && !ATTENDS.test(sentence);
}

/**
 * "The announcement follows several attempts at a dialogue", "came after months of talks": many
 * earlier occasions an occasion follows are background, not one of the article's own ("follows
 * Xi's trip in February" names one, which is its own event).
 */
const FOLLOWS =
  /\b(?:follows?|followed|comes after|came after)\s+(?:several|many|numerous|repeated|previous|earlier|months of|years of|weeks of|a series of|a string of)\b(?:\s+[^\s,;.]+){0,4}\s+$/i;

/** Occasion nouns that mean the same thing when referred back to (data/occasions.json). */
export const NOUN_FAMILY: Record<string, string> = OCCASIONS.family;

/** The occasion nouns of the given families ("visit" → visit, trip), for patterns over them. */
export const nounsOf = (...families: string[]): string[] =>
  Object.keys(NOUN_FAMILY).filter((n) => families.includes(NOUN_FAMILY[n] ?? ""));

/** "the meeting", "that report": a sentence referring back to an occasion already reported. */
export const DEFINITE_OCCASION: RegExp = OCCASIONS.definite;

/** "this week's talks", "Tuesday's meeting": an occasion named by the time it took place. */
export const TIMED_OCCASION: RegExp = OCCASIONS.timed;
