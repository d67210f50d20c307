import { isGovernment } from "../lexicon/orgs.ts";
import type { EventDraft, MergedEvent } from "../types.ts";
import {
  countryOfDestination,
  countryNamedBy,
  placesConflict,
  sameSite,
  type Place,
} from "../events/location.ts";
import { COUNTRY_NAME as COUNTRY, isCountryName } from "../lexicon/countries.ts";
import { ENCOUNTER_FAMILIES, OCCASIONS } from "../lexicon/occasions.ts";
import { daysOf, isProgramme } from "../events/programme.ts";
import { sameOccasion } from "../events/refer.ts";
import { FINENESS } from "../util/dates.ts";
import { SITE_OBJECT } from "../lexicon/places.ts";
import { NOUN_FAMILY } from "../lexicon/triggers.ts";
import { ARRIVING_VERBS, partOfDay } from "../lexicon/calendar.ts";
import { datesOf } from "./draft-dates.ts";
import { GENERIC_CAMEOS } from "../events/generic-acts.ts";
import { remembered } from "../util/remembered.ts";

/** Documents (reports, white papers) only merge with documents; interactions with interactions. */
export function kind(d: EventDraft): "document" | "interaction" {
  let known = kinds.get(d);
  if (!known) kinds.set(d, (known = kindOf(d)));
  return known;
}

/** Each draft's kind, worked out once: the merge asks it of every pair it weighs. */
const kinds = new WeakMap<EventDraft, "document" | "interaction">();

function kindOf(d: EventDraft): "document" | "interaction" {
  const best = Math.max(0, ...d.triggers.map((t) => t.rank));
  const doc = d.triggers.some(
    (t) => (t.noun === "report" || t.noun === "white paper") && t.rank >= best,
  );
  return doc ? "document" : "interaction";
}

/** An occasion's name as merging compares it ("the S&ED" stays an acronym). */
export const normOccasion = (s?: string): string | undefined =>
  s === undefined ? undefined : normalOccasion(s);

/** Each occasion name's normal form, worked out once: the merge asks it of every pair it weighs. */
const normalOccasion = remembered((s: string) =>
  s
    .toLowerCase()
    .replace(/\b(the|of|and|fiscal)\b|[^a-z0-9]+/g, " ")
    .replace(/\bdialog\b/g, "dialogue")
    .replace(/\s+/g, " ")
    .trim(),
);

/** Whether a draft reports the same real-world event as a cluster of drafts. */
export function sameEvent(cluster: MergedEvent, d: EventDraft): boolean {
  return (
    cluster.drafts.every((c) => pairCompatible(c, d)) &&
    cluster.drafts.some((c) => pairLinked(c, d))
  );
}

/** Nothing in the pair contradicts one event: status, kind, date, place. */
export function pairCompatible(a: EventDraft, b: EventDraft): boolean {
  if (kind(a) !== kind(b)) return false;
  if (placesConflict(a.location, b.location)) return false;
  const sameArticle = a.articleId === b.articleId;
  if (!sameArticle && (outsideTelling(a, b) || outsideTelling(b, a))) return false;
  if (!sameArticle && destinationsInTwoCountries(a, b)) return false;
  if (!sameArticle && (arrivalBeforeTalks(a, b) || arrivalBeforeTalks(b, a))) return false;
  if (sameArticle && (sameSentence(a, b) || distinctOccasions(a, b) || ownCounterparts(a, b)))
    return false;
  if (sameArticle && otherDestinations(a, b)) return false;
  if (sameArticle && partsOfDayDiffer(a, b)) return false;
  if (!sameArticle && a.date.precision !== b.date.precision && distinctOccasions(a, b))
    return false;
  if (sameArticle && (a.apart || b.apart) && a.head !== b.head) return false;
  // Across outlets, a preview ("will visit later this month") and a later report ("paid a state
  // visit early this year"), or a report dated to the day and one dated only to its month, tell
  // of one happening when the coarser date holds the finer and the same people did the same act.
  const mixed = a.status !== b.status || a.date.precision !== b.date.precision;
  if (mixed)
    return (
      !sameArticle &&
      nested(a, b) &&
      strongLink(a, b) &&
      !tripAndStop(a, b) &&
      !stopsApart(a, b) &&
      !dayPartOfProgramme(a, b) &&
      stopNamedBy(a, b) &&
      stopNamedBy(b, a)
    );
  if (a.date.precision !== "day") return a.date.value === b.date.value;
  // Both are dated to the day here, so their intervals are the day-precision ones.
  const [da, db] = [datesOf(a), datesOf(b)];
  // Reports of one event from different outlets may count days differently ("today" in Asia);
  // a programme's days, announced ahead, are named as the hosts schedule them.
  // Not for two that each name someone or a place the other does not: "met Liang on Tuesday" and
  // "met Xi on Wednesday" are two meetings of one trip, a day apart (ownParticulars).
  // In one article, a day told by another place's clock ("Monday morning Beijing time") may be the
  // story's day before or after.
  const slack = sameArticle
    ? a.zoned || b.zoned
      ? 1
      : 0
    : (a.status === "planned" && b.status === "planned") || ownParticulars(a, b)
      ? 0
      : 1;
  if (dayPartOfProgramme(a, b)) return false;
  return db.firstDay - da.lastDay <= slack && da.firstDay - db.lastDay <= slack;
}

/**
 * Days either side of a publication day that a report's outlet may count differently from
 * another's (a story dated in Washington tells of a day already begun in Beijing).
 */
const TELLING_SLACK_DAYS = 1;

/**
 * Whether `other` happened where `report`, told on its publication day, cannot point: a report of
 * something done ("the envoy visited Hanoi earlier this year", told in May) is not of a
 * happening that began after it was published (a meeting in September), and a plan ("is to visit
 * China later this year", told in May) is not of one that was over before it.
 */
function outsideTelling(report: EventDraft, other: EventDraft): boolean {
  const toldBy = report.toldBy ? datesOf(report).toldByDay : undefined;
  if (toldBy === undefined) return false;
  const { firstDay, lastDay } = datesOf(other);
  return report.status === "occurred"
    ? firstDay - toldBy > TELLING_SLACK_DAYS
    : toldBy - lastDay > TELLING_SLACK_DAYS;
}

/** Whether one draft's date interval holds the other's (a year holds its months and days). */
function nested(a: EventDraft, b: EventDraft): boolean {
  const { first: a0, last: a1 } = datesOf(a);
  const { first: b0, last: b1 } = datesOf(b);
  return (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
}

/**
 * "Xi visited the U.S. in February" and "Obama hosted Xi at the White House on Feb. 14": the
 * coarser report is the trip to a country, the finer one a stop on it, not the same happening.
 */
function tripAndStop(a: EventDraft, b: EventDraft): boolean {
  const [coarse, fine] = FINENESS[a.date.precision] < FINENESS[b.date.precision] ? [a, b] : [b, a];
  const country = (d?: string) => !!d && isCountryName(d);
  if (!country(coarse.destination) || fine.date.precision !== "day" || fine.date.end) return false;
  const where = fine.destination ?? fine.location?.name;
  return !!where && !country(where);
}

/**
 * "Toured the base in Hawaii over the weekend" and "will fly to Texas on Wednesday": one
 * traveller's stops at two named places (where it happened, else where it went) are two
 * happenings, however the dates nest. A whole country names no stop ("visited China").
 */
function stopsApart(a: EventDraft, b: EventDraft): boolean {
  const where = (d: EventDraft): Place | undefined =>
    d.location ??
    (d.destination
      ? { name: d.destination, country: countryOfDestination(d.destination) }
      : undefined);
  const [wa, wb] = [where(a), where(b)];
  const country = (p: Place) => isCountryName(p.name);
  if (!wa || !wb || country(wa) || country(wb)) return false;
  return placesConflict(wa, wb);
}

/**
 * A tie strong enough to join reports whose dates differ in precision or status: a person both
 * name did the same kind of act (a visit and the hosting of it are one kind), or, where neither
 * names a person, the same body did the same specific act ("suspended exchanges").
 */
function strongLink(a: EventDraft, b: EventDraft): boolean {
  const sameAct = (!!a.head && a.head === b.head) || a.type.cameo === b.type.cameo;
  // "Obama hosted Xi" and "Xi and Obama held talks": a visit and its meeting, told apart only by
  // the outlet's wording, when both sides' leaders are named by both.
  const encounter = ENCOUNTER_FAMILIES.has(a.head ?? "") && ENCOUNTER_FAMILIES.has(b.head ?? "");
  if (!sameAct && !encounter) return false;
  const shared = a.actors.filter((x) => b.actors.some((y) => y.key === x.key));
  if (shared.length) {
    // The same people, or both sides' people, did it: "Hagel will meet Xi" and "Hagel met
    // Chang" share one side only and name different counterparts.
    const within = (x: EventDraft, y: EventDraft) =>
      x.actors.every((p) => y.actors.some((q) => q.key === p.key));
    const sides = new Set(shared.map((x) => x.actor.country).filter(Boolean));
    if (!sameAct) return sides.size >= 2 && (within(a, b) || within(b, a));
    // One person holds many talks and makes many statements in a year: a generic act links
    // reports of different precision only when both sides' people are named by both.
    const specific =
      ![a, b].every((d) => GENERIC_CAMEOS.includes(d.type.cameo)) || sameDocument(a, b);
    if (!specific) return sides.size >= 2;
    return within(a, b) || within(b, a) || sides.size >= 2;
  }
  if (!sameAct) return false;
  if (a.actors.length || b.actors.length) return false;
  if (GENERIC_CAMEOS.includes(a.type.cameo) && !sameDocument(a, b)) return false;
  return (a.bodies ?? []).some((x) => (b.bodies ?? []).some((y) => y.name === x.name));
}

/**
 * "His itinerary includes Fort Knox" and another outlet's "toured Naval Base Ventura on Sunday":
 * an itinerary lists several places of one trip at once, and its stops, dated only by the trip's
 * month, are the other report's happening only when that report names the stop's place.
 */
function stopNamedBy(stop: EventDraft, other: EventDraft): boolean {
  const place = stop.itineraryStop && stop.destination && placeName(stop.destination);
  if (!place) return true;
  return other.evidence.some((e) => e.text.replace(/\s+/g, " ").toLowerCase().includes(place));
}

/**
 * A place's own name, its first run of capitalised words after any owner: "the Army's Fort Knox"
 * → "fort knox", "the Naval Academy in Annapolis" → "naval academy", "a submarine base in
 * Zhejiang Province" → "zhejiang province".
 */
const placeName = (destination: string) =>
  /\b[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*)*/
    .exec(destination.replace(/^(?:the\s+)?(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*['’]s\s+/, ""))?.[0]
    .toLowerCase();

/**
 * "The Pentagon's report to Congress, released Monday" and "the Defense Department's annual
 * report on China's military, out on May 6": outlets name one document in many ways, but two
 * outlets' releases of a document on one day, by one author (or one unnamed), are one release.
 */
export function oneDayDocument(a: EventDraft, b: EventDraft): boolean {
  if (a.articleId === b.articleId || kind(a) !== "document" || kind(b) !== "document") return false;
  if (a.date.precision !== "day" || b.date.precision !== "day") return false;
  if (a.date.value !== b.date.value || a.date.end || b.date.end) return false;
  const authors = (d: EventDraft) => [
    ...d.actors.map((x) => x.key),
    ...(d.bodies ?? []).map((x) => x.name),
  ];
  const [wa, wb] = [authors(a), authors(b)];
  return !wa.length || !wb.length || wa.some((x) => wb.includes(x));
}

/**
 * "A February study by the firm" and "the firm's report, released Feb. 19": a document is a
 * specific act of its author, not a statement among many, unless the two name different ones.
 */
function sameDocument(a: EventDraft, b: EventDraft): boolean {
  if (kind(a) !== "document" || kind(b) !== "document") return false;
  const [oa, ob] = [documentName(a.occasion), documentName(b.occasion)];
  return !oa || !ob || oa === ob;
}

/** A document's name without the generic noun: "Mandiant study" and "Mandiant report" are one. */
const documentName = (occasion?: string) =>
  normOccasion(occasion)
    ?.replace(/\b(?:report|study|paper|document)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Within one article, "will visit Capitol Hill" and "will leave Washington for Iowa" on one day
 * are two visits: each went somewhere the other did not. (Across outlets one place has many
 * names, "Beijing" and "China", so this holds only inside an article.)
 */
function otherDestinations(a: EventDraft, b: EventDraft): boolean {
  const name = (d?: string) => d?.replace(/^the\s+/i, "").toLowerCase();
  const [da, db] = [name(a.destination), name(b.destination)];
  // A whole country as a destination holds any place in it ("the U.S." and "Washington").
  if (!da || !db || COUNTRY.test(da) || COUNTRY.test(db)) return false;
  return !da.includes(db) && !db.includes(da);
}

/**
 * Across outlets, "visited Beijing in March" and "will fly on to Seoul on the 9th": one trip
 * does not go to two countries at once, whatever the outlets call them ("Beijing" and "China"
 * agree). Only places the lexicon knows by their whole name are compared. (Inside one article,
 * `otherDestinations` compares the places themselves.)
 */
function destinationsInTwoCountries(a: EventDraft, b: EventDraft): boolean {
  if (!a.destination || !b.destination) return false;
  const [ca, cb] = [countryNamedBy(a.destination), countryNamedBy(b.destination)];
  return !!ca && !!cb && ca !== cb;
}

/** Events drafted from one sentence were told apart there (two clauses, two parts of a visit). */
/**
 * Within one article, "toured the yard on Friday morning" and "landed in Osaka on Friday evening":
 * acts told at two parts of one day are two occasions.
 */
function partsOfDayDiffer(a: EventDraft, b: EventDraft): boolean {
  if (a.date.precision !== "day" || a.date.value !== b.date.value) return false;
  const [pa, pb] = [partOfDay(a.date.text ?? ""), partOfDay(b.date.text ?? "")];
  return !!pa && !!pb && pa !== pb;
}

function sameSentence(a: EventDraft, b: EventDraft): boolean {
  return a.evidence[0]?.start === b.evidence[0]?.start;
}

/**
 * Within one article, a dinner, a speech and a meeting each reported with their own words. Across
 * outlets too when one report is dated more coarsely: "was received at the Pentagon in February"
 * does not tell which of the month's occasions it was, so it is not another outlet's dinner.
 */
function distinctOccasions(a: EventDraft, b: EventDraft): boolean {
  if (!a.head || !b.head || a.head === b.head) return false;
  // A visit, its talks and the statements after them are reported interchangeably; a dinner or a
  // speech (occasions.json "apart") has a table or an audience of its own.
  return OCCASIONS.apart.has(a.head) || OCCASIONS.apart.has(b.head);
}

/**
 * Within one article, "X met Y on Tuesday" and "X met Z on Tuesday" are two meetings: each
 * names someone the other does not, unless both are one traveller's visit. (Across outlets,
 * reports of one meeting name different people, so this holds only inside an article.)
 */
function ownCounterparts(a: EventDraft, b: EventDraft): boolean {
  // A visit's other people are its hosts: one traveller's visit told twice, welcomed by one and
  // invited by another, is one visit.
  const oneTraveller = a.head === "visit" && b.head === "visit" && sharePerson(a, b);
  return !oneTraveller && namesSomeoneElse(a, b) && namesSomeoneElse(b, a);
}

/** Whether two drafts name a person in common. */
function sharePerson(a: EventDraft, b: EventDraft): boolean {
  return a.actors.some((p) => b.actors.some((q) => q.key === p.key));
}

/** Whether `x` names someone `y` does not. */
function namesSomeoneElse(x: EventDraft, y: EventDraft): boolean {
  return x.actors.some((p) => !y.actors.some((q) => q.key === p.key));
}

/**
 * Across outlets, reports a day apart that each name something the other does not, someone or a
 * place ("held talks with the secretary on Wednesday" and "visited the naval base on Tuesday"):
 * two stops of one trip, not one act dated two ways. A site toured (a headquarters, an academy)
 * is a place finer than the town another report names.
 */
function ownParticulars(a: EventDraft, b: EventDraft): boolean {
  const placed = (d: EventDraft) => !!(d.location ?? d.destination);
  const namesMore = (x: EventDraft, y: EventDraft) =>
    namesSomeoneElse(x, y) || (placed(x) && !placed(y)) || (toursASite(x) && !toursASite(y));
  return namesMore(a, b) && namesMore(b, a);
}

/**
 * "A five-day visit starting Monday" and "met the defense secretary on Tuesday": the visit is a
 * programme and the meeting one of its parts, two events, unless both name the same occasion. An
 * act of the programme's own kind on its first day ("arrives at Pearl Harbor on Friday" under a
 * photo of a four-day port visit) is its opening, not a part. A part may take days of its own
 * ("two days of talks that began Tuesday" in an eight-day visit), fewer than the programme's.
 */
function programmeAndPart(whole: EventDraft, part: EventDraft): boolean {
  if (!isProgramme(whole) || whole.date.precision !== "day" || daysOf(part) >= daysOf(whole))
    return false;
  if (
    part.head &&
    part.head === whole.head &&
    part.date.value === whole.date.value &&
    !toursASite(part)
  )
    return false;
  const [oa, ob] = [normOccasion(whole.occasion), normOccasion(part.occasion)];
  return !(oa && ob && oa === ob);
}

/**
 * "On Sunday he toured the headquarters of the fleet" under a four-day visit that began on Sunday:
 * a visit to a site in the town (a headquarters, a base, an academy) is a stop of the trip, not
 * its opening, though told on its first day.
 */
function toursASite(d: EventDraft): boolean {
  return d.triggers.some((t) => {
    if (!t.own || t.reference || NOUN_FAMILY[t.text.toLowerCase()]) return false;
    const e = d.evidence.find((x) => x.start <= t.start && t.start < x.start + x.text.length);
    return !!e && SITE_OBJECT.test(e.text.slice(t.start - e.start + t.text.length));
  });
}

/**
 * "Began a five-day visit on Sunday" in one outlet, "is to meet the premier on Tuesday" in
 * another: a day of a programme dated to its days is a part of it, whether planned or done. (A
 * report dated only to the month may be the whole programme.)
 */
function dayPartOfProgramme(a: EventDraft, b: EventDraft): boolean {
  if (a.date.precision !== "day" || b.date.precision !== "day") return false;
  return programmeAndPart(a, b) || programmeAndPart(b, a);
}

/**
 * "U.S. and Chinese naval officers held talks in Qingdao" in one outlet, "Wu met Montgomery in
 * Qingdao" in another: a report naming only the two governments covers the other's people when
 * people of both sides are named and each whose country is known belongs to one of them.
 */
function speaksFor(bodiesOnly: EventDraft, named: EventDraft): boolean {
  const bodies = bodiesOnly.bodies ?? [];
  if (bodiesOnly.actors.length || bodies.length < 2 || !named.actors.length) return false;
  // People of no known country do not count against it; both sides must be among the known.
  const known = named.actors.filter((a) => a.actor.country);
  const sides = new Set(known.map((a) => a.actor.country));
  return sides.size >= 2 && known.every((a) => bodies.some((b) => b.country === a.actor.country));
}

/** Something in the pair ties them together: a named occasion, or shared people. */
export function pairLinked(a: EventDraft, b: EventDraft): boolean {
  if (a.status !== b.status || a.date.precision !== b.date.precision) return strongLink(a, b);
  if (oneDayDocument(a, b)) return true;
  const oa = normOccasion(a.occasion);
  const ob = normOccasion(b.occasion);
  // "the S&ED" in one report, "the Strategic and Economic Dialogue" in another.
  if (oa && ob) return oa === ob || sameOccasionNamed(a.occasion ?? "", b.occasion ?? "");
  // Governments count as shared actors only for specific acts ("suspended exchanges"), not for
  // talks or statements, which two governments hold many times a year; so do a document's
  // authors ("the firm's report"), as in `strongLink`.
  const specific =
    (a.type.cameo === b.type.cameo && !GENERIC_CAMEOS.includes(a.type.cameo)) || sameDocument(a, b);
  const sharedBody =
    specific &&
    !a.actors.length &&
    !b.actors.length &&
    (a.bodies ?? []).some((x) => (b.bodies ?? []).some((y) => y.name === x.name));
  const shared = sharePerson(a, b) || sharedBody || oneBodyOneDay(a, b);
  if (a.date.precision !== "day") return shared && !oa && !ob && a.type.cameo === b.type.cameo;
  if (oneActAtOnePlace(a, b) || oneSpanOneAct(a, b) || unnamedRetelling(a, b)) return true;
  // Days a day apart are one happening told in two time zones only when both tell one kind of
  // act, or name its place ("held talks at Sunnylands" and "agreed at the Sunnylands Retreat"):
  // "accused China on Monday" and "flew to Moscow on Sunday" share a person, not an act. So in
  // one article too, where a day told by another place's clock may be the story's next: a visit
  // called off late on Monday by the capital's clock is not Tuesday's meeting. The place must be one
  // site: a tour of a base in a capital one day and a news conference at a hall there the day
  // before are two acts of one trip.
  const placed = sameSite(a.location, b.location);
  const acrossOutlets = a.articleId !== b.articleId;
  if (a.date.value !== b.date.value && !sameKindOfAct(a, b) && !placed) return false;
  // A day apart, an occasion named by one report only ("opened the forum on Wednesday", "held
  // talks in Beijing on Tuesday") is the occasion and another day of the trip, not one act.
  if (acrossOutlets && a.date.value !== b.date.value && !oa !== !ob) return false;
  if (
    a.articleId !== b.articleId &&
    a.location &&
    b.location &&
    (speaksFor(a, b) || speaksFor(b, a))
  )
    return true;
  return shared || (a.actors.length === 0 && b.actors.length === 0 && !!a.location && !!b.location);
}

/**
 * "Microsoft wrote on its site on Monday …" in one outlet and "Microsoft said Monday it had
 * found …" in another: a body other than a whole government, acting with no one named, on one
 * day, is one happening across outlets even in a generic act (a statement, talks). Governments
 * speak many times a day through many offices, so they are left to the specific acts.
 */
/**
 * `sameOccasion` of two names, worked out once per pair: a few occasion names recur in thousands
 * of drafts, and telling an acronym from a name letter by letter for each pair weighed was a tenth
 * of the merge's time.
 */
function sameOccasionNamed(a: string, b: string): boolean {
  let answers = occasionAnswers.get(a);
  if (!answers) occasionAnswers.set(a, (answers = new Map()));
  let same = answers.get(b);
  if (same === undefined) answers.set(b, (same = sameOccasion(a, b)));
  return same;
}
const occasionAnswers = new Map<string, Map<string, boolean>>();

function oneBodyOneDay(a: EventDraft, b: EventDraft): boolean {
  if (a.articleId === b.articleId || a.actors.length || b.actors.length) return false;
  if (a.date.precision !== "day" || a.date.value !== b.date.value) return false;
  return namedBodies(a).some((x) => namedBodies(b).includes(x));
}

/** The bodies of a draft other than whole governments. */
export const namedBodies = (d: EventDraft): string[] =>
  (d.bodies ?? []).filter((x) => !isGovernment(x)).map((x) => x.name);

/**
 * "Arrived in Beijing on Monday" in one outlet and "held talks with the minister on Tuesday" in
 * another: a traveller's arrival comes before the talks it leads to, not the talks told a day off.
 */
function arrivalBeforeTalks(arrival: EventDraft, talks: EventDraft): boolean {
  return talks.head === "meeting" && arrival.date.value < talks.date.value && isArrival(arrival);
}

/** A visit told by its arrival ("arrived in Beijing on Monday"). */
const isArrival = (d: EventDraft): boolean =>
  d.head === "visit" &&
  d.triggers.some(
    (t) => t.own && ARRIVING_VERBS.includes(t.text.toLowerCase().split(" ")[0] ?? ""),
  );

/** One type of act, or a visit, its hosting and its meeting (one encounter told three ways). */
function sameKindOfAct(a: EventDraft, b: EventDraft): boolean {
  if (a.type.cameo === b.type.cameo) return true;
  return ENCOUNTER_FAMILIES.has(a.head ?? "") && ENCOUNTER_FAMILIES.has(b.head ?? "");
}

/**
 * "A Chinese destroyer arrives at Joint Base Pearl Harbor-Hickam on Friday" under a photo and
 * "three Chinese ships arrived at Pearl Harbor on Friday" in the text: within one article, the
 * same act on the same day at one place (one name holds the other), told once without people, is
 * told twice.
 */
function oneActAtOnePlace(a: EventDraft, b: EventDraft): boolean {
  if (a.articleId !== b.articleId || !a.head || a.head !== b.head) return false;
  if (a.actors.length && b.actors.length) return false;
  const [pa, pb] = [a.location?.name.toLowerCase(), b.location?.name.toLowerCase()];
  return !!pa && !!pb && (pa.includes(pb) || pb.includes(pa));
}

/**
 * "The patrol group sailed from its base on Tuesday" and, under a photo further down, "a cutter
 * heads out from the base on May 4": in one article, an act told again on the same day with no one
 * named at all, neither a person nor a body, is the act the article told, not another one.
 */
function unnamedRetelling(a: EventDraft, b: EventDraft): boolean {
  if (a.articleId !== b.articleId || !a.head || a.head !== b.head) return false;
  if (a.date.precision !== "day" || a.date.value !== b.date.value) return false;
  if (a.date.end || b.date.end || a.actors.length || b.actors.length) return false;
  return !a.bodies?.length || !b.bodies?.length;
}

/**
 * "Ended two days of consultations on Friday" and "co-chaired the meetings on Thursday and
 * Friday", in one article: one kind of act over the same span of several days is one happening,
 * whoever each sentence names (the governments, then the delegations' heads).
 */
function oneSpanOneAct(a: EventDraft, b: EventDraft): boolean {
  if (a.articleId !== b.articleId || !a.date.end || a.date.end === a.date.value) return false;
  return a.date.value === b.date.value && a.date.end === b.date.end && sameKindOfAct(a, b);
}

/**
 * Everything of a draft that `pairCompatible` and `pairLinked` read when the other draft comes
 * from another article: drafts alike in these (copies of one story in many outlets) get the same
 * answers from any draft of another article. Keep it in step with those two functions.
 */
export function crossProfile(d: EventDraft): string {
  return JSON.stringify([
    d.status,
    kind(d),
    d.location ?? null,
    [d.date.value, d.date.precision, d.date.end ?? null],
    d.head ?? null,
    isArrival(d),
    d.type.cameo,
    d.occasion ?? null,
    d.destination ?? null,
    d.actors.map((x) => [x.key, x.actor.country ?? null]),
    (d.bodies ?? []).map((x) => [x.name, x.country ?? null]),
  ]);
}

/**
 * A cluster of drafts as merging grows it: `accepts(d) && links(d)` is `sameEvent(cluster, d)`.
 * Members from d's own article are asked one by one; members from other articles once per
 * `crossProfile`, so a hundred copies of one story cost what one does.
 */
export class Cluster implements MergedEvent {
  readonly drafts: EventDraft[] = [];
  /** Per cross profile, its first member and the first from another article than that one. */
  private readonly profiles = new Map<string, EventDraft[]>();
  private readonly byArticle = new Map<string, EventDraft[]>();

  constructor(first: EventDraft) {
    this.add(first);
  }

  add(d: EventDraft): void {
    this.drafts.push(d);
    const own = this.byArticle.get(d.articleId);
    if (own) own.push(d);
    else this.byArticle.set(d.articleId, [d]);
    const key = crossProfile(d);
    const alike = this.profiles.get(key);
    if (!alike) this.profiles.set(key, [d]);
    else if (alike.length === 1 && alike[0]?.articleId !== d.articleId) alike.push(d);
  }

  /** The members that answer for the whole cluster: d's own article's, and one per profile. */
  private deputies(d: EventDraft): EventDraft[] {
    const others = [...this.profiles.values()]
      .map((alike) => alike.find((c) => c.articleId !== d.articleId))
      .filter((c): c is EventDraft => !!c);
    return [...(this.byArticle.get(d.articleId) ?? []), ...others];
  }

  /** Whether `d` is compatible with every draft of the cluster (see `pairCompatible`). */
  accepts(d: EventDraft): boolean {
    return this.deputies(d).every((c) => pairCompatible(c, d));
  }

  /** Whether a draft of the cluster is linked to `d` (see `pairLinked`). */
  links(d: EventDraft): boolean {
    return this.deputies(d).some((c) => c !== d && pairLinked(c, d));
  }

  /** Whether `d` joins the cluster: `accepts` and `links`, its deputies found once for both. */
  takes(d: EventDraft): boolean {
    const deputies = this.deputies(d);
    return (
      deputies.every((c) => pairCompatible(c, d)) &&
      deputies.some((c) => c !== d && pairLinked(c, d))
    );
  }
}
