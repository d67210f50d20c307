import type { EventDraft } from "../types.ts";
import { acronymLetters, initialsOf, isAcronym } from "../events/acronyms.ts";
import { DAY_MS, datesOf } from "./draft-dates.ts";
import { GENERIC_CAMEOS } from "../events/generic-acts.ts";
import { kind, namedBodies, normOccasion } from "./compatible.ts";

/**
 * Blocking for the merge: which drafts are worth comparing at all. Two drafts are candidates when
 * their dates come within SLACK_DAYS of each other, whatever their precisions (a year-precision
 * report meets every day of its year), and they share a blocking key: something `pairLinked` in
 * compatible.ts needs them to share before it can tie them (a person, a government for one specific
 * act, a form of the occasion's name, the two sides of a meeting, a place for unnamed actors).
 * Every pair the rules can merge is a candidate pair; the converse is not needed.
 */

/** The most days between two reports of one event that the date rule allows (compatible.ts). */
export const SLACK_DAYS = 1;

/** First and last day a draft's date covers (its precision's whole month or year; `end` too). */
export function daySpan(d: EventDraft): [number, number] {
  const { firstDay, lastDay } = datesOf(d);
  return [firstDay, lastDay];
}

/** The words `sameOccasion` (events/refer.ts) compares: lower case, "dialog" as "dialogue". */
const occasionWords = (s: string) => s.toLowerCase().replace(/\bdialog\b/, "dialogue");

/**
 * The keys a draft can share with another it may merge with. Each rule of `pairLinked` that can
 * tie two drafts maps to a key both of them carry:
 * - shared people: `actor:<key>`;
 * - a government or body acting alone in one specific act (`body:<cameo>:<name>`) or one document
 *   (`body:document:<name>`);
 * - one occasion: the normalised name, the last word ("… Strategic and Economic Dialogue" ends
 *   with "Strategic and Economic Dialogue"), the last two letters of an acronym and of a name's
 *   initials ("S&ED" abbreviates "Strategic and Economic Dialogue");
 * - a report naming only the two governments and one naming officials of both, at a place: the
 *   two countries (`sides:`);
 * - two reports naming nobody, at a place: `unnamed-at-place`;
 * - a body other than a government acting alone on a day: `named-body:<name>`;
 * - a document released on a day: `document-day`;
 * - one article's reports of one span of several days: `article-span:<article>:<first>:<last>`;
 * - one article's reports of one act on one day, naming nobody: `article-day:<article>:<act>:<day>`.
 */
export function blockingKeys(d: EventDraft): string[] {
  const keys = new Set<string>();
  for (const a of d.actors) keys.add(`actor:${a.key}`);
  // One article's reports of one act at one place (compatible.ts oneActAtOnePlace).
  if (d.head && d.location) keys.add(`article-act:${d.articleId}:${d.head}`);
  // One article's reports of one span of several days (compatible.ts oneSpanOneAct).
  if (d.date.end && d.date.end !== d.date.value)
    keys.add(`article-span:${d.articleId}:${d.date.value}:${d.date.end}`);
  // One article's act told again on its day with nobody named (compatible.ts unnamedRetelling).
  if (d.head && !d.actors.length && d.date.precision === "day" && !d.date.end)
    keys.add(`article-day:${d.articleId}:${d.head}:${d.date.value}`);
  // A document is its author's specific act even under a generic code, whatever code the other
  // report gives it (compatible.ts sameDocument).
  if (!d.actors.length && !GENERIC_CAMEOS.includes(d.type.cameo))
    for (const b of d.bodies ?? []) keys.add(`body:${d.type.cameo}:${b.name}`);
  if (!d.actors.length && kind(d) === "document")
    for (const b of d.bodies ?? []) keys.add(`body:document:${b.name}`);
  // A body other than a government acting alone on a day (compatible.ts oneBodyOneDay).
  if (!d.actors.length && d.date.precision === "day")
    for (const name of namedBodies(d)) keys.add(`named-body:${name}`);
  // Two outlets' releases of a document on one day (compatible.ts oneDayDocument).
  if (kind(d) === "document" && d.date.precision === "day") keys.add("document-day");
  const norm = normOccasion(d.occasion);
  if (norm && d.occasion) {
    keys.add(`occasion:${norm}`);
    const words = occasionWords(d.occasion);
    keys.add(`occasion-end:${words.slice(words.lastIndexOf(" ") + 1)}`);
    const letters = acronymLetters(d.occasion);
    if (isAcronym(d.occasion) && letters.length >= 2) keys.add(`initials:${letters.slice(-2)}`);
    const initials = initialsOf(d.occasion);
    if (initials.length >= 2) keys.add(`initials:${initials.slice(-2)}`);
  }
  if (d.location) {
    if (!d.actors.length) {
      keys.add("unnamed-at-place");
      // Governments only: every pair of their countries ("speaksFor" needs both sides among them).
      const bodies = d.bodies ?? [];
      const countries = [...new Set(bodies.flatMap((b) => (b.country ? [b.country] : [])))].sort();
      if (bodies.length >= 2)
        for (let i = 0; i < countries.length; i++)
          for (let j = i + 1; j < countries.length; j++)
            keys.add(`sides:${countries[i]}+${countries[j]}`);
    } else {
      const sides = [...new Set(d.actors.flatMap((a) => a.actor.country ?? []))].sort();
      if (sides.length >= 2) keys.add(`sides:${sides[0]}+${sides[1]}`);
    }
  }
  return [...keys];
}

/** Whether two day spans come within SLACK_DAYS of each other. */
const near = (a: [number, number], b: [number, number]) =>
  a[0] <= b[1] + SLACK_DAYS && b[0] <= a[1] + SLACK_DAYS;

/** The blocking rule for one pair (what the index finds, stated directly; used by tests). */
export function mayMatch(a: EventDraft, b: EventDraft): boolean {
  if (!near(daySpan(a), daySpan(b))) return false;
  const kb = new Set(blockingKeys(b));
  return blockingKeys(a).some((k) => kb.has(k));
}

/** Month number since year 0 of an epoch day. */
function monthOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/** Every month (or year) a span touches. */
function monthsOf([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let m = monthOf(lo); m <= monthOf(hi); m++) out.push(m);
  return out;
}
function yearsOf([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let y = yearOf(lo); y <= yearOf(hi); y++) out.push(y);
  return out;
}

/**
 * Date buckets. A draft is filed under its own precision (`d` each day, `m` its month, `y` its
 * year) and, whatever its precision, under every month (`mu`) and year (`yu`) it touches. A day
 * draft looks up the days around it, the month drafts of its months and the year drafts of its
 * years; a month draft looks up everything filed in its months and the year drafts of its years;
 * a year draft everything filed in its years. So each pair meets, from either side, in a bucket
 * of the coarser precision, and a lookup reads only buckets that can hold a near draft.
 */
function filedUnder(d: EventDraft, span: [number, number]): string[] {
  const out: string[] = [];
  if (d.date.precision === "day") for (let x = span[0]; x <= span[1]; x++) out.push(`d${x}`);
  for (const m of monthsOf(span)) {
    out.push(`mu${m}`);
    if (d.date.precision === "month") out.push(`m${m}`);
  }
  for (const y of yearsOf(span)) {
    out.push(`yu${y}`);
    if (d.date.precision === "year") out.push(`y${y}`);
  }
  return out;
}

function lookedUp(d: EventDraft, span: [number, number]): string[] {
  const wide: [number, number] = [span[0] - SLACK_DAYS, span[1] + SLACK_DAYS];
  const out: string[] = [];
  if (d.date.precision === "day") {
    for (let x = wide[0]; x <= wide[1]; x++) out.push(`d${x}`);
    for (const m of monthsOf(wide)) out.push(`m${m}`);
    for (const y of yearsOf(wide)) out.push(`y${y}`);
  } else if (d.date.precision === "month") {
    for (const m of monthsOf(wide)) out.push(`mu${m}`);
    for (const y of yearsOf(wide)) out.push(`y${y}`);
  } else {
    for (const y of yearsOf(wide)) out.push(`yu${y}`);
  }
  return out;
}

/** A draft filed in the index: its dates and what the caller filed it under. */
interface Entry<T> {
  span: [number, number];
  value: T;
}

/**
 * Drafts filed by blocking key, then by date bucket, each under a value (the merge files a draft
 * under its cluster). `candidates` returns the values of the filed drafts that `mayMatch` a
 * query, each once; its cost grows with the entries sharing a key and a bucket with the query,
 * not with the size of the index. A draft whose key, dates and value repeat an entry's adds no
 * candidate and is not filed again: a hundred copies of one story in one cluster are one entry.
 */
export class BlockingIndex<T extends string | number> {
  private readonly byKey = new Map<string, Map<string, Entry<T>[]>>();
  private readonly filed = new Set<string>();
  private readonly keysOf = new WeakMap<EventDraft, string[]>();

  private keys(d: EventDraft): string[] {
    let keys = this.keysOf.get(d);
    if (!keys) this.keysOf.set(d, (keys = blockingKeys(d)));
    return keys;
  }

  add(draft: EventDraft, value: T): void {
    const span = daySpan(draft);
    let buckets: string[] | undefined;
    for (const key of this.keys(draft)) {
      const footprint = `${value}\u0000${key}\u0000${draft.date.precision}:${span[0]}:${span[1]}`;
      if (this.filed.has(footprint)) continue;
      this.filed.add(footprint);
      buckets ??= filedUnder(draft, span);
      const entry: Entry<T> = { span, value };
      let byBucket = this.byKey.get(key);
      if (!byBucket) this.byKey.set(key, (byBucket = new Map()));
      for (const b of buckets) {
        const list = byBucket.get(b);
        if (list) list.push(entry);
        else byBucket.set(b, [entry]);
      }
    }
  }

  candidates(draft: EventDraft): T[] {
    const span = daySpan(draft);
    const buckets = lookedUp(draft, span);
    const found = new Set<T>();
    for (const key of this.keys(draft)) {
      const byBucket = this.byKey.get(key);
      if (!byBucket) continue;
      for (const b of buckets)
        for (const e of byBucket.get(b) ?? [])
          if (!found.has(e.value) && near(span, e.span)) found.add(e.value);
    }
    return [...found];
  }
}
