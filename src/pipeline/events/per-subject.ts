import type { Group } from "./groups.ts";
import { bestTrigger } from "./triggers.ts";
import type { ActorMention, Sentence, TriggerHit } from "../types.ts";
import { TITLE_WORDS, boundsOf, inOrder, stretch } from "./split.ts";
import { ACT_RANK, MEETING_RANK } from "./ranks.ts";

/**
 * Between a subject and its verb: nothing, an adverb, or an appositive set off by commas; or the
 * comma that closes an appositive the name ends ("China's top diplomat, Yang Jiechi, said").
 */
const SUBJECT_TO_VERB = /^\s*,?\s*(?:,[^,]{1,80},\s*)?(?:\p{Ll}+ly\s+)?$/u;

/**
 * "Hu made a state visit", "Li paid a three-day visit", "Kerry held talks": a light verb and the
 * act's noun, which then is the subject's act.
 */
const LIGHT_VERB =
  /^\s*(?:made|makes|paid|pays|held|holds)\s+(?:(?:a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/;

/** "…, while China's top diplomat, …": a contrast that opens a second subject's clause. */
const WHILE_BEFORE_SUBJECT = /,\s+while\s+(?:[^\s;]+\s+){0,8}$/;

/** The act a person does as the subject of a clause: a verb right after the name. */
function actOf(
  s: Sentence,
  a: ActorMention,
  triggers: TriggerHit[],
  kind: (h: TriggerHit) => boolean = (h) => h.rank >= ACT_RANK,
): TriggerHit | undefined {
  return triggers.find(
    (h) =>
      h.start >= a.end &&
      kind(h) &&
      !h.reference &&
      (SUBJECT_TO_VERB.test(s.text.slice(a.end - s.start, h.start - s.start)) ||
        LIGHT_VERB.test(s.text.slice(a.end - s.start, h.start - s.start))),
  );
}

/** What someone says: a statement's verb (said, called it), below the acts of their own. */
const SAYS = (h: TriggerHit) => h.rank < ACT_RANK && !h.inQuote;

/**
 * "When Liang visited the United States and Panetta traveled to China": two people, each the
 * subject of an act of their own, joined by "and" under one date, are two happenings on that
 * date, each with its own person and act. "Liang and Panetta visited …" (one verb) and "Liang
 * visited and met Panetta" (one subject) stay one.
 */
export function perSubject(s: Sentence, g: Group): Group[] {
  return bySubject(s, g, (h) => h.rank >= ACT_RANK);
}

/**
 * "The same day, Hagel said in a statement that …, and Kerry called it an attempt …": two
 * people, each the subject of a statement of their own, joined by ", and" or ", while", made two
 * statements.
 */
export function perSpeaker(s: Sentence, g: Group): Group[] {
  return bySubject(s, g, SAYS);
}

function bySubject(s: Sentence, g: Group, kind: (h: TriggerHit) => boolean): Group[] {
  const people = inOrder(g);
  const acts = people.map((p) => actOf(s, p, g.triggers, kind));
  for (let i = 1; i < people.length; i++) {
    const second = people[i] as ActorMention;
    if (!acts[i]) continue;
    // The subject before it may have people of its act between them ("A summoned B, and C
    // lodged a protest"): the nearest one that is the subject of an act of its own.
    const f = acts.slice(0, i).findLastIndex(Boolean);
    const [first, firstAct] = [people[f], acts[f]];
    if (!first || !firstAct || first.key === second.key || firstAct.start >= second.start) continue;
    const between = s.text.slice(firstAct.start - s.start, second.start - s.start);
    const and = between.lastIndexOf(" and ");
    const joint =
      and >= 0 && TITLE_WORDS.test(between.slice(and + 5))
        ? and
        : (WHILE_BEFORE_SUBJECT.exec(between)?.index ?? -1);
    if (joint < 0) continue;
    const cut = firstAct.start + joint;
    const { from, to } = boundsOf(s, g);
    return [stretch(g, from, cut), ...bySubject(s, stretch(g, cut, to), kind)];
  }
  return [g];
}

/**
 * Between two counterparts of one meeting verb: "and" (or "and with"), after an appositive of the
 * first set off by commas or not, or after the place of the first ("at the guesthouse and with
 * …"), then the second one's title.
 */
const AND_BEFORE_TITLE =
  /^(?:\s*,[^,;()]{1,80}|\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,;()]{0,60}?)?\s*,?\s*and\s+(?:with\s+)?/u;

/** Between two counterparts of a list before its last: a comma, then the next one's title. */
const COMMA_BEFORE_TITLE = /^\s*,\s*/;

/** "for a trilateral meeting", "in three-way talks": one meeting of all three. */
const ALL_AT_ONCE = /\b(?:trilateral|three-way|three-party|multilateral|all three)\b/i;

/**
 * "On Friday Biden is due to call on President Hu Jintao and Premier Wen Jiabao": a meeting with
 * two counterparts or more named one after the other ("A, B and C"), each with a title of their
 * own, is a meeting with each (ANNOTATION.md: each counterpart of a programme is a part of its
 * own). "met Hu and his ministers" names one; "Hu and Wen met Biden" has the two as subjects, one
 * meeting; "met A and B for a trilateral meeting" is one meeting of the three.
 */
export function perCounterpart(s: Sentence, g: Group): Group[] {
  const act = bestTrigger(g.triggers.filter((h) => !h.reference && !h.inQuote));
  if (!act || act.rank < MEETING_RANK) return [g];
  const people = inOrder(g);
  const subjects = people.filter((a) => a.end <= act.start);
  const met = people.filter((a) => a.start > act.start);
  if (subjects.length !== 1 || met.length < 2) return [g];
  // "a lunch hosted by A and B": the people after a passive's "by" are the hosts, not counterparts.
  if (/\bby\s/.test(s.text.slice(act.start - s.start, (met[0] as ActorMention).start - s.start)))
    return [g];
  // "met A, B and C": a comma before each but the last, which "and" joins; each with a title.
  for (let k = 1; k < met.length; k++) {
    const [before, one] = [met[k - 1] as ActorMention, met[k] as ActorMention];
    const between = s.text.slice(before.end - s.start, one.start - s.start);
    const joint = (k === met.length - 1 ? AND_BEFORE_TITLE : COMMA_BEFORE_TITLE).exec(between);
    if (before.key === one.key || !joint || !TITLE_WORDS.test(between.slice(joint[0].length)))
      return [g];
  }
  const last = met.at(-1) as ActorMention;
  if (ALL_AT_ONCE.test(s.text.slice(last.end - s.start))) return [g];
  const subject = subjects[0] as ActorMention;
  return met.map((one) => ({ ...g, actors: [subject, one] }));
}

/** "… met with Kerry separately", "in separate meetings": each of several met on their own. */
const SEPARATELY = /\b(?:separately|in\s+separate\s+(?:meetings|talks|calls))\b/i;

/**
 * "President Xi, Premier Li and State Councilor Yang met with Kerry separately": a meeting told of
 * two subjects or more, "separately", is a meeting of each with the one they met (ANNOTATION.md:
 * each counterpart is a part of its own). Without the word it is one meeting of them all.
 */
export function perSeparately(s: Sentence, g: Group): Group[] {
  const act = bestTrigger(g.triggers.filter((h) => !h.reference && !h.inQuote));
  if (!act || act.rank < MEETING_RANK) return [g];
  const { to } = boundsOf(s, g);
  if (!SEPARATELY.test(s.text.slice(act.start - s.start, to - s.start))) return [g];
  const people = inOrder(g);
  const subjects = people.filter((a) => a.end <= act.start);
  const met = people.filter((a) => a.start > act.start);
  if (subjects.length < 2 || !met.length) return [g];
  return subjects.map((one) => ({ ...g, actors: [one, ...met] }));
}
