import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../../types.ts";
import { DEFINITE_OCCASION } from "../../lexicon/triggers.ts";
import { THE_PAIR } from "../../lexicon/roles.ts";
import { attachSentence, narrationOf } from "../attach.ts";
import { groupDates, relativeClauseOf } from "../groups.ts";
import { ACT_RANK, ANNOUNCE_RANK } from "../ranks.ts";
import { perCounterpart, perSeparately, perSpeaker, perSubject } from "../per-subject.ts";
import {
  perAfterClause,
  perDaysAfter,
  perLaterMeeting,
  perSecondAct,
  perSpeech,
  perTalksOnTrip,
} from "../per-act.ts";
import { perVisitor } from "../plural.ts";
import { perMechanism } from "../per-mechanism.ts";
import { perDistinctAct } from "../per-distinct-act.ts";
import { schedulesOnly } from "../schedule-told.ts";
import { extendRange, refineDate } from "../range.ts";
import { referredEvent } from "../refer.ts";
import { bestTrigger } from "../triggers.ts";
import {
  datesOnlyWhatWasSaid,
  laterTimeClausePerson,
  namedOnlyAfterDateClause,
  toldPlanOnly,
} from "../clauses.ts";
import { framedAct, withFramedActs } from "../frame.ts";
import {
  answersDocument,
  documentTells,
  isDocumentRelease,
  releasesAnsweredDocument,
} from "../reaction.ts";
import { momentSet, occasionTitle } from "../moment.ts";
import { passingOccasion } from "../passing-occasion.ts";
import { perAttribution } from "../attribution.ts";
import { dayOfProgramme, namesProgramme } from "../programme.ts";
import { inWindow } from "./window.ts";
import { handleUndated } from "./undated.ts";
import type { Ctx } from "./context.ts";
import { newEvent } from "./new-event.ts";
import { laterOccasionOfDay } from "./same-day-acts.ts";
import { addProgrammeParts } from "./programme-parts.ts";
import { perOwnOccasion } from "../per-own-occasion.ts";
import { perStop } from "../per-stop.ts";
import { perDatedStop } from "../per-dated-stop.ts";
import { perNextOccasion } from "../per-next-occasion.ts";
import { perBesides } from "../per-besides.ts";
import { dateLead } from "./lead-dating.ts";
import { perSameMomentClause } from "../same-moment.ts";
import { matchesOf } from "../../util/matches.ts";
import { occasionGoingOn } from "../continued.ts";
import { occasionEnd } from "../occasion-end.ts";
import { perListedAct } from "../per-listed-act.ts";
import { perProgrammeItem } from "../per-programme-item.ts";
import { clauseActsApart, datesApartFrom } from "../clause-apart.ts";
import { opensWithNewCounterpart } from "../named-counterpart.ts";

/** "the visit of Admiral X", "the trip by the Chinese delegation": an occasion naming its people. */
const NAMES_ITS_PEOPLE = /^\s+(?:of|by)\s+(?:the\s+)?[A-Z]/;

/** Words that give an earlier occasion the people of the one reported ("their last meeting"). */
const SAME_PARTICIPANTS = new RegExp(
  String.raw`\bbetween (?:${THE_PAIR}|the two sides\b)|\btheir (?:first|last|previous|earlier|most recent) (?:meeting|talks|visit|summit)\b`,
  "i",
);

export function handleDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  let usable = triggers.filter((t) => !t.reference);
  if (dateLead(ctx, s, dates, usable)) return;
  // "May 9: The lecture." heads what the next sentence tells; it is no event of its own.
  const title = occasionTitle(s);
  if (title) {
    ctx.moment = { s, t: title };
    ctx.skipped++;
    return;
  }
  const narration = narrationOf(s, ctx.work.quotes);
  if (
    toldPlanOnly(
      s,
      dates.filter((t) => !relativeClauseOf(s, t)),
      narration,
      usable,
    )
  ) {
    ctx.skipped++;
    return handleUndated(ctx, s, triggers, actors);
  }
  // "The exercise runs until Friday": the end of an occasion already reported.
  const ended = occasionEnd(ctx.events, s, dates, actors, ctx.acronyms, narration);
  if (ended) return attachSentence(ended, s, actors, triggers, narration);
  const only = dates.length === 1 ? dates[0] : undefined;
  if (only && laterOccasionOfDay(s, only, triggers)) {
    newEvent(ctx, s, only, actors, triggers, undefined).apart = true;
    return;
  }
  // "The meeting was held ahead of the dialogue, which opens on Wednesday": the sentence adds to
  // the meeting already reported, and its date goes to the other occasion it names.
  const opening =
    /^(?:the|that|this)\s+(?:(?:year|month|week)['’]s\s+)?(?:meeting|talks|summit|visit|trip|conference|session|dialogue)\b/i.exec(
      s.text,
    );
  const opensWithOccasion = opening !== null;
  // "The talks followed the visit of Admiral X to Beijing in November": a date after another
  // occasion that names its own people is that occasion's, not the opening one's.
  const datesOther =
    opensWithOccasion &&
    matchesOf(s.text, DEFINITE_OCCASION)
      .slice(1)
      .some(
        (m) =>
          NAMES_ITS_PEOPLE.test(s.text.slice((m.index ?? 0) + m[0].length)) &&
          dates.every((d) => d.start > s.start + (m.index ?? 0)),
      );
  // "The talks were co-chaired by X and Y, who arrived on Tuesday for a three-day visit": a
  // sentence's only date, inside a relative clause with an act of its own, is that act's; it
  // does not date the occasion the sentence opens with.
  const clause = dates.length === 1 && dates[0] ? relativeClauseOf(s, dates[0]) : undefined;
  const clauseDate =
    !!clause &&
    usable.some((h) => h.rank >= ACT_RANK && h.start > clause.start && h.start < clause.end);
  // "The session, held under the 1998 agreement, was to end today": a year outside the dataset's
  // window names something else (an agreement, a law); the occasion is found by the sentence's
  // first date inside it.
  const referenceDate = dates.find(inWindow) ?? dates[0];
  // "A storm struck the port on May 2, and aides wondered if the visit would go on": the visit is
  // only named again, and the date is not its.
  const namedLater = !!only && namedOnlyAfterDateClause(s, only);
  const candidate =
    datesOther || clauseDate || namedLater
      ? undefined
      : referredEvent(ctx.events, s, actors, referenceDate, ctx.acronyms, narration);
  // "This year's talks follow up on a trip in March and a round convened in 2011": an occasion
  // the sentence opens with, none of whose days it names, is only named; the dates are the other
  // occasions'.
  const told = dates.filter((d) => d.start >= s.start + (opening?.[0].length ?? 0));
  const undated =
    opensWithOccasion && !!candidate && told.length > 0 && datesApartFrom(candidate, told);
  // The opening's own "this year's" dates the occasion named, already reported.
  if (undated) dates = told;
  const found =
    candidate && !undated && !releasesAnsweredDocument(candidate, usable) ? candidate : undefined;
  // "A spokesman said on Wednesday that the report was unprofessional": the answer is its own
  // happening; the document it names is its object, not its act.
  const answered = found ? answersDocument(found, s, usable, actors) : undefined;
  if (answered !== undefined) {
    triggers = triggers.filter((t) => t.start < answered || t.noun !== "report");
    usable = triggers.filter((t) => !t.reference);
  }
  // '"In 2012, networks were targets of intrusions," the report says': a date inside the words a
  // document already reported is quoted from is what it tells of, not when it came out.
  const quoting =
    !found && !datesOther && (dates.every((t) => t.inQuote) || documentTells(s))
      ? referredEvent(ctx.events, s, actors, undefined, ctx.acronyms, narration)
      : undefined;
  if (quoting && isDocumentRelease(quoting))
    return attachSentence(quoting, s, actors, triggers, narration);
  // "He is to speak at the university on Sunday, on the last leg of the trip": a later day of a
  // programme with an act of its own is a part of it.
  const part = found && answered === undefined && dayOfProgramme(found, s, dates, usable);
  const referred = answered === undefined && !part ? found : undefined;
  if (part && found) {
    triggers = triggers.filter((t) => !namesProgramme(found, s, t));
    usable = triggers.filter((t) => !t.reference);
  }
  // "The drill came as the minister arrived in Beijing": the words add to the drill, and the
  // arrival is a happening of its own, with the people of its clause.
  const framed = referred ? framedAct(s, triggers) : undefined;
  if (referred && framed) {
    attachSentence(referred, s, [], [], narration);
    triggers = withFramedActs(triggers, framed.acts, framed.at);
    usable = triggers.filter((t) => !t.reference);
    actors = [...actors.filter((a) => a.start >= framed.at), ...(framed.named ?? [])].filter(
      (a, i, all) => all.findIndex((x) => x.key === a.key) === i,
    );
  } else if (referred) {
    if (dates.length === 1 && dates[0]) refineDate(referred, dates[0]);
    return attachSentence(referred, s, actors, triggers, narration);
  }
  const reported =
    opensWithOccasion || namedLater
      ? referredEvent(ctx.events, s, actors, undefined, ctx.acronyms)
      : undefined;
  const other =
    reported && !opensWithNewCounterpart(s, reported, dates, actors) ? reported : undefined;
  if (other) {
    // Its people belong to the other occasions, so the referred event gains the words only.
    attachSentence(other, s, [], [], narration);
    if (dates[0]) extendRange(other, s.text, dates[0]);
    // The nouns that name the referred occasion: all of them, except those an occasion of other
    // people or days ("follows the meeting between the two ministers in April") opens, or that
    // name their own people ("followed the visit of Admiral X to Beijing in November").
    const nouns = matchesOf(s.text, DEFINITE_OCCASION)
      .filter(
        (m, i) =>
          i === 0 ||
          !(
            SAME_PARTICIPANTS.test(s.text) ||
            NAMES_ITS_PEOPLE.test(s.text.slice((m.index ?? 0) + m[0].length))
          ),
      )
      .map((m) => s.start + (m.index ?? 0) + m[0].length - (m[1] ?? "").length);
    triggers = triggers.filter((t) => !nouns.includes(t.start));
    usable = triggers.filter((t) => !t.reference && t.rank >= 4);
    // "follows the meeting between the two ministers": the earlier occasion had the same people.
    actors = SAME_PARTICIPANTS.test(s.text)
      ? [...other.actors, ...actors.filter((a) => !other.actors.some((x) => x.key === a.key))]
      : actors.filter((a) => !other.actors.some((x) => x.key === a.key));
    // "The exercise came days after the admiral met his host on Monday", told on other days: the
    // act the frame sets them after is a happening of its own, though told in an "after" clause.
    const framedOther = usable.length ? undefined : framedAct(s, triggers);
    if (framedOther) {
      triggers = withFramedActs(triggers, framedOther.acts);
      usable = framedOther.acts;
    }
    if (!usable.length) usable = clauseActsApart(other, dates, triggers);
  }
  const passing = usable.length ? undefined : passingOccasion(s, dates, triggers);
  if (passing) {
    triggers = triggers.map((h) => (h.start === passing.start ? passing : h));
    usable = [passing];
  }
  if (!usable.length) {
    const moment = momentSet(s, triggers);
    if (moment) ctx.moment = { s, t: moment };
    ctx.skipped++;
    if (actors.length && dates.some((t) => t.precision === "day")) ctx.actless.push(s);
    return;
  }
  // "Ma, who arrived for a visit on Monday, spoke at a news conference with Flournoy": the
  // clause's act is a happening of its date, with the subject it hangs on; the main clause, told
  // with no date of its own, is read as an undated sentence is (the day the story is on).
  if (clauseDate && clause && only) {
    const inside = (x: { start: number }) => x.start > clause.start && x.start < clause.end;
    const rest = triggers.filter((t) => !inside(t));
    if (rest.some((h) => !h.reference && !h.inQuote && h.rank >= ANNOUNCE_RANK)) {
      const subject = actors.find((a) => a.end <= clause.start);
      const own = [...(subject ? [subject] : []), ...actors.filter(inside)];
      if (inWindow(only)) newEvent(ctx, s, only, own, triggers.filter(inside), undefined, clause);
      handleUndated(
        ctx,
        s,
        rest,
        actors.filter((a) => !inside(a)),
      );
      return;
    }
  }
  const act = bestTrigger(usable);
  if (act) actors = actors.filter((a) => !laterTimeClausePerson(s, a, act.start, dates));
  const groups = groupDates(s, dates, triggers, actors)
    .flatMap((x) => perVisitor(s, x))
    .flatMap((x) => perSubject(s, x))
    .flatMap((x) => perSpeaker(s, x))
    .flatMap((x) => perLaterMeeting(s, x))
    .flatMap((x) => perSpeech(s, x))
    .flatMap((x) => perTalksOnTrip(s, x))
    .flatMap((x) => perAfterClause(s, x))
    .flatMap((x) => perSameMomentClause(s, x))
    .flatMap((x) => perDaysAfter(s, x))
    .flatMap((x) => perProgrammeItem(s, x))
    .flatMap((x) => perListedAct(s, x))
    .flatMap((x) => perCounterpart(s, x))
    .flatMap((x) => perSeparately(s, x))
    .flatMap((x) => perSecondAct(s, x))
    .flatMap((x) => perDistinctAct(s, x))
    .flatMap((x) => perNextOccasion(s, x))
    .flatMap((x) => perBesides(s, x))
    .flatMap((x) => perOwnOccasion(s, x))
    .flatMap((x) => perAttribution(s, x))
    .flatMap((x) => perMechanism(s, x))
    .flatMap((x) => perDatedStop(s, x))
    .flatMap((x) => perStop(s, x));
  const dated = groups.filter((g) => inWindow(g.t) && !datesOnlyWhatWasSaid(s, g.t, g.triggers));
  const shown = dated.filter((g) => !schedulesOnly(s, g, dated));
  ctx.skipped += groups.length - shown.length;
  for (const g of shown) {
    const going = occasionGoingOn(ctx.events, s, g);
    if (going) {
      going.date = { ...going.date, end: g.t.value };
      attachSentence(going, s, g.actors, g.triggers, narration);
    } else {
      const e = newEvent(ctx, s, g.t, g.actors, g.triggers, g.occasion, g.span);
      // One stop of several named together: its own place, named by other reports to merge.
      if (g.destination) {
        e.destination = g.destination;
        e.itineraryStop = true;
      }
      if (g.apart) e.apart = true;
    }
  }
  // "Gates will visit the missile headquarters during his trip, matching a visit by Rumsfeld in
  // 2005": the only date is another occasion's, out of the window; the sentence's own act is
  // still a part of the trip.
  if (!shown.length) addProgrammeParts(ctx, s, narration, triggers, actors);
}
