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
import { isFutureTense } from "../time/tense.ts";
import { attachSentence, familiesOf, narrationOf, sharedActors } from "./attach.ts";
import { findOccasion } from "./occasion.ts";
import { findTriggers } from "./triggers.ts";

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
  const pub = ctx.work.published?.value ?? "";
  const planned = t.future || (isFutureTense(s.text) && t.value >= pub.slice(0, t.value.length));
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
  attachSentence(e, s, actors, triggers, narrationOf(s, ctx.work.quotes), true);
  ctx.events.push(e);
  ctx.primary.set(s.index, e);
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

/** Splits "during X in 2011 and Y in 2010" into one (mention, occasion) pair per named occasion. */
function splitByOccasion(
  s: Sentence,
  dates: TimeMention[],
  triggers: TriggerHit[],
): { t: TimeMention; occasion?: string; triggers: TriggerHit[] }[] {
  const groups: { t: TimeMention; occasion?: string; triggers: TriggerHit[] }[] = [];
  let from = s.start;
  for (const t of dates) {
    const own = triggers.filter(
      (h) => h.start >= from && h.start < t.start && h.rank >= 4 && !h.reference,
    );
    const named = own.map((h) => findOccasion(s.text, h.start - s.start, h.text)).find(Boolean);
    if (named) groups.push({ t, occasion: named, triggers: own });
    from = t.end;
  }
  const distinct = new Set(groups.map((g) => g.t.value));
  if (groups.length >= 2 && distinct.size >= 2) return groups;
  const t = dates[0] as TimeMention;
  const occasion = triggers
    .filter((h) => !h.reference && h.rank >= 4)
    .map((h) => findOccasion(s.text, h.start - s.start, h.text))
    .find(Boolean);
  return [{ t, occasion, triggers }];
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
    const best = pickBest(candidates, actors);
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
  const usable = triggers.filter((t) => !t.reference);
  const referred = referredEvent(ctx, s, actors, dates[0]);
  if (referred)
    return attachSentence(referred, s, actors, triggers, narrationOf(s, ctx.work.quotes));
  if (!usable.length) {
    ctx.skipped++;
    return;
  }
  for (const g of splitByOccasion(s, dates, usable)) {
    if (!inWindow(g.t)) {
      ctx.skipped++;
      continue;
    }
    newEvent(ctx, s, g.t, actors, g.triggers, g.occasion);
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
    pickBest(sharing, actors) ??
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
