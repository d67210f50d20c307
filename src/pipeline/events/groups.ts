import { occasionAfterTelling } from "./after-occasion.ts";
import { countedOccasions } from "./counted.ts";
import { ACT_RANK, ANNOUNCE_RANK, ANSWER_RANK, SAY_RANK } from "./ranks.ts";
import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { orgActors } from "../lexicon/orgs.ts";
import { finerDateWithin } from "./finer-date.ts";
import { announcingDay } from "./plan-beyond-window.ts";
import { withoutEditionYears, withoutModifierYears } from "./edition-year.ts";
import { withoutCoarseFrame } from "./coarse-frame.ts";
import { withoutWeekFrame } from "./week-frame.ts";
import { findOccasion } from "./occasion.ts";
import { bestTrigger } from "./triggers.ts";
import { AND_PREDICATE_BEFORE, TITLE_WORDS } from "./split.ts";
import { TOOK_OFFICE, TO_TAKE_OFFICE } from "../lexicon/roles.ts";
import { literal } from "../lexicon/compile/patterns.ts";
import { SPEECH_VERBS } from "../lexicon/speech.ts";
import { CALENDAR_WORD, IRREGULAR_FULL_PAST_WORD } from "../lexicon/calendar.ts";
import { isFutureTense, tellsNoPast } from "../time/tense.ts";
import { matchesOf } from "../util/matches.ts";

/**
 * A stretch of a sentence told of one occasion. A predicate split off after "and" (per-distinct-
 * act.ts) shares the subject the sentence opened with, which ends at `subjectEnd`.
 */
export interface Span {
  start: number;
  end: number;
  subjectEnd?: number;
}

/** One event a dated sentence reports: its date, named occasion, triggers and people. */
export interface Group {
  t: TimeMention;
  /** The stretch of the sentence that tells of this occasion, when the sentence holds several. */
  span?: Span;
  occasion?: string;
  triggers: TriggerHit[];
  actors: ActorMention[];
  /** Where this stretch's trip went, when a splitter read it (per-stop.ts). */
  destination?: string;
  /** A programme's part told apart (per-programme-item.ts): never joined to the others. */
  apart?: boolean;
}

/** Names a country or capital as a clause's subject ("ties that Beijing had frozen"). */
const STATE_SUBJECT = /\b(China|Beijing|United States|U\.S\.|Washington|Pentagon)\b/g;

/** Words before a state's name that make it a place: "visited the Pentagon", "flew to Beijing". */
const PLACE_WORD_BEFORE =
  /\b(?:in|at|to|from|into|near|outside|via|for|visit|visits|visited|visiting|tour|toured|touring|arrived\s+in)\s+(?:the\s+)?$/i;

/** Whether a stretch names a state as a subject, not as a place ("visited the Pentagon"). */
function namesStateSubject(stretch: string): boolean {
  return matchesOf(stretch, STATE_SUBJECT).some(
    (m) => !PLACE_WORD_BEFORE.test(stretch.slice(Math.max(0, m.index - 20), m.index)),
  );
}

/** A date inside ", who arrived on Friday," or ", which opens on Wednesday": background, not the news. */
function inRelativeClause(text: string, at: number): boolean {
  return RELATIVE_OPENER.test(text.slice(0, at));
}

/**
 * The opening of a relative clause still open at the end of a text: ", who …" with no comma
 * since, or an appositive of taking office (", sworn in as secretary …", ", expected to become
 * leader …": roles.json tookOffice and toTakeOffice).
 */
const RELATIVE_OPENER = new RegExp(
  String.raw`,\s*(?:who|which|where|when|${[...TOOK_OFFICE, ...TO_TAKE_OFFICE].map(literal).join("|")})\b[^,]*$`,
  "i",
);

/**
 * "… a day after talks with the admiral, who took over the fleet last autumn": a date in a
 * relative clause about a person with no act of its own tells when the person became what they
 * are, and dates none of the sentence's acts where the sentence gives another date. The dates
 * less such ones.
 */
function withoutActlessAsideDates(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): TimeMention[] {
  if (dates.length < 2) return dates;
  const actless = (t: TimeMention) => {
    // About a person: ", which ends on Wednesday" after an occasion is the occasion's own time.
    const opener = RELATIVE_OPENER.exec(s.text.slice(0, t.start - s.start));
    if (!opener || /^,\s*(?:which|where|when)\b/i.test(opener[0])) return false;
    const from = s.start + opener.index;
    const close = s.text.slice(t.end - s.start).search(/[,;]/);
    const to = close < 0 ? s.end : t.end + close;
    return !triggers.some((h) => !h.reference && h.start > from && h.start < to);
  };
  const kept = dates.filter((t) => !actless(t));
  return kept.length ? kept : dates;
}

/**
 * ", an annual maritime gathering that runs …", ", the annual forum which ran …": an
 * appositive noun phrase with a relative clause of its own, still open at the end of a text.
 */
const APPOSITIVE_CLAUSE = /,\s*(?:an?|the)\s+[^,;:]*?\s(?:that|which)\s+[^,;:]*$/i;

/** A date inside an appositive's relative clause: the described occasion's own. */
function inAppositiveClause(text: string, at: number): boolean {
  return APPOSITIVE_CLAUSE.test(text.slice(0, at));
}

/**
 * "that targeted …", "that were frozen for most of last year" (a passive, with a participle in
 * -ed or -en), "that began …", "that did not exist …": a restrictive relative clause of the past
 * still open at the end of a text.
 */
const RESTRICTIVE_PAST = new RegExp(
  String.raw`\s(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|${IRREGULAR_FULL_PAST_WORD}|(?:did|had)(?:\s+not|n['’]t)?\s+\p{Ll}+|(?:was|were|had been|has been|have been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en))\b[^,;]*$`,
  "u",
);

/**
 * A date inside a restrictive relative clause of the past ("the intrusions that targeted
 * government systems last year"): the clause's own verb's, not the main act's. Up to the next
 * comma; "said that they met" opens no such clause (a subject follows "that", not a verb).
 */
function inRestrictiveClause(text: string, at: number): boolean {
  return RESTRICTIVE_PAST.test(text.slice(0, at));
}

/**
 * One group per event the sentence reports. "During X in 2011 and Y in 2010" and "visited in
 * January 2011 to repair ties frozen in 2010" give one group per date, each with the triggers
 * and people of its own stretch of text; otherwise one group, dated by the main-clause date
 * nearest the most specific trigger.
 */
export function groupDates(
  s: Sentence,
  allDates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): Group[] {
  const dates = withoutCoarseFrame(
    withoutWeekFrame(
      s,
      withoutActlessAsideDates(
        s,
        withoutModifierYears(s, withoutEditionYears(s, allDates, triggers), triggers),
        triggers,
      ),
    ),
    triggers,
  );
  const usable = triggers.filter((h) => !h.reference);
  const afterTalks = occasionOfTelling(s, dates, triggers, actors);
  if (afterTalks) {
    const rest = dates.filter((d) => d !== afterTalks.group.t);
    const others = triggers.filter((h) => !afterTalks.told.includes(h));
    return [...groupDates(s, rest, others, actors), afterTalks.group];
  }
  const clauses = clauseGroups(s, dates, usable, actors);
  if (clauses) return clauses;
  const chunks: { t: TimeMention; from: number; to?: number }[] = dates.map((t, i) => ({
    t,
    from: i === 0 ? s.start : (dates[i - 1] as TimeMention).end,
  }));
  // "On Thursday, X called on Y, who is expected to visit … early next year": an opening date's
  // act comes after it, up to the clause that holds the next date.
  // So does a first date with no act before it: "Officials sat down Monday for the first meeting
  // of the group that Kerry agreed to set up during his trip in April".
  const [head, next] = chunks;
  const actBefore = (at: number) => usable.some((h) => h.rank >= ACT_RANK && h.start < at);
  const clauseOfNext =
    head &&
    next &&
    (OPENING_DATE.test(s.text.slice(0, head.t.start - s.start)) || !actBefore(head.t.start))
      ? lastClauseStart(s, head.t.end, next.t.start)
      : undefined;
  if (head && next && clauseOfNext !== undefined) {
    head.to = clauseOfNext;
    next.from = clauseOfNext;
  }
  // "Wu, who left Beijing on Sunday for a visit to the U.S., met Greenert on Monday": a first date
  // inside a relative clause with no act before it owns that clause, up to the comma that closes
  // it before the main verb.
  const asideEnd =
    head && next && clauseOfNext === undefined && !actBefore(head.t.start)
      ? relativeClauseEnd(s, head.t, next.t)
      : undefined;
  if (head && next && asideEnd !== undefined) {
    head.to = asideEnd;
    next.from = asideEnd;
  }
  // "The panel that Panetta proposed in July will hold talks next month": a first date that closes a
  // restrictive relative clause with a subject of its own, right before the main clause's verb,
  // dates the clause's act; the main clause goes with the next date.
  const restrictiveEnd =
    head && next && clauseOfNext === undefined && asideEnd === undefined
      ? restrictiveClauseEnd(s, head.t)
      : undefined;
  if (head && next && restrictiveEnd !== undefined) {
    head.to = restrictiveEnd;
    next.from = restrictiveEnd;
  }
  // "The tour opened Monday in Seattle, where on Wednesday she visited a shipyard": a last date that
  // opens a clause of its own has its act after it, to the sentence's end.
  const last = chunks.length >= 2 ? chunks[chunks.length - 1] : undefined;
  const beforeLast = last
    ? DATE_OPENS_CLAUSE.exec(s.text.slice(last.from - s.start, last.t.start - s.start))
    : null;
  const previous = chunks[chunks.length - 2];
  if (last && beforeLast && previous && previous.to === undefined) {
    previous.to = last.from + beforeLast.index;
    last.from = previous.to;
    last.to = s.end;
  }
  // "… held talks on trade and the exchanges that Beijing suspended last year": a last date inside a
  // restrictive clause with a named subject of its own dates that clause alone; the words before
  // the clause go with the date before it.
  const clauseOfLast = last && previous?.to === undefined ? restrictiveStart(s, last.t) : undefined;
  if (last && previous && clauseOfLast !== undefined && clauseOfLast > previous.t.end) {
    previous.to = clauseOfLast;
    last.from = clauseOfLast;
  }
  // "Dempsey's April meeting", "the Monday talks", "last week's summit": a date right before an
  // occasion noun is that occasion's, so the noun goes with the date's stretch, not the next one.
  // A date after a preposition ("in May") modifies no word after it: "the panel that Hagel
  // proposed in May met …" is the main clause's verb.
  const afterPreposition = new Set(
    dates.filter((t) => PREPOSITION_BEFORE.test(s.text.slice(0, t.start - s.start))),
  );
  const modifies = (h: TriggerHit, t: TimeMention) =>
    h.start >= t.end &&
    /^(?:['’]s)?\s*$/.test(s.text.slice(t.end - s.start, h.start - s.start)) &&
    !afterPreposition.has(t);
  // An occasion held (a hearing, a speech, a news conference) is an act of its stretch too, and so
  // is an announcement told as the subject's later predicate ("… met the envoy on Oct. 2 and
  // spelled out the plan at a university the next day"); what was said or demanded is not, nor an
  // announcement that tells another stretch's plan ("…, the ministers announced on Monday").
  const laterPredicate = (h: TriggerHit) =>
    AND_PREDICATE_BEFORE.test(s.text.slice(0, h.start - s.start));
  const ownAct = (h: TriggerHit) =>
    h.rank >= ACT_RANK || (h.rank >= ANNOUNCE_RANK && (!!h.noun || laterPredicate(h)));
  // "China's decision last month to suspend exchanges": an infinitive right after a date is the
  // act of that date, not of the next one's stretch.
  const infinitive = (h: TriggerHit, t: TimeMention) =>
    h.start >= t.end && /^\s+to\s+$/.test(s.text.slice(t.end - s.start, h.start - s.start));
  const ownOf = (hits: TriggerHit[], c: (typeof chunks)[number], i: number) =>
    hits.filter((h) => {
      // "Mullen yesterday urged Beijing to …": a verb right after its date is that date's, whatever
      // it tells (what was said too), before any act in what it tells of.
      if (h.start >= c.from && modifies(h, c.t) && /^\p{Ll}/u.test(h.text)) return true;
      if (!ownAct(h)) return false;
      if (modifies(h, c.t) || infinitive(h, c.t)) return true;
      const prev = dates[i - 1];
      if (prev && (modifies(h, prev) || infinitive(h, prev))) return false;
      return h.start >= c.from && h.start < (c.to ?? c.t.start);
    });
  // "the third meeting this year, after Kerry's visit to Beijing in April and their talks in Brunei
  // in July": an occasion the sentence refers to, with a date of its own, is told in passing, an
  // event of that date (ANNOTATION.md) when the stretch before its date has no act of its own.
  // So is the first one ("Contacts have grown since Kerry's visit in January and the tour by Xu
  // in May"): a head clause with no act only frames them.
  const referred = triggers.filter((h) => h.reference && !h.inQuote);
  const subordinateActs = usable
    .filter((h) => !h.inQuote && (h.clauseRank ?? 0) >= ACT_RANK)
    .map((h) => ({ ...h, rank: h.clauseRank ?? h.rank }));
  const told = chunks.map((c, i) => {
    const acts = ownOf(usable, c, i);
    if (acts.length) return acts;
    // The restrictive clause's verb is its date's act, an announcement too ("that Panetta
    // announced in July").
    const clauseVerbs =
      i === 0 && restrictiveEnd !== undefined
        ? usable.filter(
            (h) => h.rank >= ANNOUNCE_RANK && h.start >= c.from && h.start < restrictiveEnd,
          )
        : [];
    if (clauseVerbs.length) return clauseVerbs;
    const passing = ownOf(referred, c, i).map((h) => ({ ...h, reference: false }));
    if (passing.length) return passing;
    // "…, accepting an offer made when he met his counterpart in Lima in June": the act of a
    // subordinate clause, with the date of its own stretch, is a happening told in passing.
    return ownOf(subordinateActs, c, i);
  });
  // Whoever a referred occasion names ("Kerry's visit", "the tour by Xu") was left out of the
  // sentence's actors as only mentioned, or counted at an earlier mention; told as its
  // stretch's own act, they acted in it.
  const revived = chunks.map((c, i) =>
    told[i]?.some((h) => !usable.includes(h))
      ? s.actors.filter(
          (a) => a.start >= c.from && a.end <= c.t.start && told[i]?.some((h) => h.start > a.start),
        )
      : [],
  );
  const named = told.map((hs) =>
    hs.map((h) => findOccasion(s.text, h.start - s.start, h.text)).find(Boolean),
  );
  const own = told.map((hs, i) => {
    const c = chunks[i];
    return hs.length || !c ? hs : elidedAct(s, c.from, c.t.start, told[i - 1] ?? []);
  });
  // "met the premier in the morning on Monday and was hosted by the president the same day": a
  // later date that repeats the day (or month: "… and Hu's state visit the same month") before it
  // marks another act of that time.
  const kinds = new Set(own.map((hs) => bestTrigger(hs)?.cameo));
  // "will meet lawmakers on Thursday before flying to Chicago, where he will spend Thursday night
  // and Friday": a span from the same day is another time when its act is of another kind ("who
  // arrived on Sunday for a four-day visit" is one visit).
  const spansDiffer =
    new Set(dates.map((d) => `${d.value}..${d.endValue ?? ""}`)).size === dates.length;
  const spansApart = kinds.size === dates.length && spansDiffer;
  // "met on the margins of the Forum, an annual gathering that runs from Friday to Sunday": an
  // occasion described in an aside with a span of its own is held apart from the act told on its
  // first day.
  const asideSpan =
    spansDiffer && dates.some((d) => d.endValue && inAppositiveClause(s.text, d.start - s.start));
  // Each date a new one, or one told again ("in January, … the same month, … in May").
  const toldAgain = (d: TimeMention) => d.basis === "previous-date" && SAME_DAY.test(d.text);
  const distinct =
    dates.every((d, i) => toldAgain(d) || !dates.slice(0, i).some((x) => x.value === d.value)) ||
    spansApart ||
    asideSpan;
  // "X, who arrived in Beijing on Sunday, will visit Qingdao on Thursday": an act with its own
  // date in a relative clause is an occasion of its own, even of the same kind as the main one.
  const aside = dates.some((d) => inRelativeClause(s.text, d.start - s.start));
  // "is due at Fort Bliss on Wednesday and will stop at Northern Command on Thursday": acts of
  // one kind at different named places are different occasions.
  const places = own.map((hs) => placeAfter(s, hs));
  const elsewhere = places.every(Boolean) && new Set(places).size === places.length;
  // "will meet Liang on Monday and is scheduled to see President Hu on Tuesday": acts of one
  // kind with someone new on each day are different occasions (ANNOTATION.md: counterparts).
  // A stretch whose act follows its date ("…, and on Thursday sat down with the president") names
  // its people there too.
  const met = chunks.map((c) =>
    actors.filter((a) => a.start >= c.from && a.end <= (c.to ?? c.t.start)),
  );
  const isNew = (i: number) =>
    (met[i] ?? []).some((a) => !met.slice(0, i).some((m) => m.some((x) => x.key === a.key)));
  const newPeople = met.every((_, i) => i === 0 || isNew(i));
  // "to hold talks with Liang on Monday and to meet Hu on Tuesday, ahead of Hu's state visit later
  // this month": each occasion differs from the one before it, by someone new or by its kind.
  const kindOf = (i: number) => bestTrigger(own[i] ?? [])?.cameo;
  const eachDiffers = met.every((_, i) => i === 0 || isNew(i) || kindOf(i) !== kindOf(i - 1));
  if (
    dates.length >= 2 &&
    distinct &&
    own.every((o) => o.length) &&
    (named.some(Boolean) ||
      kinds.size === dates.length ||
      aside ||
      elsewhere ||
      newPeople ||
      eachDiffers)
  ) {
    const cuts = stretchCuts(s, chunks, own);
    const [first] = actors;
    // The sentence's subject acts in every occasion ("Liang, who arrived on Friday, held talks
    // with Panetta on Monday"), unless it only owns the first one ("Xi's visit … and Dempsey's
    // meeting").
    // Nor when the first person is named in a restrictive clause's subject ("the panel that Hagel
    // proposed in May met …"): the clause is theirs, the main clause the group's.
    // All who are named before every act are the subject ("Gates and Liang met in Hanoi in March
    // and in Seoul in October").
    const beforeActs = (a: ActorMention) =>
      usable.every((h) => a.end <= h.start) && !/^['’]/.test(s.text.slice(a.end - s.start));
    const subjects =
      first && restrictiveEnd === undefined && beforeActs(first) ? actors.filter(beforeActs) : [];
    return chunks.map((c, i) => {
      const [from, to] = [cuts[i] ?? s.start, cuts[i + 1] ?? s.end];
      const mine = [...actors, ...(revived[i] ?? [])]
        .filter((a) => a.start >= from && a.start < to)
        .filter((a, k, all) => all.findIndex((x) => x.key === a.key) === k);
      const stretch = s.text.slice(from - s.start, to - s.start);
      return {
        t: c.t,
        occasion: named[i],
        triggers: own[i] ?? [],
        span: { start: from, end: to },
        actors:
          (!mine.length && namesStateSubject(stretch)) || ownSubject(s, from, mine, own[i] ?? [])
            ? mine
            : subjects.length
              ? [...subjects, ...mine.filter((a) => !subjects.some((x) => x.key === a.key))]
              : mine,
      };
    });
  }
  const counted = countedOccasions(s, dates, usable);
  if (counted)
    return counted.map(({ t, span }) => ({ ...shared(s, t, usable, triggers, actors), span }));
  const coordinated = coordinatedDates(s, dates, usable);
  if (coordinated)
    return coordinated.map(({ t, span }) => ({
      ...shared(s, t, usable, triggers, actors),
      ...(span ? { span } : {}),
    }));
  return [shared(s, undefined, usable, triggers, actors, dates)];
}

/** A coordinated clause's opening: "and", "but", "while", "whereas", with no comma after it. */
const COORDINATED_CLAUSE = /^[\s,;]*(?:and|but|while|whereas)\b[^,;]*$/i;

/**
 * "Chen visited the US in May and Mullen went to China in July": a later stretch that opens a
 * coordinated clause with a person of its own before its act has its own subject; the sentence's
 * first one did not act in it.
 */
function ownSubject(s: Sentence, from: number, mine: ActorMention[], acts: TriggerHit[]): boolean {
  const act = Math.min(...acts.map((h) => h.start));
  return mine.some(
    (a) =>
      a.start < act && COORDINATED_CLAUSE.test(s.text.slice(from - s.start, a.start - s.start)),
  );
}

/**
 * "The two navies will hold an exercise later this year, Liang and Panetta announced on Monday
 * after talks at the Pentagon": a date of the telling, right before the occasion it followed, is
 * that occasion's day, an event of its own with who told; the sentence's other dates keep the
 * rest. Only when the other dates have an act of their own to keep.
 */
function occasionOfTelling(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): { group: Group; told: TriggerHit[] } | undefined {
  if (dates.length < 2) return undefined;
  for (const d of dates) {
    if (!datesTelling(s, d)) continue;
    const at = occasionAfterTelling(s.text.slice(d.end - s.start));
    if (at === undefined) continue;
    const noun = triggers.find((h) => h.start === d.end + at && h.noun);
    const endOf = (h: TriggerHit) => h.start + h.text.length;
    const telling = triggers.filter(
      (h) => endOf(h) <= d.start && endOf(h) >= d.start - TELLING_CHARS,
    );
    const before = dates.filter((x) => x !== d && x.end <= d.start).at(-1);
    const rest = triggers.filter((h) => h !== noun && !telling.includes(h));
    if (!noun || !before || !rest.some((h) => !h.reference && h.rank >= ANNOUNCE_RANK)) continue;
    const end = endOf(noun);
    return {
      group: {
        t: d,
        // The occasion, no longer one told before: the telling was made at it.
        triggers: [{ ...noun, reference: false }],
        actors: actors.filter((a) => a.start >= before.end && a.end <= end),
        span: { start: before.end, end: s.end },
      },
      told: [noun, ...telling],
    };
  }
  return undefined;
}

/** The most characters between a verb of telling and its date ("announced on Monday"). */
const TELLING_CHARS = 16;

/** A verb of speech right before a date: "said Tuesday", "told reporters on Monday". */
const TOLD_ON = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\s+(?:on\s+)?$`, "i");

/** Whether a date of the sentence only dates its telling: a verb of speech right before it. */
const datesTelling = (s: Sentence, d: TimeMention) =>
  TOLD_ON.test(s.text.slice(0, d.start - s.start));

/**
 * "… and the Northern Fleet at Qingdao on Tuesday": "and", then a new named object; or a new
 * named place ("met in Hanoi in March and in Seoul in October").
 */
const AND_NEW_OBJECT = /^\s*,?\s*and\s+(?=(?:(?:in|at)\s+)?(?:the\s+)?\p{Lu})/u;

/**
 * "will visit the Second Artillery on Monday and the Northern Fleet at Qingdao on Tuesday": a date's
 * stretch with no verb of its own, opening with "and" and a new named object, repeats the act
 * before it on that object. The act is placed right before the object, so that what follows it
 * (the place, the person met) is read as this stretch's own.
 */
function elidedAct(s: Sentence, from: number, to: number, before: TriggerHit[]): TriggerHit[] {
  const act = bestTrigger(before);
  const m = AND_NEW_OBJECT.exec(s.text.slice(from - s.start, to - s.start));
  if (!act || act.rank < ACT_RANK || act.reference || !m) return [];
  const objectStart = from + m[0].length;
  return [{ ...act, start: objectStart - act.text.length - 1 }];
}

/** ", where on Sunday", ", and on Tuesday", "; later": a date that opens a clause of its own. */
const DATE_OPENS_CLAUSE =
  /(?:,\s*(?:where|and|while|then)|;)\s+(?:(?:on|in|at|by|early|late|later|last|this|next)\s+)?$/i;

/** "the same day", "that same evening", "the same month": a time told again. */
const SAME_DAY =
  /\b(?:the same|that same|that)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b/i;

/** Only a preposition before a sentence's first date: the date opens the sentence. */
const OPENING_DATE = /^\s*(?:(?:on|in|at|by|early|late|later|last|this|next)\s+)?$/i;

/**
 * A relative or coordinated clause opening: ", who is expected to …", ", and will …", "the group
 * that Kerry agreed to …" (a relative clause with its own named subject).
 */
const CLAUSE_OPENING = /,\s*(?:who|which|where|and)\b|\s(?:that|which|who)\s(?=[A-Z])/g;

/** A restrictive relative clause with a named subject of its own: "the panel that Panetta …". */
const RESTRICTIVE_THAT = String.raw`\s(?:that|which|whom)\s+(?=[A-Z])`;
const RESTRICTIVE_OPENER = new RegExp(String.raw`${RESTRICTIVE_THAT}[^,;]*$`);

/** Where a later date's stretch may begin: a clause break, or a restrictive clause's "that". */
const STRETCH_BREAK = new RegExp(String.raw`,?\s+and\s+|[,;]\s+|${RESTRICTIVE_THAT}`, "g");

/** A preposition right before a date: "in April", "on Monday". */
const PREPOSITION_BEFORE = /\b(?:in|on|at|during|since|by|from|until|through|before|after)\s+$/i;

/**
 * The main clause's verb right after a relative clause: "… in April | is due to meet", "… in
 * April | met for the first time".
 */
const MAIN_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|\p{Ll}+ed|${IRREGULAR_FULL_PAST_WORD})\b`,
  "u",
);

/**
 * Where a restrictive relative clause that ends with the date `t` closes: right after the date,
 * when the main clause's verb follows it ("the panel that Panetta proposed in July | will hold
 * talks …"). "talks that Panetta held in July and August" and "the report that said in July …"
 * (no subject of its own) have none.
 */
function restrictiveClauseEnd(s: Sentence, t: TimeMention): number | undefined {
  const before = s.text.slice(0, t.start - s.start);
  const after = s.text.slice(t.end - s.start);
  return RESTRICTIVE_OPENER.test(before) && MAIN_VERB_AFTER.test(after) ? t.end : undefined;
}

/** Where a restrictive relative clause with a named subject that holds the date `t` begins. */
function restrictiveStart(s: Sentence, t: TimeMention): number | undefined {
  const m = RESTRICTIVE_OPENER.exec(s.text.slice(0, t.start - s.start));
  return m ? s.start + m.index : undefined;
}

/** Where the last clause between two offsets of a sentence begins, if one does. */
function lastClauseStart(s: Sentence, from: number, to: number): number | undefined {
  const between = s.text.slice(from - s.start, to - s.start);
  const last = matchesOf(between, CLAUSE_OPENING).at(-1);
  return last ? from + (last.index ?? 0) : undefined;
}

/**
 * The relative clause (", who/which/where …", inRelativeClause) that holds the date `t`: from its
 * comma to the first comma after `t` (or the sentence's end), as offsets in the article.
 */
export function relativeClauseOf(
  s: Sentence,
  t: TimeMention,
): { start: number; end: number } | undefined {
  const opener = s.text.slice(0, t.start - s.start).search(RELATIVE_OPENER);
  if (opener < 0) return undefined;
  const comma = s.text.indexOf(",", t.end - s.start);
  return { start: s.start + opener, end: s.start + (comma < 0 ? s.text.length : comma) };
}

/**
 * Where a relative clause that holds `t` ends, before the date `next`: the first comma after `t`
 * when `t` stands in a relative clause and `next` does not.
 */
function relativeClauseEnd(s: Sentence, t: TimeMention, next: TimeMention): number | undefined {
  if (inRelativeClause(s.text, next.start - s.start)) return undefined;
  const clause = relativeClauseOf(s, t);
  return clause && clause.end < next.start ? clause.end : undefined;
}

/** The capitalised place right after a stretch's best trigger ("stop at Northern Command"). */
function placeAfter(s: Sentence, hs: TriggerHit[]): string | undefined {
  const best = bestTrigger(hs);
  if (!best) return undefined;
  const after = s.text.slice(best.start - s.start + best.text.length);
  return after.match(
    /^\s+(?:(?:to|in|at)\s+)?(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/,
  )?.[1];
}

/**
 * Where each occasion's stretch of the sentence begins: the sentence start, then, between one
 * occasion's last word (its date or noun) and the next one's first, the last "and", comma or
 * semicolon ("Xi's visit to the Pentagon in February 2012 | and Dempsey's April meeting with Fang").
 */
function stretchCuts(
  s: Sentence,
  chunks: { t: TimeMention; from: number; to?: number }[],
  own: TriggerHit[][],
): number[] {
  const cuts = [s.start];
  for (let i = 1; i < chunks.length; i++) {
    const [before, after] = [chunks[i - 1] as { t: TimeMention }, chunks[i] as { t: TimeMention }];
    // A clause already found to hold the next occasion begins its stretch.
    const known = chunks[i - 1]?.to;
    if (known !== undefined) {
      cuts.push(Math.max(known, cuts.at(-1) ?? s.start));
      continue;
    }
    const tail = Math.max(before.t.end, ...(own[i - 1] ?? []).map((h) => h.start + h.text.length));
    const anchor = Math.min(after.t.start, ...(own[i] ?? []).map((h) => h.start));
    const between = s.text.slice(tail - s.start, anchor - s.start);
    let cut = anchor;
    // A clause break, or a restrictive clause's "that" before its own named subject ("ties that
    // Beijing froze"): the subject acts in the later stretch.
    for (const m of matchesOf(between, STRETCH_BREAK))
      if (!joinsTwoPeople(s, tail + (m.index ?? 0), m[0])) cut = tail + (m.index ?? 0);
    cuts.push(Math.max(cut, cuts.at(-1) ?? s.start));
  }
  return cuts;
}

/**
 * Whether an "and" at `at` joins two people ("endorsed by Obama and Chinese President Xi"), not
 * two clauses: a person's name ends right before it, only title words stand between it and the
 * next person's name, and no verb follows that name ("… Wang Yi and Obama hosted …").
 */
function joinsTwoPeople(s: Sentence, at: number, joint: string): boolean {
  if (!/^\s+and\s+$/.test(joint) || !s.actors.some((a) => a.end === at)) return false;
  const after = at + joint.length;
  const next = s.actors.find((a) => a.start >= after);
  return (
    !!next &&
    TITLE_WORDS.test(s.text.slice(after - s.start, next.start - s.start)) &&
    !SUBJECT_VERB_AFTER.test(s.text.slice(next.end - s.start))
  );
}

/** A verb right after a name, which makes the name a clause's subject: "… and Obama hosted". */
const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|${IRREGULAR_FULL_PAST_WORD}|will|is|are|was|were|has|have|had)\b`,
  "u",
);

/** Where one coordinated main clause ends and the next begins (", and on Tuesday evening, …"). */
const CLAUSE_BREAK = /,\s+(?:and|but|while|then|and then)\s+|;\s+/g;

/** ", then China's leader-in-waiting,": "then" before a noun phrase set off by commas. */
const THEN_APPOSITIVE = /^,\s+then\s+((?:the|a|an|his|her|its|their|[A-Z][\w.-]*)\b[^,;.]*),/;

/**
 * Whether a clause break is "then" before an appositive ("Xi, then China's leader-in-waiting,
 * spent …"): a noun phrase with no verb of the past or the future before its closing comma, so
 * the sentence goes on with the clause it interrupts. ", then flew to Qingdao," is a clause.
 */
function thenAppositive(from: string): boolean {
  const phrase = THEN_APPOSITIVE.exec(from)?.[1];
  return (
    phrase !== undefined &&
    phrase.split(" ").length <= 6 &&
    tellsNoPast(phrase) &&
    !isFutureTense(phrase)
  );
}

/**
 * ", Gen. Chen Bingde visited", ", Gen. Fang and Adm. Greenert met": a comma, a capitalised
 * subject of a few words (two joined by "and"), a verb in the past.
 */
const LIST_ITEM_BREAK =
  /,\s+(?=[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|and)\s+){0,4}(?:[a-z]{2,}ed|went|met|made|took|paid|held|flew|gave|came|saw|spoke)\b)/g;

/**
 * "will visit Camp A, N.C., and Fort B, Ga., on Wednesday": ", and" before a named object with no
 * verb of its own, after a clause that names no date, adds an object to that clause's act, which
 * the date after it dates; it opens no clause. (With a date of its own before it, "visit A on
 * Monday, and B on Tuesday", each object is an occasion of its day: elidedAct.)
 */
function sharesTheAct(
  s: Sentence,
  at: number,
  from: number,
  dates: TimeMention[],
  usable: TriggerHit[],
): boolean {
  const rest = s.text.slice(at - s.start);
  if (!AND_NEW_OBJECT.test(rest)) return false;
  const next = CLAUSE_BREAK_AFTER_FIRST.exec(rest.slice(1));
  const end = at + 1 + (next ? (next.index ?? 0) : rest.length - 1);
  const inside = (x: { start: number }, a: number, b: number) => x.start >= a && x.start < b;
  if (dates.some((d) => inside(d, from, at))) return false;
  if (usable.some((h) => inside(h, at, end))) return false;
  const phrase = s.text.slice(at - s.start, end - s.start);
  return tellsNoPast(phrase) && !isFutureTense(phrase);
}

/**
 * The lowest trigger rank that makes a clause an occasion of its own: an answer or an appeal
 * ("…; the ministry rejected the story the next day") and above, not "said".
 */
const CLAUSE_TRIGGER_RANK = ANSWER_RANK;

/**
 * "On Tuesday afternoon, X addressed a symposium, and on Tuesday evening, X attended a banquet":
 * coordinated clauses that each carry their own date and their own act are two happenings, even
 * on the same day. Each clause keeps its own triggers and people, and the sentence's first person
 * when it names nobody.
 */
function clauseGroups(
  s: Sentence,
  dates: TimeMention[],
  usable: TriggerHit[],
  actors: ActorMention[],
): Group[] | undefined {
  const cuts = [s.start];
  for (const m of matchesOf(s.text, CLAUSE_BREAK)) {
    const at = s.start + (m.index ?? 0);
    if (thenAppositive(s.text.slice(m.index ?? 0))) continue;
    if (sharesTheAct(s, at, cuts.at(-1) ?? s.start, dates, usable)) continue;
    cuts.push(at);
  }
  // "Gates traveled to Beijing in January, Chen visited the United States in May, and …": a
  // comma before a new named subject and its verb in the past ends a list's item, once the item
  // has told its act and its date.
  for (const m of matchesOf(s.text, LIST_ITEM_BREAK)) {
    const at = s.start + (m.index ?? 0);
    const from = cuts.filter((c) => c < at).at(-1) ?? s.start;
    const told = (x: { start: number }) => x.start >= from && x.start < at;
    if (dates.some(told) && usable.some((h) => told(h) && h.rank >= CLAUSE_TRIGGER_RANK))
      cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const kept = cuts.filter(
    (cut, i) => i === 0 || !onlyADateBefore(s, dates, cuts[i - 1] ?? cut, cut),
  );
  if (kept.length < 2) return undefined;
  const clauses = kept.map((from, i) => ({ from, to: kept[i + 1] ?? s.end }));
  const within = <T extends { start: number }>(xs: T[], c: { from: number; to: number }) =>
    xs.filter((x) => x.start >= c.from && x.start < c.to);
  // "… Xi's trip in February, the tour of Chen in April, and Roughead's visit in October": a clause
  // that holds two dates of its own, neither inside the other ("on Tuesday of that week" is one
  // day), is a list's items, each date with its own stretch, not one clause's occasion.
  const apart = (a: TimeMention, b: TimeMention) =>
    !a.value.startsWith(b.value) && !b.value.startsWith(a.value);
  const listed = (c: { from: number; to: number }) => {
    const main = within(dates, c).filter((d) => !inRelativeClause(s.text, d.start - s.start));
    return main.some((a, i) => main.slice(i + 1).some((b) => apart(a, b)));
  };
  if (clauses.some(listed)) return undefined;
  // Every mention counts, not only each person's first: "Xi addressed …, and Xi attended …".
  const mentions = s.actors.filter((m) => actors.some((a) => a.key === m.key));
  const groups: Group[] = [];
  // "Xi is to be named president on Thursday, and Lew will travel to Beijing next week": a clause
  // with a date of its own and no act keeps its date to itself; the other clauses go on.
  let datedWithoutAct = false;
  for (const c of clauses) {
    // "said Tuesday that X will visit Beijing from Dec. 14 to 17, while …": a date that only
    // dates the telling yields to the clause's other date.
    const main = within(dates, c).filter((d) => !inRelativeClause(s.text, d.start - s.start));
    const t = main.find((d) => !datesTelling(s, d)) ?? main[0];
    // "will hold talks tomorrow with Liang, who visited the Pentagon in May, and …": an act with
    // its own date in a relative clause is told in passing, an occasion of its own.
    const asides = t ? asideOccasions(s, c, dates, main, usable, mentions) : [];
    groups.push(...asides);
    const acts = within(usable, c).filter((h) => !asides.some((a) => a.triggers.includes(h)));
    const ranked = acts.filter((h) => h.rank >= CLAUSE_TRIGGER_RANK);
    // "…, and on Friday the ministry said it …", "…, and the paper said last month that …": a
    // later clause whose only act is its own subject's saying something, with a date of its
    // own, tells a statement, as it would alone; the speaker is never the sentence's first
    // person. ("…, and said on Tuesday that …" has the first clause's subject; "said more" says
    // nothing.)
    const said = !ranked.length && c.from !== s.start;
    const own = said
      ? acts.filter(
          (h) =>
            h.rank >= SAY_RANK &&
            !h.inQuote &&
            SUBJECT_BEFORE.test(s.text.slice(c.from - s.start, h.start - s.start)) &&
            REPORTED_AFTER.test(s.text.slice(h.start - s.start + h.text.length, c.to - s.start)),
        )
      : ranked;
    if (!t) continue;
    if (!own.length) {
      datedWithoutAct = true;
      continue;
    }
    // Who is named only in a relative clause told in passing acted in that occasion alone.
    const inAside = (m: ActorMention) =>
      asides.some((a) => a.span && m.start >= a.span.start && m.start < a.span.end);
    const mine = within(mentions, c).filter(
      (m, i, all) => !inAside(m) && all.findIndex((x) => x.key === m.key) === i,
    );
    const best = bestTrigger(own);
    // "…, and Chinese and U.S. naval forces held an exercise": a clause whose subject is a body
    // or a government names its own actors, so it borrows no person from the sentence.
    const text = s.text.slice(c.from - s.start, c.to - s.start);
    const bodySubject = !!best && orgActors(text, best.start - c.from).length > 0 && !mine.length;
    groups.push({
      t,
      occasion: best ? findOccasion(s.text, best.start - s.start, best.text) : undefined,
      triggers: own,
      actors: mine.length || !actors[0] || bodySubject || said ? mine : [actors[0]],
      span: { start: c.from, end: c.to },
    });
  }
  groups.sort((a, b) => a.t.start - b.t.start);
  return groups.length >= 2 || (groups.length === 1 && datedWithoutAct) ? groups : undefined;
}

/** A subject of its own in a clause's opening: "and on Friday the ministry", "and in July it". */
const SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:the\s+\p{L}+|it|he|she|they|we|(?!(?:${CALENDAR_WORD}))\p{Lu}[\p{L}.'’-]*)[^,;]*$`,
  "u",
);

/**
 * A reported clause after a verb of saying and a date of the telling ("said on Friday that …",
 * "said airlines should …"), not a word that says only how much was said ("said more").
 */
const REPORTED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:on\s+|last\s+|this\s+)?(?:${CALENDAR_WORD}|week|month|year|today|yesterday)\s+)?(?!(?:more|little|nothing|much|so|yes|no|again|too|otherwise)\b)\p{L}`,
  "u",
);

/** A clause's words that are only its opening: the conjunction and a preposition before a date. */
const DATE_CLAUSE_FILLER =
  /^[\s,;]*(?:(?:and|but|then|and then)\s+)?(?:(?:on|in|at|by|later|early|late)\s+)?$/i;

/**
 * "…, and the next day, while Gates was meeting Hu, the army flew …": a clause that is only its
 * date opens the clause the interruption after it breaks off, so the cut after it is no clause's
 * end, when what follows has no date of its own.
 */
function onlyADateBefore(s: Sentence, dates: TimeMention[], from: number, cut: number): boolean {
  const inClause = dates.filter((d) => d.start >= from && d.end <= cut);
  const [date] = inClause;
  if (inClause.length !== 1 || !date) return false;
  const next = s.text.slice(cut - s.start).search(CLAUSE_BREAK_AFTER_FIRST);
  const nextEnd = next < 0 ? s.end : cut + next;
  if (dates.some((d) => d.start >= cut && d.start < nextEnd)) return false;
  const before = s.text.slice(from - s.start, date.start - s.start);
  const after = s.text.slice(date.end - s.start, cut - s.start);
  return DATE_CLAUSE_FILLER.test(before) && /^[\s,]*$/.test(after);
}

/**
 * The next clause break after the one a clause opens with: CLAUSE_BREAK less "while", since the
 * interruption `onlyADateBefore` reads past opens with it.
 */
const CLAUSE_BREAK_AFTER_FIRST = /(?<=.),\s+(?:and|but|then|and then)\s+|;\s+/;

/**
 * The occasions told in passing in a clause's relative clauses (", who visited the Pentagon in
 * May,"): each date of one that has an act of its own there, with the person the clause is about
 * (the mention right before its comma) and whoever it names. The clause's own date is not one.
 */
function asideOccasions(
  s: Sentence,
  c: { from: number; to: number },
  dates: TimeMention[],
  main: TimeMention[],
  usable: TriggerHit[],
  mentions: ActorMention[],
): Group[] {
  const out: Group[] = [];
  for (const d of dates) {
    if (d.start < c.from || d.start >= c.to || main.includes(d)) continue;
    const r = relativeClauseOf(s, d);
    if (!r || r.start < c.from) continue;
    const acts = usable.filter(
      (h) => h.start >= r.start && h.start < d.start && h.rank >= ACT_RANK,
    );
    if (!acts.length) continue;
    // ", who visited …" is about the person before it; ", where …" and ", which …" about no one.
    const who = /^,\s*who\b/i.test(s.text.slice(r.start - s.start));
    const antecedent = who
      ? mentions.filter((m) => m.end <= r.start && m.start >= c.from).at(-1)
      : undefined;
    const inside = mentions.filter((m) => m.start >= r.start && m.start < r.end);
    const people = [...(antecedent ? [antecedent] : []), ...inside].filter(
      (m, i, all) => all.findIndex((x) => x.key === m.key) === i,
    );
    const best = bestTrigger(acts);
    out.push({
      t: d,
      occasion: best ? findOccasion(s.text, best.start - s.start, best.text) : undefined,
      triggers: acts,
      actors: people,
      span: { start: r.start, end: r.end },
    });
  }
  return out;
}

/** "after", "before", "until", "since" with no clause break before the date that follows. */
const SET_AGAINST = /\b(?:after|before|until|since)\b[^,;:]*$/i;

/** A date after the act's trigger in the phrase the act is set after or before. */
function setAgainstAct(s: Sentence, best: TriggerHit, d: TimeMention): boolean {
  const actEnd = best.start + best.text.length;
  return d.start >= actEnd && SET_AGAINST.test(s.text.slice(actEnd - s.start, d.start - s.start));
}

/**
 * "Between a date and the next": nothing but "and (again) in", so one verb has both dates; or a
 * place of the next date's own before it ("talks in Lima in May and in Hanoi in
 * October"), captured.
 */
const COORDINATION =
  /^\s*,?\s*(?:and|or|then|as well as)\s+(?:again\s+|once more\s+|also\s+|later\s+)?((?:in|at|to)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+)?(?:in|on|during)?\s*$/u;

/**
 * "were suspended in 2010 and again in 2012": dates joined by "and (again)" after one trigger
 * are one act done on each date, so each gets an event with the same trigger and people. When
 * each date has a place of its own, each occasion is told from the end of the date before.
 */
function coordinatedDates(
  s: Sentence,
  dates: TimeMention[],
  usable: TriggerHit[],
): { t: TimeMention; span?: { start: number; end: number } }[] | undefined {
  const [first] = dates;
  if (!first || dates.length < 2 || new Set(dates.map((d) => d.value)).size !== dates.length)
    return undefined;
  if (!usable.some((h) => h.start < first.start && h.rank >= 4)) return undefined;
  // "between 2010 and 2012" bounds one period rather than naming two acts.
  if (/\bbetween\s+$/i.test(s.text.slice(0, first.start - s.start))) return undefined;
  let placed = false;
  for (let i = 1; i < dates.length; i++) {
    const between = s.text.slice(
      (dates[i - 1] as TimeMention).end - s.start,
      (dates[i] as TimeMention).start - s.start,
    );
    const joined = COORDINATION.exec(between);
    if (!joined) return undefined;
    if (joined[1]) placed = true;
  }
  return dates.map((t, i) =>
    placed
      ? { t, span: { start: i === 0 ? s.start : (dates[i - 1] as TimeMention).end, end: t.end } }
      : { t },
  );
}

/** One group for the sentence: `at` when given, else the main-clause date nearest the best trigger. */
function shared(
  s: Sentence,
  at: TimeMention | undefined,
  usable: TriggerHit[],
  triggers: TriggerHit[],
  actors: ActorMention[],
  dates: TimeMention[] = at ? [at] : [],
): Group {
  const best = bestTrigger(usable);
  const main = dates.filter(
    (t) =>
      !inRelativeClause(s.text, t.start - s.start) &&
      !inRestrictiveClause(s.text, t.start - s.start),
  );
  const inMain = main.length ? main : dates;
  // "announced on Monday that Obama will host Xi early next month": a date that only dates the
  // telling, before the act it reports, yields to the act's own date.
  const toldBefore = (d: TimeMention) => !!best && d.end <= best.start && datesTelling(s, d);
  const untold = inMain.filter((d) => !toldBefore(d));
  const told = untold.length ? untold : inMain;
  // "Last week the navy cancelled a port call after the senate on Tuesday passed a bill on the
  // sale": a date in a clause or phrase the act is set after or before is the other happening's,
  // when the act has a date of its own.
  const ownClause = told.filter((d) => !best || !setAgainstAct(s, best, d));
  const pool = ownClause.length ? ownClause : told;
  // "was issued in March 2011": a date right after the act, with at most a preposition between,
  // is the act's, however near another date stands before it ("…Defense in 2010, was issued").
  // So it is when the only acts stand in a relative clause ("contacts, which China cut off in
  // January 2010, were back on track in 2011"): the clause's date is the act's, the main clause's
  // is not. A main clause that tells something ("she said the firm, which announced on Monday …")
  // keeps its own date.
  const inAside = (h: TriggerHit) => inRelativeClause(s.text, h.start - s.start);
  const aside = !!best && usable.every((h) => h.inQuote || inAside(h));
  const rightAfter =
    best &&
    (aside ? dates : pool).find((d) =>
      /^\s+(?:(?:on|in|at|from)\s+)?$/i.test(
        s.text.slice(best.start - s.start + best.text.length, d.start - s.start),
      ),
    );
  const nearest =
    at ??
    finerDateWithin(
      rightAfter ||
        (best
          ? pool.reduce((a, b) =>
              Math.abs(b.start - best.start) < Math.abs(a.start - best.start) ? b : a,
            )
          : (pool[0] as TimeMention)),
      pool,
    );
  const t = (!at && announcingDay(s, nearest, dates, usable)) || nearest;
  // The most specific trigger names the occasion first ("the first meeting of a new Cyber Working
  // Group, set up under the S&ED": the meeting's group, not the dialogue it belongs to).
  const occasion = usable
    .filter((h) => h.rank >= 4)
    .sort((a, b) => b.rank - a.rank || a.start - b.start)
    .map((h) => findOccasion(s.text, h.start - s.start, h.text))
    .find(Boolean);
  return { t, occasion, triggers, actors };
}
