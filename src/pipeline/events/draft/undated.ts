import type { ActorMention, EventDraft, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { opensEntry } from "../../time/month-of-year.ts";
import { isFutureTense } from "../../time/tense.ts";
import { attachSentence, narrationOf, sharedActors } from "../attach.ts";
import { findLocations, placesConflict } from "../location.ts";
import { inTemporalClause } from "../clauses.ts";
import { meetingBesideDayEvent, sameDay } from "../same-day.ts";
import { clauseDate, clausePeople, daysAfterClause } from "../days-after.ts";
import { ledOccasion } from "../delegation.ts";
import { pickBest, referredEvent } from "../refer.ts";
import { CONTINUED_SUBJECT } from "../../lexicon/roles.ts";
import { type Ctx, LEAD_ACT_RANK } from "./context.ts";
import { ACT_RANK } from "../ranks.ts";
import { isGovernment } from "../../lexicon/orgs.ts";
import { newEvent } from "./new-event.ts";
import { meetingBesideOccasion, occasionAfter } from "../after-occasion.ts";
import { addProgrammeParts } from "./programme-parts.ts";
import { DURING_TRIP } from "../programme.ts";
import { speaksFor, spokespersonOf } from "../spokesperson.ts";
import { laterThatDay, alsoMetOthers, alsoOwnOccasion } from "./same-day-acts.ts";

/** How many sentences after a body's statement its spokesperson may still be quoted on it. */
const SPOKESPERSON_REACH = 2;

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

/**
 * The date of the chronology's entry (time/month-of-year.ts) that opens the sentence's paragraph,
 * with its year or without ("Sept. 4 — …").
 */
function entryDate(ctx: Ctx, s: Sentence): TimeMention | undefined {
  const first = ctx.work.sentences.find((x) => x.paragraph === s.paragraph);
  if (!first || first.index === s.index || first.kind !== "body") return undefined;
  return opensEntry(first.text, first.start, first.times) ? first.times[0] : undefined;
}

/**
 * "The talks came two weeks after Obama and Xi met": a clause counted back from the event the
 * sentence goes on about is an occasion of its own, that many days before it; the rest of the
 * sentence joins the event. Whether there was such a clause.
 */
function countedBack(
  ctx: Ctx,
  s: Sentence,
  referred: EventDraft,
  triggers: TriggerHit[],
  actors: ActorMention[],
  own: ActorMention[],
  narration: string,
): boolean {
  // "… since Beijing froze exchanges on January 30, a day after …" counts from its own date,
  // not from the event the sentence refers to.
  const clause = daysAfterClause(s, triggers);
  const earlier = clause && !s.times.some((t) => t.end <= clause.words.start) ? clause : undefined;
  const when = earlier && clauseDate(earlier, referred.date);
  if (!earlier || !when) return false;
  newEvent(ctx, s, when, clausePeople(earlier, actors), earlier.triggers, undefined, earlier.span);
  const rest = triggers.filter((h) => h.start < earlier.span.start || h.start >= earlier.span.end);
  // Its place is that occasion's, not the referred one's; nor are its people.
  const others = own.filter((a) => a.start < earlier.span.start || a.start >= earlier.span.end);
  attachSentence(referred, s, others, rest, narration.replace(earlier.span.text, ""));
  return true;
}

/**
 * "The officials of the two countries pledged on Monday to keep talking. Hagel hosted Chang for
 * talks at the Pentagon.": an event that names no one (or only governments, acting as a whole)
 * gains the people a sentence nearby names acting in it (ANNOTATION.md: actors are who met, who
 * hosted).
 */
function peopleOfGovernments(
  target: EventDraft,
  actors: ActorMention[],
  ownActs: TriggerHit[],
): boolean {
  return (
    ownActs.length > 0 &&
    target.actors.every((a) => isGovernment(a.actor)) &&
    actors.some((a) => !isGovernment(a.actor))
  );
}

export function handleUndated(
  ctx: Ctx,
  s: Sentence,
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  const narration = narrationOf(s, ctx.work.quotes);
  // "The first crack came in October. Meeting in Hanoi, Liang invited Gates …": the act right
  // after a sentence that only sets a moment happened then.
  const moment = ctx.moment?.s.index === s.index - 1 ? ctx.moment : undefined;
  const ownActs = triggers.filter((h) => !h.reference && !h.inQuote && h.rank >= ACT_RANK);
  if (moment && ownActs.length && !isFutureTense(narration)) {
    const e = newEvent(ctx, s, moment.t, actors, triggers, undefined);
    attachSentence(e, moment.s, [], [], narrationOf(moment.s, ctx.work.quotes));
    return;
  }
  // "* May 2011 - The minister visits the capital. The army test-fires a missile during his
  // stay.": a later sentence of a chronology's entry with an act of its own happened at the
  // entry's date.
  const entry = entryDate(ctx, s);
  if (entry && ownActs.length && !isFutureTense(narration)) {
    newEvent(ctx, s, entry, actors, triggers, undefined);
    return;
  }
  // "Speaking at a joint press conference after the talks, Hu said …": a statement or a news
  // conference set after an occasion of one day is a happening of its own that day.
  const after = occasionAfter(ctx.events, s, triggers);
  if (after) {
    const { referred: frame, acts } = after;
    const t = sameDay(frame.date.value, s.start, frame.date.text ?? "", s.start);
    newEvent(ctx, s, t, actors.length ? actors : frame.actors, acts, undefined).apart = true;
    return;
  }
  // "Before the session opened, the two premiers held a short meeting": a meeting on the
  // occasion's sidelines, that day.
  const beside = meetingBesideOccasion(ctx.events, s, triggers, actors);
  if (beside) {
    const { referred: frame, acts } = beside;
    const t = sameDay(frame.date.value, s.start, frame.date.text ?? "", s.start);
    newEvent(ctx, s, t, actors, acts, undefined).apart = true;
    return;
  }
  // "“…,” ministry spokesman Geng Yansheng said in a statement": the body whose statement was
  // just told said it through its spokesperson.
  const speaker = spokespersonOf(s, s.actors, ctx.work.text);
  const spoken =
    speaker &&
    ctx.events.find((e) => {
      const first = e.sentenceIdx[0] ?? s.index;
      return first < s.index && s.index - first <= SPOKESPERSON_REACH && speaksFor(e, speaker);
    });
  if (speaker && spoken) {
    spoken.spokenFor = true;
    return attachSentence(spoken, s, [speaker.person], triggers, narration);
  }
  const referred = referredEvent(ctx.events, s, actors, undefined, ctx.acronyms, narration);
  // "During the visit he also met X and Y": the trip the sentence names has parts in it, each a
  // happening of its own, not more of the trip.
  if (
    referred &&
    DURING_TRIP.test(narration) &&
    addProgrammeParts(ctx, s, narration, triggers, actors)
  )
    return;
  if (referred) {
    // "The talks came two weeks after Obama and Xi met": the people of the other occasion are
    // not the referred event's. Nor is someone who only speaks of what a body alone did ("Li
    // Wei, a researcher, said the ministry's report was weak"): the words are their own view.
    const bodyAlone = !referred.actors.length && !!referred.bodies?.length;
    const speaks = (h: TriggerHit) => !h.noun && h.rank < ACT_RANK;
    const onlySpeaks = triggers.some(speaks) && triggers.every((h) => speaks(h) || !!h.noun);
    const own = bodyAlone && onlySpeaks ? [] : actors.filter((a) => !inTemporalClause(s, a));
    if (countedBack(ctx, s, referred, triggers, actors, own, narration)) return;
    return attachSentence(referred, s, own, triggers, narration);
  }
  if (addProgrammeParts(ctx, s, narration, triggers, actors)) return;
  const led = actors.length ? ledOccasion(ctx.events, s, narration) : undefined;
  if (led) return attachSentence(led, s, actors, triggers, narration);
  if (laterThatDay(ctx, s, narration, triggers, actors)) return;
  if (alsoMetOthers(ctx, s, narration, triggers, actors)) return;
  if (alsoOwnOccasion(ctx, s, narration, triggers, actors)) return;
  const prev = ctx.primary.get(s.index - 1);
  const continues = prev && (sharedActors(prev, actors) > 0 || CONTINUED_SUBJECT.test(s.text));
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
    if (countedBack(ctx, s, day, triggers, actors, actors, narration)) return;
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
  if (
    countedBack(ctx, s, target, triggers, actors, sharing.includes(target) ? actors : [], narration)
  )
    return;
  // Joined only for being nearby, the sentence lends its words but not its people to the event;
  // an act the next sentence may date as its own ("… were postponed. / X said on Saturday …")
  // waits for that sentence first (see `dateLead` in lead-dating.ts).
  if (sharing.includes(target) || peopleOfGovernments(target, actors, ownActs))
    attachSentence(target, s, actors, triggers, narration);
  else if (ctx.pending?.s === s) ctx.pending.nearby = target;
  else attachSentence(target, s, [], triggers, narration);
}
