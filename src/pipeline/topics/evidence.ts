import { type TopicId } from "../../dataset/index.ts";
import type { ArticleWork, EventDraft, QuoteSpan } from "../types.ts";
import { DEFENSE_ROLE, DIPLOMATIC_ROLE } from "../lexicon/roles.ts";
import { FORUM_ONLY, JOINT_FORCES, TOPIC_ANAPHORA } from "../lexicon/topics.ts";
import { narrationOf } from "../events/attach.ts";
import { NARRATED, QUOTED, STRONG, addWeights, topicCounts, type TopicWeights } from "./weigh.ts";

/** Meeting and visit types: with a leader among the people, the event is diplomacy. */
const MEETING_CAMEOS = new Set(["040", "042", "043", "044", "046", "030", "057"]);
/** Destinations on either side of the US–China relationship. */
const BILATERAL_PLACE =
  /\b(?:China|Chinese|Beijing|Shanghai|United States|U\.S\.|US|America|Washington|Pentagon|Hawaii|California)\b/;
/** Visits and hosting: the other country is there even when no one of it is named. */
const VISIT_CAMEOS = new Set(["042", "043", "044"]);

/** A topic matched only through the name of a forum, not through what was discussed. */
function isForumOnly(t: TopicId, text: string): boolean {
  const forum = FORUM_ONLY[t];
  if (!forum || !forum.test(text)) return false;
  return !topicCounts(text.replace(new RegExp(forum.source, "gi"), " ")).has(t);
}

/** The topics a sentence names itself, forums' names aside. */
function ownSubjects(text: string): Set<TopicId> {
  return new Set([...topicCounts(text).keys()].filter((t) => !isForumOnly(t, text)));
}

/**
 * Whether "the issue" / "the report" points at the sentence before: only when the sentence names
 * no subject of its own ("answering the question about cyberspace" points at its own words), so
 * a topic does not travel down a chain of sentences.
 */
function pointsBack(text: string, own: Set<TopicId>): boolean {
  return [...own].every((t) => ROLE_TOPICS.has(t)) && TOPIC_ANAPHORA.test(text);
}

/**
 * Topics a sentence names through who acts ("Defense Secretary X", "the two presidents") as much
 * as through what it is about: "Defense Secretary X raised the issue" still points back for its
 * subject.
 */
const ROLE_TOPICS: ReadonlySet<TopicId> = new Set(["military-to-military", "diplomacy"]);

/**
 * Per sentence, the topics it is about, for "the issue" / "the same question" / "the program" in
 * the next sentence: its own topics (a forum's name aside) plus those it inherited that way.
 * Worked out on demand (and remembered): only the sentences before events' evidence are asked.
 */
export function sentenceSubjects(work: ArticleWork): (index: number) => Set<TopicId> {
  const known: Set<TopicId>[] = [];
  const subjects = (i: number): Set<TopicId> => {
    const done = known[i];
    if (done) return done;
    const s = work.sentences[i];
    const own = s ? ownSubjects(s.text) : new Set<TopicId>();
    if (s && i > 0 && pointsBack(s.text, own)) for (const t of subjects(i - 1)) own.add(t);
    known[i] = own;
    return own;
  };
  return subjects;
}

/**
 * The quotation that dates the event ("… will both make visits within the year"): its words state
 * the event itself, so they weigh as the narrator's would.
 */
function datingQuote(work: ArticleWork, e: EventDraft): QuoteSpan | undefined {
  const s = work.sentences[e.sentenceIdx[0] ?? -1];
  const t = s?.times.find((x) => x.inQuote && x.text === e.date.text && x.value === e.date.value);
  return t && work.quotes.find((q) => q.start <= t.start && t.start < q.end);
}

/**
 * How much the event's own evidence talks about each topic: the narrator's words weigh more than
 * a speaker's, a topic a sentence points back to ("discussed the issue") counts as named there,
 * and quotations attached from elsewhere in the article count as a speaker's words.
 */
export function eventWeights(
  work: ArticleWork,
  e: EventDraft,
  subjects: (index: number) => Set<TopicId>,
): TopicWeights {
  const w: TopicWeights = {};
  const dating = datingQuote(work, e);
  for (const i of e.sentenceIdx) {
    const s = work.sentences[i];
    if (!s) continue;
    const narration = narrationOf(
      s,
      work.quotes.filter((q) => q !== dating),
    );
    const narrated = topicCounts(narration);
    const quoted = new Map(
      [...topicCounts(s.text)].map(([t, n]) => [t, n - (narrated.get(t) ?? 0)] as const),
    );
    addWeights(w, narrated, NARRATED);
    addWeights(w, quoted, QUOTED);
    if (i > 0 && pointsBack(s.text, ownSubjects(s.text))) {
      const weight = TOPIC_ANAPHORA.test(narration) ? NARRATED : QUOTED;
      const inherited = new Map([...subjects(i - 1)].map((t) => [t, 1] as const));
      addWeights(w, inherited, weight);
    }
  }
  // "Talks resumed in January 2011" names no topic: the sentence before in its paragraph sets
  // the scene ("Military-to-military exchanges … were suspended"), weighed as a passing mention.
  const lead = work.sentences[e.sentenceIdx[0] ?? -1];
  const before = lead && work.sentences[lead.index - 1];
  if (lead && before && before.paragraph === lead.paragraph && !topicCounts(lead.text).size) {
    const empty = e.sentenceIdx.every((i) => !topicCounts(work.sentences[i]?.text ?? "").size);
    // Only for events of no named person: a person's own act ("Gates will travel to Japan") is
    // not about what the sentence before discussed.
    if (empty && !e.quotes.length && !e.actors.length)
      addWeights(w, topicCounts(narrationOf(before, work.quotes)), QUOTED);
  }
  const inEvidence = (at: number) =>
    e.sentenceIdx.some((i) => {
      const s = work.sentences[i];
      return s !== undefined && s.start <= at && at < s.end;
    });
  for (const q of e.quotes) if (!inEvidence(q.start)) addWeights(w, topicCounts(q.text), QUOTED);
  // Leaders meeting or visiting is diplomacy even when the words "summit" or "dialogue" are absent.
  // A leader alone ("Obama signed an executive order") is not diplomacy: it takes a visit or
  // people of both countries.
  const countries = new Set(e.actors.map((a) => a.actor.country).filter(Boolean));
  // A visit elsewhere ("Gates visits Japan") meets neither side of this dataset.
  const bilateralTrip = !e.destination || BILATERAL_PLACE.test(e.destination);
  // "Xi holds talks at the White House": a meeting on the other side's soil has the other side
  // in it, named or not.
  const abroad =
    !!e.location?.country &&
    countries.size > 0 &&
    [...countries].every((c) => c !== e.location?.country);
  const counterpart =
    countries.size > 1 || (VISIT_CAMEOS.has(e.type.cameo) && bilateralTrip) || abroad;
  if (
    MEETING_CAMEOS.has(e.type.cameo) &&
    counterpart &&
    e.actors.some((a) => DIPLOMATIC_ROLE.test(a.actor.role ?? ""))
  )
    w.diplomacy = Math.max(w.diplomacy ?? 0, STRONG);
  // Likewise a defense chief's visit or meeting with the other side is a military contact.
  if (
    MEETING_CAMEOS.has(e.type.cameo) &&
    counterpart &&
    e.actors.some((a) => DEFENSE_ROLE.test(a.actor.role ?? ""))
  )
    w["military-to-military"] = Math.max(w["military-to-military"] ?? 0, STRONG);
  // An exercise, a drill or a port call the two sides' forces hold together is a military
  // exchange, whoever commands it; one side's exercise alone is not.
  if (
    MILITARY_COOPERATION.has(e.type.cameo) &&
    (bothSides(e) || JOINT_FORCES.test(evidenceText(work, e)))
  )
    w["military-to-military"] = Math.max(w["military-to-military"] ?? 0, STRONG);
  return w;
}

/** Military cooperation (CAMEO 062): exercises, drills, port calls. */
const MILITARY_COOPERATION = new Set(["062"]);

/** Whether the event's people and bodies belong to more than one country. */
function bothSides(e: EventDraft): boolean {
  const of = [...e.actors.map((a) => a.actor.country), ...(e.bodies ?? []).map((b) => b.country)];
  return new Set(of.filter(Boolean)).size > 1;
}

/** The words of an event's own sentences. */
function evidenceText(work: ArticleWork, e: EventDraft): string {
  return e.sentenceIdx.map((i) => work.sentences[i]?.text ?? "").join(" ");
}
