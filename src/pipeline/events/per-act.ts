import type { Group } from "./groups.ts";
import { bestTrigger } from "./triggers.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { isCountryName } from "../lexicon/countries.ts";
import { familyOf } from "./attach.ts";
import { boundsOf, inOrder, stretch } from "./split.ts";
import { ACT_RANK, ANNOUNCE_RANK, MEETING_RANK } from "./ranks.ts";
import { clauseDate, clausePeople, daysAfterClause } from "./days-after.ts";
import { matchesOf } from "../util/matches.ts";

/**
 * One subject's acts in one sentence that are happenings of their own: a later meeting, a speech
 * at a place of its own, an act in an "after" clause, a second act somewhere else. (Several
 * subjects' acts: per-subject.ts.)
 */

/** Where a later act of the same traveller begins: "…, where he met …", "… and later held …". */
const NEXT_ACT =
  /,\s+where\s+(?:he|she|they)\s+|\s+and\s+(?:later|then|afterwards)\s+|,\s+(?:and\s+)?then\s+/g;

/** "…, where he was met by Y", "…, where they were greeted by Y": the traveller received on arrival. */
const RECEIVED_THERE = /^(?:was|were)\s+(?:met|\w+ed)\s+by\b/;

/**
 * "X began the trip in Hawaii on Friday, where he met Adm. Y": a meeting with someone the first
 * act does not name, told after it in the same sentence, is a happening of its own on that date;
 * the traveller takes part in both. A later act with no new person ("arrived and then held
 * talks") stays one, as does being met on arrival ("arrived at the air base, where he was met by
 * Y"): the welcome is part of the arrival.
 */
export function perLaterMeeting(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  if (!subject) return [g];
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), NEXT_ACT)) {
    const cut = from + (m.index ?? 0);
    if (RECEIVED_THERE.test(s.text.slice(cut - s.start + m[0].length))) continue;
    const own = (h: TriggerHit) => !h.reference && !h.inQuote;
    const first = g.triggers.some((h) => own(h) && h.start < cut && h.rank >= ACT_RANK);
    const meets = g.triggers.some((h) => own(h) && h.start >= cut && h.rank >= MEETING_RANK);
    const met = g.actors.filter((a) => a.start >= cut && a.key !== subject.key);
    if (!first || !meets || !met.length || subject.start >= cut) continue;
    if (g.actors.some((a) => a.start < cut && met.some((x) => x.key === a.key))) continue;
    return [
      stretch(
        g,
        from,
        cut,
        g.actors.filter((a) => a.start < cut),
      ),
      stretch(g, cut, to, [subject, ...met]),
    ];
  }
  return [g];
}

/**
 * ", and will deliver …", "and gave …": "and" (a comma before it or not) before a verb of the same
 * subject.
 */
const AND_THEN_VERB = /,?\s+and\s+(?:will\s+|would\s+|also\s+|then\s+|later\s+)?(?=\p{Ll}+\s)/gu;

/** "… at the PLA's Engineering Academy": a named place of the speech's own. */
export const AT_A_PLACE = /\bat\s+(?:the\s+)?\p{Lu}/u;

/** The occasion noun of a speech: remarks, an address, a lecture. */
const SPEECH = "speech";
/** The occasion families of a trip and of talks. */
const VISIT = "visit";
const MEETING = "meeting";

/**
 * "he met Vice President Xi, who …, and gave a speech to cadets at the academy": a meeting and,
 * after ", and", a speech by the same subject are two happenings on the date (ANNOTATION.md: a
 * dinner and a meeting are separate occasions), the speech with the subject and the people of its
 * own stretch, when it names a place of its own ("… at the academy"); "is expected to deliver a
 * speech on growth" names none and stays with the meeting, as does a speech told before the
 * meeting. The comma may be left out ("met the premier and told an audience at the
 * university").
 */
export function perSpeech(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  if (!subject) return [g];
  const own = (h: TriggerHit) => !h.reference && !h.inQuote;
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AND_THEN_VERB)) {
    const cut = from + (m.index ?? 0);
    const first = bestTrigger(g.triggers.filter((h) => own(h) && h.start < cut));
    const after = g.triggers.filter((h) => own(h) && h.start >= cut);
    if (!first || first.rank < MEETING_RANK || subject.start >= first.start) continue;
    if (first.noun === SPEECH || !after.length || after.some((h) => h.noun !== SPEECH)) continue;
    if (!AT_A_PLACE.test(s.text.slice(cut - s.start, to - s.start))) continue;
    return [
      stretch(
        g,
        from,
        cut,
        g.actors.filter((a) => a.start < cut),
      ),
      stretch(g, cut, to, [
        subject,
        ...g.actors.filter((a) => a.start >= cut && a.key !== subject.key),
      ]),
    ];
  }
  return [g];
}

/**
 * ", shortly after she arrived …", ", after the two ministers attended …", "hours before the
 * envoy landed …": a clause that opens with "after" or "before" and a subject of its own.
 * "just", "shortly", "soon" or "hours" may come first (captured: a clause "before" is later than
 * the main act, on its day only when so near). The comma is captured: without it the clause is
 * read only under a month or a year. "two months after the White House issued …" counts back to
 * another time: not this rule's.
 */
const AFTER_CLAUSE =
  /(?<!\b(?:days?|weeks?|months?|years?|decades?))(,)?\s+(?:(shortly|just|soon|hours|minutes|moments)\s+)?(after|before)\s+(?=(?:he|she|they|the)\b|\p{Lu})/gu;

/** The most characters between "after" and the clause's act: a subject of a few words. */
const SUBJECT_CHARS = 40;

/**
 * "X held talks with Y on Tuesday evening, shortly after she arrived in Beijing for a two-day
 * visit": an act told in an "after" clause with a subject of its own is a happening of its own,
 * on the date (ANNOTATION.md: an arrival for a visit and a meeting are two occasions). Its
 * people are those of its clause; "he" or "she" is the person named last before it. So is one in
 * a "before" clause near enough to share the date ("a drill hours before the envoy landed in
 * the capital"). A clause without an act of its own ("after the talks", "after he said") stays
 * with the main one.
 */
export function perAfterClause(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const act = (h: TriggerHit) => !h.reference && !h.inQuote && h.rank >= ACT_RANK;
  // The clause's act may be an announcement, a speech or a hearing; not what was said.
  const clauseAct = (h: TriggerHit) =>
    !h.reference && !h.inQuote && (h.clauseRank ?? h.rank) >= ANNOUNCE_RANK;
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AFTER_CLAUSE)) {
    // Without the comma "after" binds the clause to the main act's time, which dates it only
    // as far as a month does ("postponed exchanges in September after X notified Congress"):
    // a day of the main act need not be the clause's.
    if (!m[1] && g.t.precision === "day") continue;
    // "…, before the minister flew home": a later act, whose day the main act's need not be.
    if (m[3] === "before" && !m[2] && g.t.precision === "day") continue;
    const cut = from + (m.index ?? 0);
    const opens = cut + m[0].length;
    if (!g.triggers.some((h) => act(h) && h.start < cut)) continue;
    // The clause's act is a verb: "after the talks" names an occasion, it tells no act. "after
    // the two delegations toured …" reads, word for word, like "after the visit" (a reference):
    // the verb is the clause's own act all the same.
    const verb = (h: TriggerHit) => !NOUN_FAMILY[h.text.toLowerCase()];
    const own = g.triggers.filter(
      (h) => h.start >= opens && verb(h) && clauseAct({ ...h, reference: false }),
    );
    if (!own.length || Math.min(...own.map((h) => h.start)) - opens > SUBJECT_CHARS) continue;
    const before = g.actors.filter((a) => a.start < cut).sort((a, b) => a.start - b.start);
    const inClause = g.actors.filter((a) => a.start >= cut);
    const pronoun = /^(?:he|she)\b/i.test(s.text.slice(opens - s.start));
    const subject = pronoun ? before.at(-1) : undefined;
    const clause = stretch(g, cut, to, subject ? [subject, ...inClause] : inClause);
    // "… after the administration on Sept. 21 notified Congress": a date of the clause's own.
    const clauseDate = s.times.find((t) => t.start >= opens && t.end <= to && !t.inQuote);
    return [
      stretch(g, from, cut, before),
      {
        ...clause,
        t: clauseDate ?? g.t,
        triggers: clause.triggers.map((h) =>
          own.includes(h) ? { ...h, reference: false, rank: h.clauseRank ?? h.rank } : h,
        ),
      },
    ];
  }
  return [g];
}

/**
 * Acts that take someone somewhere of their own (a visit, a speech at a venue); "met Li, and
 * signed an agreement" is one occasion.
 */
const GOES_SOMEWHERE = new Set(["visit", "speech"]);

/**
 * "and" right before a verb of the same subject: "delivered a speech at X and visited Y", or a
 * plan's next step, "will meet leaders on Capitol Hill and then fly to Chicago", "is to tour a farm
 * and to speak at a symposium".
 */
const AND_VERB = /\s+and\s+(?:then\s+|later\s+|also\s+)?(?:to\s+)?(?=\p{Ll}+\b)/gu;

/** A verb in the past right after "and", whose act the best trigger after it is. */
const PAST_VERB_NEXT = /^\p{Ll}+ed\b/u;

/** A name within the next few words after an act: the place or counterpart of its own. */
const NAMED_SOON = /^\s+(?:[\p{Ll}-]+\s+){0,4}?\p{Lu}/u;

/**
 * "On Sunday, Mullen delivered a speech at Renmin University and visited the headquarters of
 * the Second Artillery Force", "On Thursday, Hu will meet leaders on Capitol Hill and then fly to
 * Chicago": one subject's two acts of different kinds, each with a named place or counterpart of
 * its own, are two happenings of the date (ANNOTATION.md: different places, a speech and a
 * visit), when one of them takes the subject somewhere (a visit, a speech).
 * "arrived and held talks" (no name after the first act), two acts of one kind, and a meeting
 * with its agreement stay one.
 */
export function perSecondAct(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  const own = (h: TriggerHit) => !h.reference && !h.inQuote && h.rank >= ANNOUNCE_RANK;
  const named = (h: TriggerHit) =>
    NAMED_SOON.test(s.text.slice(h.start - s.start + h.text.length, to - s.start));
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), AND_VERB)) {
    const cut = from + (m.index ?? 0);
    const verbAt = cut + m[0].length;
    const first = bestTrigger(g.triggers.filter((h) => own(h) && h.start < cut));
    // Any other verb is a plan's next step only when it is itself the act, and one that takes
    // the subject somewhere ("will … and then fly to Chicago"; "visited the Pentagon and met
    // Panetta" there is one occasion, "and cyber talks" no verb).
    const second = PAST_VERB_NEXT.test(s.text.slice(verbAt - s.start))
      ? bestTrigger(g.triggers.filter((h) => own(h) && h.start >= cut))
      : g.t.future
        ? g.triggers.find(
            (h) => own(h) && h.start === verbAt && GOES_SOMEWHERE.has(familyOf(h) ?? ""),
          )
        : undefined;
    if (!first || !second || !subject || subject.start >= first.start) continue;
    const families = [familyOf(first), familyOf(second)];
    if (families[0] === families[1] || !families.some((f) => GOES_SOMEWHERE.has(f ?? ""))) continue;
    if (!named(first) || !named(second)) continue;
    return [
      stretch(
        g,
        from,
        cut,
        g.actors.filter((a) => a.start < cut),
      ),
      stretch(g, cut, to, [subject, ...g.actors.filter((a) => a.start >= cut)]),
    ];
  }
  return [g];
}

/** The words after a trip's verb or noun that name where it went: "the US", "to the United States". */
const DESTINATION = /^\s+(?:to\s+)?((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/;

/** Whether a trip went to a country ("visited the US", "a visit to China"), not to a place in one. */
function toACountry(after: string): boolean {
  const where = DESTINATION.exec(after)?.[1];
  return !!where && isCountryName(where);
}

/** ", when the two ministers held talks", "… that included talks with", ", during which …". */
const WITHIN_TRIP =
  /,\s+when\s+|\s+(?:that|which)\s+(?:included|includes|will\s+include)\s+|,\s+during\s+which\s+/g;

/**
 * "Liang visited the United States in May, when the two ministers held talks at the Pentagon", "a
 * visit in May that included talks with Panetta at the Pentagon": talks at a named place told
 * inside a trip to a country are a happening of their own on the trip's date (ANNOTATION.md: the
 * parts with a place of their own), the traveller taking part. A trip's talks with no place of
 * their own ("…, when he held talks with officials"), or on a trip to one place ("visited the
 * Pentagon in May, when …"), stay the trip's.
 */
export function perTalksOnTrip(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  for (const m of matchesOf(s.text.slice(from - s.start, to - s.start), WITHIN_TRIP)) {
    const cut = from + (m.index ?? 0);
    const trip = bestTrigger(g.triggers.filter((h) => !h.reference && !h.inQuote && h.start < cut));
    const talks = g.triggers.filter(
      (h) => !h.reference && !h.inQuote && h.start >= cut && familyOf(h) === MEETING,
    );
    const first = talks[0];
    if (!trip || familyOf(trip) !== VISIT || !first || !subject || subject.start >= cut) continue;
    if (!toACountry(s.text.slice(trip.start - s.start + trip.text.length, cut - s.start))) continue;
    if (!AT_A_PLACE.test(s.text.slice(first.start - s.start, to - s.start))) continue;
    return [
      stretch(
        g,
        from,
        cut,
        g.actors.filter((a) => a.start < cut),
      ),
      {
        ...stretch(g, cut, to, [subject, ...g.actors.filter((a) => a.start >= cut)]),
        triggers: talks.map((h) => ({ ...h, rank: h.clauseRank ?? h.rank })),
      },
    ];
  }
  return [g];
}

/**
 * "The ministry on Wednesday rejected the report, a day after the foreign ministry's spokesman
 * dismissed it as groundless": an act told in a clause counted back from the sentence's date is
 * a happening of its own, that many days earlier (weeks or months back give a month), with the
 * people of its clause.
 */
export function perDaysAfter(s: Sentence, g: Group): Group[] {
  const clause = daysAfterClause(s, g.triggers);
  if (!clause) return [g];
  const { from, to } = boundsOf(s, g);
  const cut = clause.words.start;
  const mainAct = g.triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= ACT_RANK && h.start < cut,
  );
  // Counted from the sentence's own last date before the clause, not from one it borrowed.
  const last = s.times.filter((t) => t.end <= cut).at(-1);
  const own = last?.start === g.t.start && last.value === g.t.value;
  if (cut <= from || clause.span.end > to || !mainAct || !own) return [g];
  const t = clauseDate(clause, { value: g.t.value, precision: g.t.precision, end: g.t.endValue });
  if (!t) return [g];
  return [
    stretch(
      g,
      from,
      cut,
      g.actors.filter((a) => a.start < cut),
    ),
    {
      // Its people are named in the clause, which the main act's people leave out.
      ...stretch(g, clause.span.start, clause.span.end, clausePeople(clause, s.actors)),
      t,
      triggers: clause.triggers,
    },
  ];
}
