import type { EventDraft, MergedEvent } from "../types.ts";
import { placesConflict, type Place } from "../events/location.ts";
import { sameOccasion } from "../events/refer.ts";
import { dayDiff, fromIso, interval } from "../util/dates.ts";

/** Talks (040) and statements (010): two governments hold many a year, so they alone link nothing. */
export const GENERIC_CAMEOS: readonly string[] = ["040", "010"];

/** Documents (reports, white papers) only merge with documents; interactions with interactions. */
export function kind(d: EventDraft): "document" | "interaction" {
  const best = Math.max(0, ...d.triggers.map((t) => t.rank));
  const doc = d.triggers.some(
    (t) => (t.noun === "report" || t.noun === "white paper") && t.rank >= best,
  );
  return doc ? "document" : "interaction";
}

/** An occasion's name as merging compares it ("the S&ED" stays an acronym). */
export const normOccasion = (s?: string) =>
  s
    ?.toLowerCase()
    .replace(/\b(the|of|and|fiscal)\b|[^a-z0-9]+/g, " ")
    .replace(/\bdialog\b/g, "dialogue")
    .replace(/\s+/g, " ")
    .trim();

// Merging asks about the same few occasion names for many pairs of drafts: both answers are pure
// functions of the names, remembered (up to a bound, so a long run's memory stays flat).
const MEMO_MAX = 10_000;
const normMemo = new Map<string, string>();
function normOccasionCached(s?: string): string | undefined {
  if (s === undefined) return undefined;
  let norm = normMemo.get(s);
  if (norm === undefined) {
    if (normMemo.size >= MEMO_MAX) normMemo.clear();
    normMemo.set(s, (norm = normOccasion(s) as string));
  }
  return norm;
}
const sameMemo = new Map<string, Map<string, boolean>>();
function sameOccasionCached(a: string, b: string): boolean {
  let row = sameMemo.get(a);
  if (!row) {
    if (sameMemo.size >= MEMO_MAX) sameMemo.clear();
    sameMemo.set(a, (row = new Map()));
  }
  let same = row.get(b);
  if (same === undefined) row.set(b, (same = sameOccasion(a, b)));
  return same;
}

/**
 * Whether a draft reports the same real-world event as a cluster of drafts: nothing in it
 * contradicts any of them, and something ties it to one of them. The definition; merging finds
 * the same answer faster with `Cluster` and the blocking index (merge/merge.ts).
 */
export function sameEvent(cluster: MergedEvent, d: EventDraft): boolean {
  return (
    cluster.drafts.every((c) => pairCompatible(c, d)) &&
    cluster.drafts.some((c) => pairLinked(c, d))
  );
}

/** Nothing in the pair contradicts one event: status, kind, date, place. */
export function pairCompatible(a: EventDraft, b: EventDraft): boolean {
  if (a.status !== b.status || kind(a) !== kind(b)) return false;
  if (placesConflict(a.location, b.location)) return false;
  const sameArticle = a.articleId === b.articleId;
  if (a.date.precision !== b.date.precision) return false;
  if (a.date.precision !== "day") return a.date.value === b.date.value;
  const [a0, a1] = interval(a.date.value, "day", a.date.end);
  const [b0, b1] = interval(b.date.value, "day", b.date.end);
  // Reports of one event from different outlets may count days differently ("today" in Asia).
  const slack = sameArticle ? 0 : 1;
  return dayDiff(a1, b0) <= slack && dayDiff(b1, a0) <= slack;
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

/**
 * Everything of `a` that `pairLinked(a, b)` reads except its article: drafts alike in these are
 * linked to the same drafts (from another article than theirs). Keep it in step with pairLinked.
 */
export function linkProfile(a: EventDraft): string {
  return JSON.stringify([
    a.occasion ?? null,
    a.date.precision,
    a.type.cameo,
    a.actors.map((x) => [x.key, x.actor.country ?? null]),
    (a.bodies ?? []).map((x) => [x.name, x.country ?? null]),
    !!a.location,
  ]);
}

/** Something in the pair ties them together: a named occasion, or shared people. */
export function pairLinked(a: EventDraft, b: EventDraft): boolean {
  const oa = normOccasionCached(a.occasion);
  const ob = normOccasionCached(b.occasion);
  // "the S&ED" in one report, "the Strategic and Economic Dialogue" in another.
  if (oa && ob) return oa === ob || sameOccasionCached(a.occasion ?? "", b.occasion ?? "");
  // Governments count as shared actors only for specific acts ("suspended exchanges"), not for
  // talks or statements, which two governments hold many times a year.
  const specific = a.type.cameo === b.type.cameo && !GENERIC_CAMEOS.includes(a.type.cameo);
  const sharedBody =
    specific &&
    !a.actors.length &&
    !b.actors.length &&
    (a.bodies ?? []).some((x) => (b.bodies ?? []).some((y) => y.name === x.name));
  const shared = a.actors.some((x) => b.actors.some((y) => y.key === x.key)) || sharedBody;
  if (a.date.precision !== "day") return shared && !oa && !ob && a.type.cameo === b.type.cameo;
  if (
    a.articleId !== b.articleId &&
    a.location &&
    b.location &&
    (speaksFor(a, b) || speaksFor(b, a))
  )
    return true;
  return shared || (a.actors.length === 0 && b.actors.length === 0 && !!a.location && !!b.location);
}

const DAY_MS = 86_400_000;
const epochDay = (iso: string) => Math.round(fromIso(iso).getTime() / DAY_MS);

/** First and last day of a day-precision draft, as days since 1970. */
function days(d: EventDraft): [number, number] {
  const [lo, hi] = interval(d.date.value, "day", d.date.end);
  return [epochDay(lo), epochDay(hi)];
}

const placeKey = (p: Place) => `${p.name}\u0000${p.country ?? ""}`;
const conflicts = new Map<string, boolean>();
/** `placesConflict`, remembered: a corpus names few places, and merging asks about them often. */
function placesConflictCached(a: Place, b: Place): boolean {
  const key = `${placeKey(a)}\u0001${placeKey(b)}`;
  let hit = conflicts.get(key);
  if (hit === undefined) {
    if (conflicts.size >= MEMO_MAX) conflicts.clear();
    conflicts.set(key, (hit = placesConflict(a, b)));
  }
  return hit;
}

/**
 * A cluster of drafts with what `pairCompatible` and `pairLinked` need of them in summary, so
 * `accepts(d) && links(d)` answers `sameEvent(cluster, d)` in time independent of the cluster's
 * size (a hundred copies of one story are one case, not a hundred). The drafts of a cluster are
 * pairwise compatible, so they share status, kind and precision (and the value, above day
 * precision); the day rule needs only the latest start and earliest end, over the cluster and
 * over the draft's own article (whose reports get no day of slack).
 */
export class Cluster implements MergedEvent {
  readonly drafts: EventDraft[] = [];
  private readonly places = new Map<string, Place>();
  private maxLo = -Infinity;
  private minHi = Infinity;
  private readonly byArticle = new Map<string, { maxLo: number; minHi: number }>();
  /** Per link profile, its first draft and the first from another article (see `links`). */
  private readonly profiles = new Map<string, EventDraft[]>();

  constructor(first: EventDraft) {
    this.add(first);
  }

  private get first(): EventDraft {
    return this.drafts[0] as EventDraft;
  }

  add(d: EventDraft): void {
    this.drafts.push(d);
    const profile = linkProfile(d);
    const alike = this.profiles.get(profile);
    if (!alike) this.profiles.set(profile, [d]);
    else if (alike.length === 1 && alike[0]?.articleId !== d.articleId) alike.push(d);
    if (d.location) this.places.set(placeKey(d.location), d.location);
    if (d.date.precision !== "day") return;
    const [lo, hi] = days(d);
    this.maxLo = Math.max(this.maxLo, lo);
    this.minHi = Math.min(this.minHi, hi);
    const own = this.byArticle.get(d.articleId);
    if (own) {
      own.maxLo = Math.max(own.maxLo, lo);
      own.minHi = Math.min(own.minHi, hi);
    } else this.byArticle.set(d.articleId, { maxLo: lo, minHi: hi });
  }

  /**
   * Whether a draft of the cluster is linked to `d` (see `pairLinked`), trying one draft per link
   * profile: the answer is the same for all drafts of a profile from an article other than d's,
   * and for all from d's own.
   */
  links(d: EventDraft): boolean {
    for (const alike of this.profiles.values()) {
      const c = alike.find((x) => x.articleId !== d.articleId) ?? alike[0];
      if (c && pairLinked(c, d)) return true;
    }
    return false;
  }

  /** Whether `d` is compatible with every draft of the cluster (see `pairCompatible`). */
  accepts(d: EventDraft): boolean {
    const c = this.first;
    if (c.status !== d.status || c.date.precision !== d.date.precision) return false;
    if (c.date.precision !== "day" && c.date.value !== d.date.value) return false;
    if (kindOf(c) !== kindOf(d)) return false;
    if (d.location)
      for (const p of this.places.values()) if (placesConflictCached(p, d.location)) return false;
    if (d.date.precision !== "day") return true;
    const [lo, hi] = days(d);
    // Across articles one day of slack: every cluster draft ends at most a day before d starts
    // and starts at most a day after d ends; within d's own article, none.
    if (this.minHi < lo - 1 || this.maxLo > hi + 1) return false;
    const own = this.byArticle.get(d.articleId);
    return !own || (own.minHi >= lo && own.maxLo <= hi);
  }
}

const kinds = new WeakMap<EventDraft, ReturnType<typeof kind>>();
function kindOf(d: EventDraft): ReturnType<typeof kind> {
  let k = kinds.get(d);
  if (!k) kinds.set(d, (k = kind(d)));
  return k;
}
