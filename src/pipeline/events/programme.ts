import type { ActorMention, EventDraft, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { US_STATE } from "../lexicon/places.ts";
import { countryOfWord } from "../lexicon/countries.ts";
import { ONE_PERSON_DESCRIBED } from "../lexicon/roles.ts";
import { isFutureTense } from "../time/tense.ts";
import { dayDiff } from "../util/dates.ts";
import { familyOf } from "./attach.ts";
import { ANNOUNCE_RANK } from "./ranks.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { LEAVING_VERBS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { ASKED_TO } from "../lexicon/speech.ts";
import { AND_PREDICATE_BEFORE } from "./split.ts";

/** Occasion families a visit programme is made of: the trip itself and the meetings on it. */
const PART_FAMILIES = new Set(["visit", "meeting"]);

/** A determiner or possessive right before the word makes it a noun ("his visit", "the trip"). */
const NOUN_BEFORE = /(?:\b(?:his|her|their|its|the|a|an|this|that|our)|['’]s)\s+(?:[\w-]+\s+)?$/i;

/**
 * What ends a verb's objects: the next clause ("…, and he is also to …"), or the end of the
 * sentence.
 */
const OBJECTS_END =
  /[;:]|,\s*(?:which|who|where|whose|(?:and|but)\s+(?:he|she|they|it)\b)|\b(?:after|before|while|when|because|during|to discuss)\b/i;

/** A capitalised word: a name's, or a nationality's ("U.S.", "Chinese"). */
const CAPITALISED = /\b[A-Z][\w.'’-]+/g;

/**
 * One object of a verb names a counterpart or a place when it holds a capitalised word other than
 * a nationality: "other U.S. military installations" names none.
 */
export const namesSomeone = (object: string) =>
  (object.match(CAPITALISED) ?? []).some((word) => !countryOfWord(word));

/**
 * A piece of a verb's objects that says where or on what occasion: "at the ministry", "in central
 * Beijing", "on his first visit".
 */
const PLACE_PHRASE = /^\s*(?:at|in|inside|outside|near|aboard|on|during)\s/i;

/** "held talks in Beijing with …": the place before the one met, not a part of the object. */
const PLACE_BEFORE_WITH = /^\s*(?:at|in)\s+[^,]*?\s+(?=with\s)/i;

/** A comma between two parts, not the one before a town's US state ("Fort Hood, Texas"). */
const PART_SEPARATOR = new RegExp(String.raw`,(?!\s*(?:${US_STATE})(?=[\s,;]|$))\s*(?:and\s+)?`);

/** Days an occasion lasts beyond which it is a programme of several happenings (a trip, a tour). */
export const PROGRAMME_DAYS = 3;

/** How many days a draft's date covers: one for a day, more for a span of days. */
export const daysOf = (e: EventDraft) => (e.date.end ? dayDiff(e.date.value, e.date.end) : 0) + 1;

/** Whether an event spans enough days (or a whole month) to be a programme with parts. */
export function isProgramme(e: EventDraft): boolean {
  if (e.date.precision === "month") return true;
  if (e.date.precision !== "day" || !e.date.end) return false;
  return daysOf(e) >= PROGRAMME_DAYS;
}

/**
 * "He is to speak at the university on Sunday, on the last leg of the trip": a sentence that
 * names a programme already told, on one of its later days, with an act of its own, reports a
 * part of it, not the programme again. Its first day is the programme's own ("arrived on
 * Sunday for a four-day visit" told twice).
 */
export function dayOfProgramme(
  e: EventDraft,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): boolean {
  const [t, ...others] = dates;
  if (!t || others.length || !isProgramme(e) || e.date.precision !== "day" || !e.date.end)
    return false;
  if (t.precision !== "day" || t.endValue || t.value <= e.date.value || t.value > e.date.end)
    return false;
  return triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= ANNOUNCE_RANK && !namesProgramme(e, s, h),
  );
}

/**
 * The words of a part's sentence that name the programme it belongs to ("on the last leg of the
 * trip"): a noun of one of the programme's occasion families, after a determiner. They are the
 * programme's, not the part's act.
 */
export function namesProgramme(e: EventDraft, s: Sentence, t: TriggerHit): boolean {
  const family = NOUN_FAMILY[t.text.toLowerCase()];
  if (!family || !NOUN_BEFORE.test(s.text.slice(0, t.start - s.start))) return false;
  return e.triggers.some((x) => familyOf(x) === family);
}

/**
 * "During his stay in China", "during the visit", "before he leaves", "before returning home", "on
 * his way home": the sentence says itself that it happened on the trip (calendar.json
 * leavingVerbs).
 */
export const DURING_TRIP = new RegExp(
  String.raw`\b(?:(?:during|on)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:stay|visit|trip|tour)|before\s+(?:(?:he|she|they|the\s+[a-z]+)\s+)?(?:${anyOf(LEAVING_VERBS)})|on\s+(?:his|her|their|the)\s+way\s+(?:home|back))\b`,
  "i",
);

/**
 * A run of capitalised words and ordinals ("3rd Fleet"), with the small words a body's name can
 * hold.
 */
const PROPER_RUN =
  /\b(?:[A-Z][\w.'’&-]*|\d+(?:st|nd|rd|th)\b)(?:\s+(?:of\s+|and\s+|for\s+)?(?:[A-Z][\w.'’&-]*|\d+(?:st|nd|rd|th)\b))*/;

/** "the Army's Fort Knox": the body's owner and the possessive, before the body's own name. */
const OWNER = /^(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+(?=[A-Z\d])/;

/** Words that open a run without belonging to the name ("the", a nationality abbreviation). */
const NOT_NAME = /^(?:The|A|An|His|Her|Their|Other)\s+/;

/** The body an object names ("the US Southern Command in Miami" → "US Southern Command"). */
export function bodyIn(s: Sentence, verb: TriggerHit, object: string): ActorMention | undefined {
  const owner = OWNER.exec(object)?.[0].length ?? 0;
  const m = PROPER_RUN.exec(object.slice(owner));
  if (!m) return undefined;
  const name = m[0].replace(NOT_NAME, "");
  if (!/\s/.test(name)) return undefined; // one word is a place ("Miami"), not a body
  const at = s.text.indexOf(object, verb.start - s.start) + owner + (m.index ?? 0);
  const start = s.start + Math.max(0, at);
  return { start, end: start + name.length, key: name.toLowerCase(), actor: { name } };
}

/** "during his last trip", "his 2011 trip": a trip told as past, not the one under way. */
const PAST_TRIP =
  /\b(?:during|on)\s+(?:his|her|their)\s+(?:last|previous|earlier|first|(?:19|20)\d{2})\b/i;

/** "He last visited China as CIA director", "had previously met Xi": an earlier occasion. */
const EARLIER_ACT =
  /\b(?:last|previously|once|earlier|had)\s+(?:visited|met|toured|travel(?:l)?ed)\b/i;

/** A part of a visit programme reported without a day of its own. */
export interface ProgrammePart {
  t: TimeMention;
  triggers: TriggerHit[];
  actors: ActorMention[];
  /** The family of its verb: "visit" or "meeting". */
  family: string;
  /** Its object as the sentence words it: the place visited or the person met. */
  object: string;
}

/** Whether one of the sentence's dates stands inside the object of a verb. */
function datedObject(s: Sentence, verb: TriggerHit, object: string): boolean {
  const at = s.text.indexOf(object, verb.start - s.start);
  if (at < 0) return false;
  const [from, to] = [s.start + at, s.start + at + object.length];
  return s.times.some((t) => t.start >= from && t.end <= to);
}

/** A verb that makes "talks" an act of its subject's: "will hold talks with …", "had talks". */
const HOLD_BEFORE = /\b(?:hold|holds|held|holding|have|has|had|having)\s+$/i;

/**
 * Whether a trigger is a verb ("visited", "met with", "will hold talks with"), not a noun ("his
 * visit", "the meeting").
 */
function isVerb(s: Sentence, h: TriggerHit): boolean {
  const before = s.text.slice(0, h.start - s.start);
  if (/^talks$/i.test(h.text)) return HOLD_BEFORE.test(before);
  // "invited Gen. Chen to visit the United States": the visit asked for is the other's.
  if (ASKED_TO.test(before)) return false;
  return !NOUN_BEFORE.test(before) && /^(?:visit|met|meet|tour|host|travel|arriv)/i.test(h.text);
}

/**
 * The objects of a verb, up to the next verb or clause end, split at commas: "met with his
 * counterpart A, representatives of B, and visited C" gives "his counterpart A" and
 * "representatives of B" to "met", and "C" to "visited".
 */
function objectsOf(s: Sentence, verb: TriggerHit, next: TriggerHit | undefined): string[] {
  const from = verb.start - s.start + verb.text.length;
  const to = next ? next.start - s.start : s.text.length;
  // "… and" before the next predicate joins no object.
  let span = s.text.slice(from, to).replace(/\s+and(?:\s+(?:also|then|later))?\s*$/i, "");
  const stop = span.search(OBJECTS_END);
  if (stop >= 0) span = span.slice(0, stop);
  const pieces = span.split(PART_SEPARATOR);
  // "met Gen. Roe, chief of staff, at the ministry, its headquarters": the place where the part
  // happened, or its occasion ("on his first visit"), and what describes it, are nothing met.
  const where = pieces.findIndex((x, i) => i > 0 && PLACE_PHRASE.test(x));
  return (where > 0 ? pieces.slice(0, where) : pieces)
    .map((x) =>
      x
        // "veterans of the Berlin Airlift, the pilots who flew …": a relative clause describes
        // the object, it names nothing of its own.
        .replace(/\s+(?:who|whom|whose|which)\b.*$/s, "")
        .replace(PLACE_BEFORE_WITH, "")
        .replace(/^\s*(?:with|and)\s+/i, "")
        .replace(/(?<!\b[A-Z])\.$/, "")
        .trim(),
    )
    .filter(namesSomeone);
}

/**
 * The first trigger after `verb` that opens a coordinated predicate ("… and urged calm"),
 * when that predicate names no occasion of its own ("… and told a business luncheon" is one more
 * part of the day, read with the objects as before).
 */
function nextPredicate(
  s: Sentence,
  verb: TriggerHit,
  triggers: TriggerHit[],
): TriggerHit | undefined {
  const next = triggers.find(
    (h) => h.start > verb.start && AND_PREDICATE_BEFORE.test(s.text.slice(0, h.start - s.start)),
  );
  const occasion = (h: TriggerHit) => h.kind === "occasion" && !h.reference;
  return next && !triggers.some((h) => h.start > next.start && occasion(h)) ? next : undefined;
}

/**
 * "will meet Defense Secretary Jane Roe and Secretary of State John Doe": two people joined by
 * "and" are met each in a meeting of their own.
 */
function eachPerson(object: string, peopleIn: (text: string) => ActorMention[]): string[] {
  const pieces = object.split(/\s+and\s+/);
  return pieces.length > 1 && pieces.every((p) => peopleIn(p).length === 1) ? pieces : [object];
}

/**
 * The trip this sentence's subject is on: the latest programme of the article (several days, or
 * a month) with a visit among its occasions and the subject among its people. A visit of one
 * day has no parts, what the traveller did that day is the visit itself, unless the sentence
 * says it happened "during his stay".
 */
function tripOf(
  events: EventDraft[],
  subject: ActorMention,
  duringTrip: boolean,
  stillToCome?: string,
): EventDraft | undefined {
  return events
    .filter(
      (e) =>
        (duringTrip || isProgramme(e)) &&
        e.triggers.some((t) => familyOf(t) === "visit") &&
        e.actors.some((a) => a.key === subject.key) &&
        !(stillToCome && overBefore(e, stillToCome)),
    )
    .at(-1);
}

/**
 * Whether a trip was over before the month of a day ("visited China last August", told in
 * February): a part still to come in an article of that day is no part of it. (Within the month,
 * a trip's last day counted from its length may fall short of the real one.)
 */
function overBefore(trip: EventDraft, day: string): boolean {
  const last = (trip.date.end ?? trip.date.value).slice(0, 7);
  return last < day.slice(0, last.length);
}

/**
 * When a part of a trip is told: the trip's month, or its year when that is all its date (or an
 * undated page's stamp) says, at `at` in the text.
 */
export function partTime(at: number, text: string, dated: string, future: boolean): TimeMention {
  const precision = dated.length >= 7 ? "month" : "year";
  return {
    start: at,
    end: at,
    text,
    value: dated.slice(0, precision === "month" ? 7 : 4),
    precision,
    basis: "previous-date",
    inQuote: false,
    future,
  };
}

/**
 * "During his stay, he met A, and visited B": an undated sentence that reports what the traveller
 * of a dated trip did on it, each meeting with its own counterpart and each visit to its own place
 * a part of the programme (ANNOTATION.md), dated at the month of the trip and planned when the
 * sentence speaks of the future. Parts need a verb of their own and a named object; a sentence
 * that only talks about the trip ("his visit was a success") has none.
 */
export function programmeParts(
  s: Sentence,
  narration: string,
  events: EventDraft[],
  triggers: TriggerHit[],
  actors: ActorMention[],
  published?: string,
): { trip?: EventDraft; parts: ProgrammePart[] } | undefined {
  const [subject] = actors;
  if (!subject) return undefined;
  const during = DURING_TRIP.test(narration);
  const planned = isFutureTense(narration);
  const trip = tripOf(events, subject, during, planned ? published : undefined);
  // "will visit … during his four-day trip" with no dated trip reported: the trip under way, in
  // the month the article was published.
  const current = !trip && during && published && !PAST_TRIP.test(narration);
  if (!trip && !current) return undefined;
  // A trip still to come has no parts told as done, nor does any trip an earlier act.
  if ((trip?.status === "planned" && !planned) || EARLIER_ACT.test(narration)) return undefined;
  const verbs = triggers.filter(
    (h) =>
      !h.reference &&
      !h.inQuote &&
      h.rank >= 4 &&
      PART_FAMILIES.has(familyOf(h) ?? "") &&
      isVerb(s, h),
  );
  const dated = trip ? trip.date.value : (published ?? "");
  const parts: ProgrammePart[] = [];
  const wordsOf = (a: ActorMention) => s.text.slice(a.start - s.start, a.end - s.start);
  const peopleIn = (object: string) => actors.filter((a) => object.includes(wordsOf(a)));
  verbs.forEach((verb, i) => {
    let afterPerson = false;
    // "met Roe and urged calm …": an act of another kind after "and" ends what was met.
    const next = [verbs[i + 1], nextPredicate(s, verb, triggers)]
      .filter((h): h is TriggerHit => !!h)
      .sort((a, b) => a.start - b.start)[0];
    for (const object of objectsOf(s, verb, next).flatMap((o) => eachPerson(o, peopleIn))) {
      const named = peopleIn(object);
      // "met his host, Adm. Roe, chairman of the Joint Chiefs,": a description of the person
      // just named is no one else met.
      const described = afterPerson && !named.length && ONE_PERSON_DESCRIBED.test(object);
      afterPerson = named.some((a) => !!a.actor.country || /\s/.test(wordsOf(a)));
      if (described) continue;
      // "invited Hagel to visit China next year": a part has no date of its own; an object with
      // one is another occasion, or one outside the window.
      if (datedObject(s, verb, object)) continue;
      // "visited the Second Artillery Force", "met veterans of the Flying Tigers": the body
      // visited or met is a party to the part, as a person met would be.
      const body = named.length ? undefined : bodyIn(s, verb, object);
      parts.push({
        t: partTime(s.start, trip?.date.text ?? "during the trip", dated, planned),
        triggers: [verb],
        actors: [subject, ...named.filter((a) => a.key !== subject.key), ...(body ? [body] : [])],
        family: familyOf(verb) ?? "visit",
        object,
      });
    }
  });
  return parts.length ? { trip, parts } : undefined;
}
