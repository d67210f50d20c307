import type { EventDraft, Sentence, TimeMention, TriggerHit } from "../types.ts";
import { SAY_RANK } from "./ranks.ts";

/**
 * "The agency published its study on 1/14; the firm admitted on 4/22 that data was taken; and the
 * company said on 8/9 that …": a sentence whose parts between semicolons each tell an act of their
 * own with a date of their own is a list of sentences. Each part is read as a sentence, so the date
 * of one part never goes to the act of another, a part's people stay its own, and a part whose act
 * ranks low (an admission beside an intrusion) is not outranked by a neighbour's. The evidence
 * stays the whole sentence (`wholeSentenceEvidence`): the parts are read, not cut.
 */

/** Fewest words a saying verb's object has when it tells what was said. */
const WORDS_SAID = 3;

/**
 * Whether a part tells what its saying verb said: "admitted on Monday that data was taken",
 * "said hackers had entered its systems", not "said more the next day" (its dates left out).
 */
function saysSomething(p: Sentence, verb: TriggerHit): boolean {
  let at = verb.start + verb.text.length;
  let said = "";
  for (const t of p.times.filter((x) => x.start >= at).sort((a, b) => a.start - b.start)) {
    said += ` ${p.text.slice(at - p.start, t.start - p.start)}`;
    at = t.end;
  }
  said += ` ${p.text.slice(at - p.start)}`;
  return (said.match(/\p{L}+/gu) ?? []).length >= WORDS_SAID;
}

/** The offsets of the sentence's semicolons outside parentheses, brackets and quotation marks. */
function topSemicolons(s: Sentence): number[] {
  const cuts: number[] = [];
  if (!s.text.includes(";")) return cuts;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === '"') quoted = !quoted;
    else if (c === "“") quoted = true;
    else if (c === "”") quoted = false;
    else if (c === ";" && depth === 0 && !quoted) cuts.push(s.start + i);
  }
  return cuts;
}

/** The part of a sentence between two offsets, as a sentence of its own. */
function partOf(s: Sentence, from: number, to: number): Sentence {
  const lead = /^\s*/.exec(s.text.slice(from - s.start, to - s.start))?.[0].length ?? 0;
  const start = from + lead;
  const inside = (x: { start: number }) => x.start >= start && x.start < to;
  return {
    ...s,
    text: s.text.slice(start - s.start, to - s.start),
    start,
    end: to,
    times: s.times.filter(inside),
    actors: s.actors.filter(inside),
  };
}

/**
 * The sentence's parts between semicolons, when every part tells an act (`triggers`, found in
 * the whole sentence) and a date of its own outside quotation marks (`narrated`: the narrated
 * dates, asked for only when the sentence has a semicolon, as most have none).
 */
export function semicolonClauses(
  s: Sentence,
  narrated: () => TimeMention[],
  triggers: TriggerHit[],
): Sentence[] | undefined {
  const cuts = topSemicolons(s);
  if (!cuts.length) return undefined;
  const dates = narrated();
  const parts = [s.start, ...cuts.map((c) => c + 1)].map((from, i) =>
    partOf(s, from, cuts[i] ?? s.end),
  );
  const inPart = (p: Sentence) => (x: { start: number }) => x.start >= p.start && x.start < p.end;
  const tellsAct = (p: Sentence) => {
    const acts = triggers.filter(inPart(p)).filter((h) => !h.reference && !h.inQuote);
    // "the ministry said more the next day": saying, with nothing said, tells no act.
    return acts.some((h) => h.rank > SAY_RANK) || acts.some((h) => saysSomething(p, h));
  };
  const ownDates = (p: Sentence) => dates.filter(inPart(p)).filter((t) => !t.inQuote);
  const dated = (p: Sentence) => ownDates(p).length > 0;
  if (parts.every((p) => tellsAct(p) && dated(p))) return parts;
  // "yesterday the firm accused the unit of hacking; the ministry dismissed the claims; and the
  // spokesman said …": a list of three acts or more, each by someone of its own, the first dated;
  // the others are of its day, as the story tells them together.
  const [first, ...rest] = parts;
  const ownActor = (p: Sentence, i: number) =>
    p.actors.some((a) => !parts.slice(0, i + 1).some((q) => q.actors.some((b) => b.key === a.key)));
  const day = first && ownDates(first).at(-1);
  if (
    !first ||
    !day ||
    rest.length < 2 ||
    !tellsAct(first) ||
    !rest.every((p, i) => tellsAct(p) && !dated(p) && ownActor(p, i))
  )
    return undefined;
  // Each later part is told on the first part's day, as if it said so where it opens.
  const told = (p: Sentence): TimeMention => ({
    ...day,
    start: p.start,
    end: p.start,
    basis: "previous-date",
  });
  return [first, ...rest.map((p) => ({ ...p, times: [...p.times, told(p)] }))];
}

/**
 * Evidence drawn from a part of a sentence read in parts is the whole sentence: a reader checks
 * an event against what the page says, and each part leans on the rest (its subject, its year).
 * Each event cites the sentence once.
 */
export function wholeSentenceEvidence(events: EventDraft[], split: Sentence[]): void {
  if (!split.length) return;
  for (const e of events) {
    const seen = new Set<number>();
    e.evidence = e.evidence.flatMap((span) => {
      const whole = split.find((s) => span.start >= s.start && span.end <= s.end);
      if (!whole) return [span];
      if (seen.has(whole.start)) return [];
      seen.add(whole.start);
      return [{ text: whole.text, start: whole.start, end: whole.end }];
    });
  }
}
