import type { Span } from "../groups.ts";
import type { ActorMention, EventDraft, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { definiteBody } from "../definite-body.ts";
import { CALENDAR_WORD, WEEKDAYS } from "../../lexicon/calendar.ts";
import { isGovernment, orgActors, togetherBodies } from "../../lexicon/orgs.ts";
import { antecedentAuthor, documentNoun, reportAuthor } from "../author.ts";
import { attachSentence, familyOf, narrationOf } from "../attach.ts";
import { headlineOf } from "../headline.ts";
import { trailingAttribution } from "../actors.ts";
import { objectOf } from "../object.ts";
import { hostOf } from "../host.ts";
import { vesselActors } from "../vessel-actors.ts";
import { isNationalityOnly } from "../location.ts";
import { announcedBefore, isToldOn, reportedClause } from "../clauses.ts";
import { dateFromMention } from "../range.ts";
import { endless } from "../title.ts";
import { antecedentOccasion } from "../occasion.ts";
import { bestTrigger } from "../triggers.ts";
import type { Ctx } from "./context.ts";
import { ZONED_AFTER } from "../../time/zone.ts";

/**
 * Where a visit went: the capitalised words after "visited", "travelled to", "arrived in", "will
 * stop at", "flew to", "is due in", or after "for" in "left Washington for Ohio" (a day may stand
 * before the "for": "left Tokyo on Friday for Seoul").
 */
/** A place's name, captured by the patterns below: "Iowa", "the Pentagon", "Los Angeles". */
const PLACE = String.raw`(?:the\s+)?(?!${CALENDAR_WORD})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*`;

/** A day told between a place left and the next one: "left Tokyo on Friday for Seoul". */
const DAY_TOLD = String.raw`(?:(?:early|late)\s+)?(?:on\s+)?(?:${WEEKDAYS.join("|")})(?:\s+(?:morning|afternoon|evening|night))?`;

const DESTINATION = new RegExp(
  String.raw`\b(?:(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s)?|fl(?:y|ies|ew)|arriv(?:ed|es)|stop(?:s|ped)?|due|berthed|docked)\s+(?:to\s+|in\s+|at\s+)?|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:[A-Z][\w.-]*,?\s+){0,3}(?:${DAY_TOLD}\s+)?for\s+)(${PLACE})`,
);

/**
 * A reported clause opened by a noun, not by a pronoun that may be the speaker or the speaker's
 * body: "the frigate would arrive", "two cruisers would take part" (not "he would visit").
 */
const THING_SUBJECT = /^\s*(?!(?:he|she|they|we|i|it)\b)[a-z]/i;

/**
 * A clause's words before its act, when they are its subject alone: a phrase set ahead of the
 * subject ("during the talks, which …, he agreed") leaves the subject unsure, and none is given.
 */
const clauseSubject = (clause: string, act: number) => {
  const head = clause.slice(0, act);
  return /[,;]/.test(head) ? "" : head;
};

/**
 * "returns a visit Chen made to the US in May", "one Liang paid to the Pentagon": the name after
 * the visit is who made it, and the place after "to" is where it went.
 */
const VISIT_MADE_TO = new RegExp(
  String.raw`\b(?:visit|trip|one)\s+(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:had\s+)?(?:made|paid|took|makes|pays)\s+to\s+(${PLACE})`,
);

/**
 * "will travel to Iowa on Wednesday and to Los Angeles on Friday": the stretch of a later date
 * that opens with "and to" a place names where that leg goes.
 */
const AND_TO = new RegExp(String.raw`^\s*,?\s*(?:and|then)\s+(?:later\s+|then\s+)?to\s+(${PLACE})`);

/** A place's name right after a stay's words ("was in China", a row's "Roe in China"). */
const PLACE_NEXT = new RegExp(String.raw`^\s+(${PLACE})`);

/**
 * Where a stay was: the place right after the words of a stay trigger (lexicon stay-in: "was
 * in", "will be at", a dated row's "in"), which name no verb of travel for DESTINATION to read.
 */
function stayedIn(s: Sentence, best: TriggerHit | undefined): string | undefined {
  if (!best || !/(?:^|\s)(?:in|at)$/.test(best.text) || familyOf(best) !== "visit")
    return undefined;
  return PLACE_NEXT.exec(s.text.slice(best.start - s.start + best.text.length))?.[1];
}

export function newEvent(
  ctx: Ctx,
  s: Sentence,
  t: TimeMention,
  actors: ActorMention[],
  triggers: TriggerHit[],
  occasion: string | undefined,
  span?: Span,
): EventDraft {
  // The words of this occasion only, when the sentence tells of several (its place, its bodies).
  const narration = narrationOf(s, ctx.work.quotes, span);
  // Tense is read in the clause of the date (time stage), not the whole sentence; an occasion of
  // several days that began by the day of publication ("the three-day visit ends Wednesday") is
  // under way, not planned.
  const published = ctx.work.published?.estimated ? undefined : ctx.work.published?.value;
  const begun = !!t.endValue && !!published && t.value <= published;
  const planned = t.future && !begun;
  const before = (h: TriggerHit) => s.text.slice(0, h.start - s.start);
  // "The report comes weeks after Mandiant released a report in February": a new report named in
  // the sentence is its event; "the report" only points back to another one.
  const fresh = triggers.some(
    (h) => h.noun === "report" && /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(before(h)),
  );
  const definite = fresh
    ? undefined
    : triggers.find((h) => h.noun === "report" && /\b(?:the|that|this)\s+$/i.test(before(h)));
  if (!occasion && definite)
    occasion = antecedentOccasion(ctx.work.sentences, s.index, definite.text.toLowerCase());
  const basisScore: Record<string, number> = {
    explicit: 0.9,
    "relative-to-publication": 0.85,
    "relative-to-utterance": 0.75,
    "previous-date": 0.6,
  };
  const e: EventDraft = {
    articleId: ctx.work.id,
    date: dateFromMention(t),
    status: planned ? "planned" : "occurred",
    type: { cameo: "010", label: "Make statement" },
    triggers: [],
    ...(occasion ? { occasion: ctx.acronyms.get(occasion) ?? occasion } : {}),
    actors: [],
    evidence: [],
    sentenceIdx: [],
    quotes: [],
    topics: [],
    confidence: (basisScore[t.basis] ?? 0.7) * (planned ? 0.85 : 1),
  };
  if (isToldOn(s, t)) e.toldOn = true;
  if (ZONED_AFTER.test(s.text.slice(t.end - s.start))) e.zoned = true;
  if (published) e.toldBy = published;
  const object = objectOf(s.text);
  if (object) e.object = object;
  // Where a visit went, in this occasion's own stretch of the sentence when it tells of several.
  const own = span ? ctx.work.text.slice(span.start, span.end) : s.text;
  const best = bestTrigger(triggers.filter((h) => !h.reference));
  const dest =
    own.match(VISIT_MADE_TO)?.[1] ??
    own.match(DESTINATION)?.[1] ??
    own.match(AND_TO)?.[1] ??
    stayedIn(s, best);
  if (dest && !isNationalityOnly(dest)) e.destination = endless(dest);
  const host = hostOf(s, actors);
  if (host) e.host = host.actor.name;
  const head = best && familyOf(best);
  if (head) e.head = head;
  e.headline = headlineOf(s, ctx.work.text, best?.start, span);
  // A body in a trailing attribution (", the Foreign Ministry said.") reported the act.
  const reporter = trailingAttribution(s, triggers);
  const acting = reporter === undefined ? narration : narration.slice(0, reporter - s.start);
  // Named warships that sail, drill or call at a port act themselves, beside any other body.
  const actAt = (best?.start ?? s.end) - s.start;
  const ships = vesselActors(acting, actAt);
  // "The committee held a hearing with Huawei": the body named in full earlier, now by a noun of
  // its kind, is the subject when no body is named before the act.
  const subjectSide = ships.masked.slice(0, actAt);
  // (The noun is looked for first: it is rare, and naming bodies runs every body's pattern.)
  const noun = definiteBody(subjectSide, ctx.work.text, s.start);
  const called =
    noun && !orgActors(subjectSide, actAt).some((b) => !isGovernment(b)) ? noun : undefined;
  let bodies = [...ships.actors, ...(called ? [called] : orgActors(ships.masked, actAt))];
  // "A spokesman told a briefing that China and the U.S. held talks": the speaker reports the
  // act; whoever the reported clause names as its subject did it.
  const reported = best && reportedClause(s, best);
  // "announced on Monday that the army would host foreign officers": dated by the telling, it is
  // the announcement, the speaker's act, beside whoever the announced plan names.
  const announcer =
    reported !== undefined && t.start < reported ? announcedBefore(triggers, reported) : undefined;
  if (announcer) {
    e.announced = true;
    e.headline = headlineOf(s, ctx.work.text, announcer.start, span);
  }
  if (reported !== undefined && best && !announcer) {
    const text = s.text.slice(reported - s.start);
    const people = actors.filter((a) => a.start >= reported && a.start < best.start);
    const named = orgActors(text, best.start - reported);
    if (people.length || named.length) {
      actors = actors.filter((a) => a.start >= reported);
      bodies = named;
    } else if (
      t.start >= reported &&
      THING_SUBJECT.test(clauseSubject(text, best.start - reported))
    ) {
      // "told reporters that the frigate would arrive on Tuesday": what the clause names does
      // the act it dates, not the speaker (a pronoun may be the speaker: "said he would visit"). An act
      // dated by the telling ("announced on Saturday that the two will set up …") is the
      // speaker's announcement.
      actors = actors.filter((a) => a.start >= reported);
    }
  }
  // "The two navies held a drill": the services acted, not their governments.
  const together = togetherBodies(acting);
  if (together.length && bodies.every((b) => isGovernment(b))) bodies = together;
  if (bodies.length) e.bodies = bodies;
  // "Foreign Ministry spokesman Hong Lei said …": the spokesperson is the actor; the ministry
  // their title names speaks through them and is no second actor (a named person outranks
  // bodies in 09-assemble).
  if (best?.noun === "report") {
    // A report's actor is its author; the people and bodies it accuses or is addressed to are
    // its content ("a report by Mandiant said a PLA unit …", "the Pentagon's report to Congress").
    const author =
      reportAuthor(narrationOf(s, ctx.work.quotes)) ??
      (definite ? antecedentAuthor(ctx.work.sentences, s.index) : undefined);
    if (author) {
      const own = actors.filter(
        (a) => a.start < s.start + author.end && s.start + author.start < a.end,
      );
      actors = definite && !reportAuthor(s.text) ? [] : own;
      if (!actors.length) e.bodies = [author.actor];
      // "Mandiant's report" is the Mandiant report; a "Review" inside the author's own name
      // ("Economic and Security Review Commission") is no occasion.
      const name = author.actor.name;
      const noun = documentNoun(s.text, author);
      if (noun && (!e.occasion || name.includes(e.occasion.replace(/^the\s+/i, ""))))
        e.occasion = `${name} ${noun}`;
    }
  }
  attachSentence(e, s, actors, triggers, narration, true);
  ctx.events.push(e);
  if (!ctx.primary.has(s.index)) ctx.primary.set(s.index, e);
  return e;
}
