import type {
  ActorMention,
  ArticleWork,
  EventDraft,
  Sentence,
  TimeMention,
  TriggerHit,
} from "../types.ts";
import { DEFINITE_OCCASION, NOUN_FAMILY, REFERENCE_MARKER } from "../lexicon/triggers.ts";
import { addDays, dayDiff, fromIso, interval, isoDay } from "../util/dates.ts";
import { attachSentence, familiesOf, narrationOf, sharedActors } from "./attach.ts";
import { findOccasion } from "./occasion.ts";
import { headlineOf } from "./headline.ts";
import { orgActors } from "../lexicon/orgs.ts";
import { bestTrigger, findTriggers } from "./triggers.ts";

/** The dataset's window: events dated outside it are left out. */
export const WINDOW = { start: "2010-01-01", end: "2013-12-31" } as const;

const inWindow = (t: TimeMention) => {
  const [lo, hi] = interval(t.value, t.precision, t.endValue);
  return hi >= WINDOW.start && lo <= WINDOW.end;
};

/** Sentence openers that continue the previous sentence's subject ("They also spoke about …"). */
const CONTINUES = /^(They|He|She|The two|Both|The leaders|The two sides|The ministers)\b/;

interface Ctx {
  work: ArticleWork;
  events: EventDraft[];
  skipped: number;
  /** Sentence index → the event whose dated sentence it is. */
  primary: Map<number, EventDraft>;
}

/** People an event sentence is about: narration mentions and quotation speakers, minus references. */
function eventActors(s: Sentence, work: ArticleWork, triggers: TriggerHit[]): ActorMention[] {
  const refs = triggers.filter((t) => t.reference);
  const out: ActorMention[] = [];
  for (const m of s.actors) {
    // "Gates' invitation": a possessive names whose thing it is, not who acted.
    if (/^['’](s\b|\s)/.test(work.text.slice(m.end, m.end + 3)) && s.actors.length > 1) continue;
    // "the Obama administration" is a government, not the person.
    if (
      /^['’]?s?\s+(administration|government|team|camp)\b/i.test(work.text.slice(m.end, m.end + 20))
    )
      continue;
    // "for the talks with Xi": people named inside a reference phrase (up to the next comma).
    const inRef = refs.some((r) => {
      if (m.start <= r.start || m.start - r.start > 40) return false;
      return !/[,;]/.test(work.text.slice(r.start, m.start));
    });
    if (inRef) continue;
    if (!out.some((x) => x.key === m.key)) out.push(m);
  }
  for (const qi of s.quoteIds) {
    const q = work.quotes[qi];
    const hit = q?.speaker ? s.actors.find((m) => m.actor.name === q.speaker) : undefined;
    if (hit && !out.some((x) => x.key === hit.key)) out.push(hit);
  }
  return out;
}

function newEvent(
  ctx: Ctx,
  s: Sentence,
  t: TimeMention,
  actors: ActorMention[],
  triggers: TriggerHit[],
  occasion: string | undefined,
): EventDraft {
  // Tense is read in the clause of the date (time stage), not the whole sentence.
  const planned = t.future;
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
    ...(occasion ? { occasion } : {}),
    actors: [],
    evidence: [],
    sentenceIdx: [],
    quotes: [],
    topics: [],
    confidence: (basisScore[t.basis] ?? 0.7) * (planned ? 0.85 : 1),
  };
  const object = s.text.match(
    /\b(?:agreed|agree|pledged|plans?|will|to)\s+(?:both\s+)?((?:to\s+)?(?:work|visit|make visits?|meet|hold|establish|resume|strengthen|expand|cooperate)[^,.;“”"]{0,50})/i,
  )?.[1];
  if (object) e.object = object.trim();
  const dest = s.text.match(
    /\b(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s)?|flew|arriv(?:ed|es))\s+(?:to\s+|in\s+)?((?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/,
  )?.[1];
  if (dest) e.destination = dest;
  const best = bestTrigger(triggers.filter((h) => !h.reference));
  e.headline = headlineOf(s, ctx.work.text, best?.start);
  const bodies = orgActors(narrationOf(s, ctx.work.quotes), (best?.start ?? s.end) - s.start);
  if (bodies.length) e.bodies = bodies;
  attachSentence(e, s, actors, triggers, narrationOf(s, ctx.work.quotes), true);
  ctx.events.push(e);
  if (!ctx.primary.has(s.index)) ctx.primary.set(s.index, e);
  return e;
}

/** An event of this article that a dated mention in a quotation refers to (same day, ±1). */
function eventNear(ctx: Ctx, t: TimeMention, actors: ActorMention[]): EventDraft | undefined {
  if (t.precision !== "day") return undefined;
  const candidates = ctx.events.filter((e) => {
    if (e.date.precision !== "day") return false;
    const [lo, hi] = interval(e.date.value, "day", e.date.end);
    return (
      t.value >= isoDay(addDays(fromIso(lo), -1)) && t.value <= isoDay(addDays(fromIso(hi), 1))
    );
  });
  return pickBest(candidates, actors, t.value);
}

/** Prefers the candidate sharing most people, then the exact day, then the latest reported. */
function pickBest(
  candidates: EventDraft[],
  actors: ActorMention[],
  day?: string,
): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestScore = -1;
  for (const e of candidates) {
    const score = sharedActors(e, actors) * 10 + (day && e.date.value === day ? 5 : 0);
    if (score >= bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

interface Group {
  t: TimeMention;
  occasion?: string;
  triggers: TriggerHit[];
  actors: ActorMention[];
}

/** Names a country or capital as a clause's subject ("ties that Beijing had frozen"). */
const STATE_SUBJECT = /\b(China|Beijing|United States|U\.S\.|Washington|Pentagon)\b/;

/** A date inside ", who arrived on Friday," or ", which opens on Wednesday": background, not the news. */
function inRelativeClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opener = before.search(/,\s*(who|which|where|when)\b[^,]*$/i);
  return opener >= 0;
}

/**
 * One group per event the sentence reports. "During X in 2011 and Y in 2010" and "visited in
 * January 2011 to repair ties frozen in 2010" give one group per date, each with the triggers
 * and people of its own stretch of text; otherwise one group, dated by the main-clause date
 * nearest the most specific trigger.
 */
function groupDates(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): Group[] {
  const usable = triggers.filter((h) => !h.reference);
  const chunks = dates.map((t, i) => ({
    t,
    from: i === 0 ? s.start : (dates[i - 1] as TimeMention).end,
  }));
  const own = chunks.map((c) =>
    usable.filter((h) => h.start >= c.from && h.start < c.t.start && h.rank >= 4),
  );
  const named = own.map((hs) =>
    hs.map((h) => findOccasion(s.text, h.start - s.start, h.text)).find(Boolean),
  );
  const distinct = new Set(dates.map((d) => d.value)).size === dates.length;
  const kinds = new Set(own.map((hs) => bestTrigger(hs)?.cameo));
  if (
    dates.length >= 2 &&
    distinct &&
    own.every((o) => o.length) &&
    (named.some(Boolean) || kinds.size === dates.length)
  ) {
    return chunks.map((c, i) => {
      const mine = actors.filter((a) => a.start >= c.from && a.start < c.t.start);
      const stretch = s.text.slice(c.from - s.start, c.t.start - s.start);
      return {
        t: c.t,
        occasion: named[i],
        triggers: own[i] ?? [],
        // Each occasion keeps its own people plus the sentence's subject ("Liang, who arrived on
        // Friday, held talks with Panetta on Monday": Liang is in both).
        actors:
          !mine.length && STATE_SUBJECT.test(stretch)
            ? mine
            : [...actors.slice(0, 1), ...mine.filter((a) => a.key !== actors[0]?.key)],
      };
    });
  }
  const best = bestTrigger(usable);
  const main = dates.filter((t) => !inRelativeClause(s.text, t.start - s.start));
  const pool = main.length ? main : dates;
  const t = best
    ? pool.reduce((a, b) =>
        Math.abs(b.start - best.start) < Math.abs(a.start - best.start) ? b : a,
      )
    : (pool[0] as TimeMention);
  const occasion = usable
    .filter((h) => h.rank >= 4)
    .map((h) => findOccasion(s.text, h.start - s.start, h.text))
    .find(Boolean);
  return [{ t, occasion, triggers, actors }];
}

/** "the meeting", "the report": the reported event this sentence refers back to. */
function referredEvent(
  ctx: Ctx,
  s: Sentence,
  actors: ActorMention[],
  t?: TimeMention,
): EventDraft | undefined {
  for (const m of s.text.matchAll(DEFINITE_OCCASION)) {
    // "before he left for the talks": names another occasion, not the one this sentence reports.
    if (
      REFERENCE_MARKER.test(
        s.text
          .slice(0, m.index ?? 0)
          .replace(/\s*the\s*$/i, " ")
          .replace(/\s+$/, " "),
      )
    )
      continue;
    const fam = NOUN_FAMILY[(m[1] ?? "").toLowerCase()] ?? (m[1] ?? "").toLowerCase();
    const candidates = ctx.events.filter((e) => {
      if (!familiesOf(e).has(fam)) return false;
      if (!t) return true;
      const [a, b] = interval(e.date.value, e.date.precision, e.date.end);
      const [c, d] = interval(t.value, t.precision, t.endValue);
      return a <= d && c <= b;
    });
    // "the meeting" prefers an event reported with the word "meeting" over one named "Dialogue".
    const noun = (m[1] ?? "").toLowerCase();
    const exact = candidates.filter((e) => e.triggers.some((h) => h.text.toLowerCase() === noun));
    const best = pickBest(exact.length ? exact : candidates, actors);
    if (best) return best;
  }
  return undefined;
}

function handleDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  let usable = triggers.filter((t) => !t.reference);
  const referred = referredEvent(ctx, s, actors, dates[0]);
  if (referred)
    return attachSentence(referred, s, actors, triggers, narrationOf(s, ctx.work.quotes));
  // "The meeting was held ahead of the dialogue, which opens on Wednesday": the sentence adds to
  // the meeting already reported, and its date goes to the other occasion it names.
  const opensWithOccasion =
    /^(?:the|that|this)\s+(?:meeting|talks|summit|visit|trip|conference|session|dialogue)\b/i.test(
      s.text,
    );
  const other = opensWithOccasion ? referredEvent(ctx, s, actors) : undefined;
  if (other) {
    // Its people belong to the other occasions, so the referred event gains the words only.
    attachSentence(other, s, [], [], narrationOf(s, ctx.work.quotes));
    const nouns = [...s.text.matchAll(DEFINITE_OCCASION)].map(
      (m) => s.start + (m.index ?? 0) + m[0].length - (m[1] ?? "").length,
    );
    triggers = triggers.filter((t) => !nouns.includes(t.start));
    usable = triggers.filter((t) => !t.reference && t.rank >= 4);
    actors = actors.filter((a) => !other.actors.some((x) => x.key === a.key));
  }
  if (!usable.length) {
    ctx.skipped++;
    return;
  }
  for (const g of groupDates(s, dates, triggers, actors)) {
    if (!inWindow(g.t)) {
      ctx.skipped++;
      continue;
    }
    newEvent(ctx, s, g.t, g.actors, g.triggers, g.occasion);
  }
}

function handleQuoteDated(
  ctx: Ctx,
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
  actors: ActorMention[],
): void {
  for (const t of dates) {
    const near = eventNear(ctx, t, actors);
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
    newEvent(ctx, s, t, actors, triggers, undefined);
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
  const referred = referredEvent(ctx, s, actors);
  if (referred) return attachSentence(referred, s, actors, triggers, narration);
  const prev = ctx.primary.get(s.index - 1);
  if (prev && (sharedActors(prev, actors) > 0 || CONTINUES.test(s.text)) && !/^["“]/.test(s.text)) {
    return attachSentence(prev, s, actors, triggers, narration);
  }
  const strong = triggers.filter((h) => h.strong && !h.reference && !h.inQuote);
  if (!strong.length) return;
  const recent = ctx.events.filter((e) =>
    e.sentenceIdx.some((i) => s.index - i <= 8 && i < s.index),
  );
  const sharing = recent.filter((e) => sharedActors(e, actors) > 0);
  const target =
    pickBest(sharing, actors, s.scene) ??
    recent.find((e) => e.date.precision === "day" && e.sentenceIdx.some((i) => s.index - i <= 2));
  if (target) attachSentence(target, s, actors, triggers, narration);
}

/**
 * Drafts the events of one article, sentence by sentence in reading order:
 * a dated sentence with a trigger opens an event (one per named occasion); a sentence dated only
 * inside a quotation joins the event of that day; an undated sentence that refers back ("the
 * meeting"), continues the previous one, or names an occasion with the same people joins it.
 */
export function draftEvents(work: ArticleWork): { events: EventDraft[]; skipped: number } {
  const ctx: Ctx = { work, events: [], skipped: 0, primary: new Map() };
  for (const s of work.sentences) {
    if (s.kind === "dateline") continue;
    const triggers = findTriggers(s, work.quotes);
    const actors = eventActors(s, work, triggers);
    const narrated = s.times.filter((t) => !t.inQuote || t.basis === "explicit");
    const quoted = s.times.filter((t) => t.inQuote && t.basis !== "explicit");
    if (narrated.length) handleDated(ctx, s, narrated, triggers, actors);
    else if (quoted.length) handleQuoteDated(ctx, s, quoted, triggers, actors);
    else handleUndated(ctx, s, triggers, actors);
  }
  return { events: ctx.events, skipped: ctx.skipped };
}
