import type {
  ActorMention,
  ArticleWork,
  EventDraft,
  Sentence,
  TimeMention,
  TriggerHit,
} from "../types.ts";
import { CALENDAR_WORD } from "../lexicon/calendar.ts";
import { DEFINITE_OCCASION } from "../lexicon/triggers.ts";
import { orgActors } from "../lexicon/orgs.ts";
import { THE_PAIR } from "../lexicon/roles.ts";
import { addDays, dayDiff, fromIso, interval, isoDay } from "../util/dates.ts";
import { eventActors } from "./actors.ts";
import { antecedentAuthor, documentNoun, reportAuthor } from "./author.ts";
import { isFutureTense } from "../time/tense.ts";
import { acronymDefinitions } from "./acronyms.ts";
import { attachSentence, familyOf, narrationOf, sharedActors } from "./attach.ts";
import { groupDates } from "./groups.ts";
import { headlineOf } from "./headline.ts";
import { objectOf } from "./object.ts";
import { hostOf } from "./host.ts";
import { findLocation, findLocations, isNationalityOnly, placesConflict } from "./location.ts";
import { perVisitor } from "./plural.ts";
import { programmeParts } from "./programme.ts";
import { inTemporalClause, reportedClause, sinceAnchor } from "./clauses.ts";
import { extendRange, refineDate } from "./range.ts";
import { endless } from "./title.ts";
import { meetingBesideDayEvent, sameDay } from "./same-day.ts";
import { actAtTheSameMoment, laterTellingOfLead } from "./lead.ts";
import { daysAfterClause } from "./days-after.ts";
import { ledOccasion } from "./delegation.ts";
import { type ClauseDate, clauseActors, inClause, otherTimeDates } from "./clause-dates.ts";
import { antecedentOccasion } from "./occasion.ts";
import { eventNear, pickBest, referredEvent } from "./refer.ts";
import { bestTrigger, findTriggers } from "./triggers.ts";

/** The dataset's window: events dated outside it are left out. */
export const WINDOW = { start: "2010-01-01", end: "2013-12-31" } as const;

const inWindow = (t: TimeMention) => {
  const [lo, hi] = interval(t.value, t.precision, t.endValue);
  return hi >= WINDOW.start && lo <= WINDOW.end;
};

/**
 * Where a visit went: the capitalised words after "visited", "travelled to", "arrived in", or
 * after "for" in "left Washington for Iowa".
 */
const DESTINATION = new RegExp(
  String.raw`\b(?:(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s)?|flew|arriv(?:ed|es))\s+(?:to\s+|in\s+)?|(?:leave|leaves|left|depart|departs|departed)\s+(?:[A-Z][\w.-]*,?\s+){1,3}for\s+)((?:the\s+)?(?!${CALENDAR_WORD})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)`,
);

/** Words that give an earlier occasion the people of the one reported ("their last meeting"). */
const SAME_PARTICIPANTS = new RegExp(
  String.raw`\bbetween (?:${THE_PAIR}|the two sides\b)|\btheir (?:first|last|previous|earlier|most recent) (?:meeting|talks|visit|summit)\b`,
  "i",
);

/** Sentence openers that continue the previous sentence's subject ("They also spoke about …"). */
const CONTINUES = /^(They|He|She|The two|Both|The leaders|The two sides|The ministers)\b/;

interface Ctx {
  work: ArticleWork;
  events: EventDraft[];
  skipped: number;
  /** Sentence index → the event whose dated sentence it is. */
  primary: Map<number, EventDraft>;
  /** Acronyms the article defines ("the Cyber Working Group (CWG)"). */
  acronyms: ReadonlyMap<string, string>;
  /** Sentences dated to a day that name people but no act (a photo caption). */
  actless: Sentence[];
  /** An undated act that joined no event it shares people with, waiting for the next sentence to date it. */
  pending?: {
    s: Sentence;
    triggers: TriggerHit[];
    actors: ActorMention[];
    /** The event the sentence joins for being nearby, unless the next sentence dates it. */
    nearby?: EventDraft;
  };
}

function newEvent(
  ctx: Ctx,
  s: Sentence,
  t: TimeMention,
  actors: ActorMention[],
  triggers: TriggerHit[],
  occasion: string | undefined,
  span?: { start: number; end: number },
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
    date: {
      value: t.value,
      precision: t.precision,
      text: t.text,
      basis: t.basis,
      ...(t.endValue ? { end: t.endValue } : {}),
    },
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
  const object = objectOf(s.text);
  if (object) e.object = object;
  // Where a visit went, in this occasion's own stretch of the sentence when it tells of several.
  const own = span ? ctx.work.text.slice(span.start, span.end) : s.text;
  const dest = own.match(DESTINATION)?.[1];
  if (dest && !isNationalityOnly(dest)) e.destination = endless(dest);
  const best = bestTrigger(triggers.filter((h) => !h.reference));
  const host = hostOf(s, actors);
  if (host) e.host = host.actor.name;
  const head = best && familyOf(best);
  if (head) e.head = head;
  e.headline = headlineOf(s, ctx.work.text, best?.start);
  let bodies = orgActors(narration, (best?.start ?? s.end) - s.start);
  // "A spokesman told a briefing that China and the U.S. held talks": the speaker reports the
  // act; whoever the reported clause names as its subject did it.
  const reported = best && reportedClause(s, best);
  if (reported !== undefined && best) {
    const text = s.text.slice(reported - s.start);
    const people = actors.filter((a) => a.start >= reported && a.start < best.start);
    const named = orgActors(text, best.start - reported);
    if (people.length || named.length) {
      actors = actors.filter((a) => a.start >= reported);
      bodies = named;
    }
  }
  if (bodies.length) e.bodies = bodies;
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

function handleDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  let usable = triggers.filter((t) => !t.reference);
  if (dateLead(ctx, s, dates, usable)) return;
  const referred = referredEvent(
    ctx.events,
    s,
    actors,
    dates[0],
    ctx.acronyms,
    narrationOf(s, ctx.work.quotes),
  );
  if (referred) {
    if (dates.length === 1 && dates[0]) refineDate(referred, dates[0]);
    return attachSentence(referred, s, actors, triggers, narrationOf(s, ctx.work.quotes));
  }
  // "The meeting was held ahead of the dialogue, which opens on Wednesday": the sentence adds to
  // the meeting already reported, and its date goes to the other occasion it names.
  const opensWithOccasion =
    /^(?:the|that|this)\s+(?:meeting|talks|summit|visit|trip|conference|session|dialogue)\b/i.test(
      s.text,
    );
  const other = opensWithOccasion
    ? referredEvent(ctx.events, s, actors, undefined, ctx.acronyms)
    : undefined;
  if (other) {
    // Its people belong to the other occasions, so the referred event gains the words only.
    attachSentence(other, s, [], [], narrationOf(s, ctx.work.quotes));
    if (dates[0]) extendRange(other, s.text, dates[0]);
    // The nouns that name the referred occasion: all of them, except those an occasion of other
    // people or days ("follows the meeting between the two ministers in April") opens.
    const nouns = [...s.text.matchAll(DEFINITE_OCCASION)]
      .filter((_, i) => i === 0 || !SAME_PARTICIPANTS.test(s.text))
      .map((m) => s.start + (m.index ?? 0) + m[0].length - (m[1] ?? "").length);
    triggers = triggers.filter((t) => !nouns.includes(t.start));
    usable = triggers.filter((t) => !t.reference && t.rank >= 4);
    // "follows the meeting between the two ministers": the earlier occasion had the same people.
    actors = SAME_PARTICIPANTS.test(s.text)
      ? [...other.actors, ...actors.filter((a) => !other.actors.some((x) => x.key === a.key))]
      : actors.filter((a) => !other.actors.some((x) => x.key === a.key));
  }
  if (!usable.length) {
    ctx.skipped++;
    if (actors.length && dates.some((t) => t.precision === "day")) ctx.actless.push(s);
    return;
  }
  const groups = groupDates(s, dates, triggers, actors).flatMap((x) => perVisitor(s, x));
  const shown = groups.filter((g) => inWindow(g.t));
  ctx.skipped += groups.length - shown.length;
  for (const g of shown) newEvent(ctx, s, g.t, g.actors, g.triggers, g.occasion, g.span);
  // "Gates will visit the missile headquarters during his trip, matching a visit by Rumsfeld in
  // 2005": the only date is another occasion's, out of the window; the sentence's own act is
  // still a part of the trip.
  if (!shown.length) addProgrammeParts(ctx, s, narrationOf(s, ctx.work.quotes), triggers, actors);
}

/**
 * "Before arriving in Washington, Chang met the Pacific commander, Adm. Locklear, in Hawaii": a
 * sentence set in another place than the event before, with someone that event does not name,
 * tells of another stop, not more of the same meeting.
 */
function elsewhere(prev: EventDraft, narration: string, actors: ActorMention[]): boolean {
  const here = prev.location;
  if (!here || !findLocations(narration).some((p) => placesConflict(here, p))) return false;
  return actors.some((a) => !prev.actors.some((x) => x.key === a.key));
}

/** A bare "later" (not "later this year"): later on the day the narration is telling of. */
const LATER = /\blater\b(?!\s+(?:this|that|next|in|on|years?|months?|weeks?|days?)\b)/i;

/** Occasions that stand apart from the day's talks: a speech, a dinner. */
const OWN_OCCASIONS = new Set(["speech", "meal"]);

/**
 * "Panetta, in remarks later to cadets at a military academy, …": a speech or a dinner "later",
 * by someone of a day-dated event just told, is another happening of that day.
 */
function laterThatDay(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  const word = LATER.exec(narration);
  if (!word || isFutureTense(narration)) return false;
  const occasion = triggers.find(
    (h) => !h.reference && !h.inQuote && OWN_OCCASIONS.has(familyOf(h) ?? ""),
  );
  if (!occasion) return false;
  const day = [...ctx.events]
    .reverse()
    .find(
      (e) =>
        e.date.precision === "day" &&
        e.sentenceIdx.some((i) => s.index - i <= 8) &&
        sharedActors(e, actors) > 0,
    );
  if (!day) return false;
  const at = s.start + word.index;
  const t = sameDay(day.date.end ?? day.date.value, at, word[0]);
  newEvent(ctx, s, t, actors, triggers, undefined);
  return true;
}

/** "also" as an adverb of the sentence's act ("X also held talks with …"). */
const ALSO = /\balso\b/i;

/**
 * "X met Xi on Saturday. X also held talks with Li and Wang.": the same traveller meeting other
 * counterparts is another meeting of that day (ANNOTATION.md: different counterparts, different
 * occasions), not more of the first one.
 */
function alsoMetOthers(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  if (!ALSO.test(narration) || isFutureTense(narration)) return false;
  const meeting = triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= 6 && familyOf(h) === "meeting",
  );
  const prev = ctx.primary.get(s.index - 1);
  const [subject, ...others] = actors;
  if (!meeting || !prev || prev.date.precision !== "day" || !subject) return false;
  const known = (a: ActorMention) => prev.actors.some((x) => x.key === a.key);
  if (!known(subject) || !others.length || others.some(known)) return false;
  // "also met the admiral at the Pentagon", where the meeting was: more of the same meeting.
  const place = (name?: string) => name?.replace(/^the\s+/i, "").toLowerCase();
  const here = place(findLocation(narration)?.name);
  if (here && here === place(prev.location?.name)) return false;
  const t = sameDay(prev.date.value, s.start, prev.date.text, s.start);
  newEvent(ctx, s, t, actors, triggers, undefined);
  return true;
}

/** Adds the parts of a visit programme the sentence tells of (events/programme.ts), if any. */
function addProgrammeParts(
  ctx: Ctx,
  s: Sentence,
  narration: string,
  triggers: TriggerHit[],
  actors: ActorMention[],
): boolean {
  const published = ctx.work.published?.estimated ? undefined : ctx.work.published?.value;
  const programme = programmeParts(s, narration, ctx.events, triggers, actors, published);
  if (!programme) return false;
  for (const part of programme.parts) {
    const e = newEvent(ctx, s, part.t, part.actors, part.triggers, undefined);
    if (part.family === "visit") e.destination = endless(part.object);
    else e.counterpart = endless(part.object);
  }
  return true;
}

function handleQuoteDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  for (const t of dates) {
    const near = eventNear(ctx.events, t, actors);
    if (near) {
      attachSentence(near, s, actors, triggers, narrationOf(s, ctx.work.quotes));
      // "continuing the conversation … tomorrow": the occasion goes on into the next day.
      for (const later of dates) {
        const end = near.date.end ?? near.date.value;
        const nextDay = later.precision === "day" && dayDiff(end, later.value) === 1;
        if (later.future && nextDay && near.date.precision === "day")
          near.date = { ...near.date, end: later.value };
      }
      return;
    }
  }
  const strong = triggers.filter((h) => h.strong && !h.reference);
  const t = dates.find(inWindow);
  if (t && strong.length) {
    // The quotation that dates the event states it: its words name the act as narration would.
    const quote = ctx.work.quotes.find((q) => q.start <= t.start && t.start < q.end);
    const own = triggers.map((h) =>
      quote && quote.start <= h.start && h.start < quote.end ? { ...h, inQuote: false } : h,
    );
    newEvent(ctx, s, t, actors, own, undefined);
    return;
  }
  ctx.skipped++;
}

function handleUndated(
  ctx: Ctx,
  s: Sentence,
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  const narration = narrationOf(s, ctx.work.quotes);
  const referred = referredEvent(ctx.events, s, actors, undefined, ctx.acronyms, narration);
  if (referred) {
    // "The talks came two weeks after Obama and Xi met": the people of the other occasion are
    // not the referred event's.
    const own = actors.filter((a) => !inTemporalClause(s, a));
    const earlier = daysAfterClause(s, triggers);
    if (earlier && referred.date.precision === "day" && !referred.date.end) {
      // "… came a day after the ministers held talks": that clause is an occasion of its own.
      const day = isoDay(addDays(fromIso(referred.date.value), -earlier.daysBefore));
      const { text, start, end } = earlier.words;
      const theirs = actors.filter(
        (a) => a.start >= earlier.span.start && a.end <= earlier.span.end,
      );
      newEvent(
        ctx,
        s,
        sameDay(day, start, text, end),
        theirs,
        earlier.triggers,
        undefined,
        earlier.span,
      );
      const rest = triggers.filter(
        (h) => h.start < earlier.span.start || h.start >= earlier.span.end,
      );
      // Its place is that occasion's, not the referred one's.
      return attachSentence(referred, s, own, rest, narration.replace(earlier.span.text, ""));
    }
    return attachSentence(referred, s, own, triggers, narration);
  }
  if (addProgrammeParts(ctx, s, narration, triggers, actors)) return;
  const led = actors.length ? ledOccasion(ctx.events, s, narration) : undefined;
  if (led) return attachSentence(led, s, actors, triggers, narration);
  if (laterThatDay(ctx, s, narration, triggers, actors)) return;
  if (alsoMetOthers(ctx, s, narration, triggers, actors)) return;
  const prev = ctx.primary.get(s.index - 1);
  const continues = prev && (sharedActors(prev, actors) > 0 || CONTINUES.test(s.text));
  if (prev && continues && !/^["“]/.test(s.text) && !elsewhere(prev, narration, actors)) {
    // "Kerry arrived on Friday. … Xi told Kerry that …": an event just before that shares more of
    // the sentence's people (the Xi meeting) is the one it goes on about.
    const closer = ctx.events.filter(
      (e) =>
        e !== prev &&
        e.sentenceIdx.some((i) => s.index - i <= 8 && i < s.index) &&
        sharedActors(e, actors) > sharedActors(prev, actors) &&
        !elsewhere(e, narration, actors),
    );
    const day = pickBest(closer, actors) ?? prev;
    if (meetingBesideDayEvent(day, narration, triggers, actors)) {
      const t = sameDay(day.date.value, s.start, day.date.text, s.start);
      newEvent(ctx, s, t, actors, triggers, undefined).apart = true;
      return;
    }
    return attachSentence(day, s, actors, triggers, narration);
  }
  const strong = triggers.filter((h) => h.strong && !h.reference && !h.inQuote);
  const acts = triggers.filter((h) => !h.reference && !h.inQuote && h.rank >= LEAD_ACT_RANK);
  if (acts.length && !isFutureTense(narration)) ctx.pending = { s, triggers, actors };
  if (!strong.length) return;
  // "… is expected to be on the agenda when officials meet in the summer": an occasion still to
  // come is not the occurred event of the sentences before.
  if (isFutureTense(narration)) return;
  const recent = ctx.events.filter((e) =>
    e.sentenceIdx.some((i) => s.index - i <= 8 && i < s.index),
  );
  const sharing = recent.filter(
    (e) => sharedActors(e, actors) > 0 && !elsewhere(e, narration, actors),
  );
  const target =
    pickBest(sharing, actors, s.scene) ??
    recent.find(
      (e) =>
        e.date.precision === "day" &&
        e.sentenceIdx.some((i) => s.index - i <= 2) &&
        !elsewhere(e, narration, actors),
    );
  if (!target) return;
  // Joined only for being nearby, the sentence lends its words but not its people to the event;
  // an act the next sentence may date as its own ("… were postponed. / X said on Saturday …")
  // waits for that sentence first (see `dateLead`).
  if (sharing.includes(target)) attachSentence(target, s, actors, triggers, narration);
  else if (ctx.pending?.s === s) ctx.pending.nearby = target;
  else attachSentence(target, s, [], triggers, narration);
}

/**
 * A sentence with dates in clauses of another time (events/clause-dates.ts): the main clause's act
 * takes the other dates or none, and each clause with an act of its own is its own event.
 */
function handleOtherTimes(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  clauses: ClauseDate[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  const rest = dates.filter((t) => !clauses.some((c) => c.t === t));
  const own = triggers.filter((h) => !inClause(clauses, h.start));
  const people = actors.filter((a) => !inClause(clauses, a.start));
  if (rest.length) handleDated(ctx, s, rest, own, people);
  else handleUndated(ctx, s, own, people);
  for (const c of clauses.filter((x) => x.triggers.length && inWindow(x.t)))
    newEvent(ctx, s, c.t, clauseActors(c, actors), c.triggers, undefined, c.span);
}

/** The pending lead, unless still `current`'s to date, goes to the event it was near. */
function settlePending(ctx: Ctx, current?: Sentence): void {
  const lead = ctx.pending;
  if (!lead || (current && lead.s.index >= current.index - 1)) return;
  if (lead.nearby) {
    const narration = narrationOf(lead.s, ctx.work.quotes);
    attachSentence(lead.nearby, lead.s, [], lead.triggers, narration);
  }
  delete ctx.pending;
}

/** The lowest trigger rank of an act a later statement can date (above "said", "told"). */
const LEAD_ACT_RANK = 5;

/**
 * "China has suspended military exchanges … / The Defense Ministry said early Saturday that …":
 * a news lead often states the act undated and the next sentence dates the announcement of it.
 * When a dated sentence only reports speech and the sentence before holds an undated act that
 * joined no event, the date is the act's: the lead becomes the event, the statement its evidence.
 */
function dateLead(ctx: Ctx, s: Sentence, dates: TimeMention[], usable: TriggerHit[]): boolean {
  const lead = ctx.pending;
  if (!lead || lead.s.index !== s.index - 1 || lead.s.paragraph < s.paragraph - 1) return false;
  if (usable.some((h) => h.rank >= LEAD_ACT_RANK - 1 || h.strong)) return false;
  const t = dates.find((d) => d.precision !== "year" && !d.future && inWindow(d));
  if (!t) return false;
  const e = newEvent(ctx, lead.s, t, lead.actors, lead.triggers, undefined);
  attachSentence(e, s, [], [], narrationOf(s, ctx.work.quotes));
  delete ctx.pending;
  return true;
}

/**
 * Drafts the events of one article, sentence by sentence in reading order:
 * a dated sentence with a trigger opens an event (one per named occasion); a sentence dated only
 * inside a quotation joins the event of that day; an undated sentence that refers back ("the
 * meeting"), continues the previous one, or names an occasion with the same people joins it.
 */
export function draftEvents(work: ArticleWork): { events: EventDraft[]; skipped: number } {
  const ctx: Ctx = {
    work,
    events: [],
    skipped: 0,
    primary: new Map(),
    acronyms: acronymDefinitions(work.text),
    actless: [],
  };
  for (const s of work.sentences) {
    if (s.kind === "dateline") continue;
    settlePending(ctx, s);
    const triggers = findTriggers(s, work.quotes);
    const actors = eventActors(s, work, triggers);
    const narrated = s.times.filter(
      (t) => (!t.inQuote || t.basis === "explicit") && !sinceAnchor(s, t, triggers),
    );
    const quoted = s.times.filter((t) => t.inQuote && t.basis !== "explicit");
    const others = otherTimeDates(s, narrated, triggers, work.quotes);
    if (others.length) handleOtherTimes(ctx, s, narrated, others, triggers, actors);
    else if (narrated.length) handleDated(ctx, s, narrated, triggers, actors);
    else if (quoted.length) handleQuoteDated(ctx, s, quoted, triggers, actors);
    else handleUndated(ctx, s, triggers, actors);
  }
  settlePending(ctx);
  dateLeadByLaterTelling(ctx);
  joinActless(ctx);
  return { events: ctx.events, skipped: ctx.skipped };
}

/**
 * A lead with no date that no event took: when the article dates its occasion further down (a
 * later sentence or a photo caption tells the same meeting with its day), the lead is evidence of
 * that occasion, and an act it sets at the same moment ("X tested a jet as Y met Z") happened
 * that day too.
 */
function dateLeadByLaterTelling(ctx: Ctx): void {
  const lead = ctx.work.sentences.find((s) => s.kind !== "dateline");
  if (!lead || lead.times.length) return;
  if (ctx.events.some((e) => e.sentenceIdx.includes(lead.index))) return;
  const narration = narrationOf(lead, ctx.work.quotes);
  if (isFutureTense(narration)) return;
  const triggers = findTriggers(lead, ctx.work.quotes).filter((h) => !h.reference && !h.inQuote);
  const actors = eventActors(lead, ctx.work, triggers);
  const occasion = laterTellingOfLead(lead, triggers, actors, ctx.events);
  if (!occasion) return;
  const people = actors.filter((a) => occasion.actors.some((x) => x.key === a.key));
  const act = actAtTheSameMoment(lead, triggers, people, occasion.head);
  const theirs = act ? actors.filter((a) => a.start >= act.span.end) : actors;
  const itsWords = triggers.filter((h) => familyOf(h) === occasion.head);
  attachSentence(occasion, lead, theirs, itsWords, narration);
  if (!act) return;
  const t = sameDay(occasion.date.value, lead.start, occasion.date.text, lead.start);
  const own = actors.filter((a) => a.end <= act.span.end);
  newEvent(ctx, lead, t, own, act.triggers, undefined, act.span);
}

/**
 * "Liang presents a book to Lt. Gen. Huntoon, West Point, May 10, 2012": a sentence dated to a
 * day that names no act, only people, shows the event of that day that shares a person with it
 * (wherever that event is reported in the article), so it joins it as evidence.
 */
function joinActless(ctx: Ctx): void {
  for (const s of ctx.actless) {
    const days = new Set(s.times.filter((t) => t.precision === "day").map((t) => t.value));
    const actors = eventActors(s, ctx.work, []);
    const same = ctx.events.filter(
      (e) =>
        e.date.precision === "day" &&
        days.has(e.date.value) &&
        !e.sentenceIdx.includes(s.index) &&
        sharedActors(e, actors) > 0,
    );
    const target = pickBest(same, actors);
    if (target) attachSentence(target, s, actors, [], narrationOf(s, ctx.work.quotes));
  }
}
