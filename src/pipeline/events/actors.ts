import type { ActorMention, ArticleWork, Sentence, TriggerHit } from "../types.ts";
import { LEADING_ATTRIBUTION, TRAILING_ATTRIBUTION } from "../lexicon/speech.ts";
import { GUEST } from "./host.ts";

/** Words before a name that make the named person the one others act for. */
const STANDS_FOR =
  /\b(?:representatives?|envoys?|aides?|advisers?|spokes(?:man|woman|person)|deputies|deputy|emissar(?:y|ies)) (?:of|to|for)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$/;

/** "Panetta's guest", "Gates' guest": whose guest, right after the name. */
const GUEST_OF_OWNER = new RegExp(String.raw`^['’]s?${GUEST}`);

/** The lowest trigger rank of an act a trailing attribution reports (above "said"). */
const REPORTED_ACT_RANK = 4;

/**
 * Where a sentence's trailing attribution (lexicon/speech.ts) starts, when it reports an act told
 * before it: who reports an act at the end of a sentence did not do it.
 */
export function trailingAttribution(s: Sentence, triggers: TriggerHit[]): number | undefined {
  const m = TRAILING_ATTRIBUTION.exec(s.text);
  if (!m) return undefined;
  const at = s.start + m.index;
  const act = triggers.some(
    (h) => !h.reference && !h.inQuote && h.rank >= REPORTED_ACT_RANK && h.start < at,
  );
  return act ? at : undefined;
}

/**
 * Where the reported clause of a leading attribution begins (lexicon/speech.ts), when it has a
 * subject of its own and tells the act while the speaker's part holds none: "Liang said Gen. Chen
 * would visit the United States" is Chen's visit, not Liang's.
 */
export function reportedActClause(s: Sentence, triggers: TriggerHit[]): number | undefined {
  const m = LEADING_ATTRIBUTION.exec(s.text);
  if (!m) return undefined;
  const at = s.start + m[0].length - (m.groups?.fronted?.length ?? 0);
  const acts = triggers.filter((h) => !h.reference && !h.inQuote && h.rank >= REPORTED_ACT_RANK);
  return acts.some((h) => h.start >= at) && !acts.some((h) => h.start < at) ? at : undefined;
}

/** A "who" clause still open at the end of a text, after a comma: ", who is expected to …". */
const OPEN_WHO_CLAUSE = /,\s*(?:who|whom|whose)\s[^,;()]*$/;

/**
 * Whether a person is named inside a "who" clause set off after another person's name, with no
 * act told in the clause (up to its closing comma): "Xi, who is expected to succeed Hu as
 * leader, …" describes Xi. "Xi, who met Hu on Monday, …" tells an act, which keeps its people,
 * as does a passive's agent ("Biden, who was invited by Xi, …").
 */
function inDescribingClause(s: Sentence, m: ActorMention, triggers: TriggerHit[]): boolean {
  const clause = OPEN_WHO_CLAUSE.exec(s.text.slice(0, m.start - s.start));
  if (!clause) return false;
  const from = s.start + clause.index;
  if (!s.actors.some((a) => a !== m && a.end === from)) return false;
  // "Biden, who was invited by Xi, …": the agent of a passive took part in what the clause tells.
  if (/\bby\b/i.test(clause[0])) return false;
  const close = s.text.slice(m.end - s.start).search(/[,;]/);
  const to = close < 0 ? s.end : m.end + close;
  return !triggers.some((h) => h.start > from && h.start < to && !h.reference);
}

/** People an event sentence is about: narration mentions and quotation speakers, minus references. */
export function eventActors(
  s: Sentence,
  work: ArticleWork,
  triggers: TriggerHit[],
): ActorMention[] {
  const refs = triggers.filter((t) => t.reference);
  const out: ActorMention[] = [];
  const reporter = trailingAttribution(s, triggers);
  const reported = reportedActClause(s, triggers);
  for (const m of s.actors) {
    if (reporter !== undefined && m.start >= reporter) continue;
    if (reported !== undefined && m.start < reported) continue;
    // "Gates' invitation": a possessive names whose thing it is, not who acted.
    const possessive = /^['’](s\b|\s)/.test(work.text.slice(m.end, m.end + 3));
    // "Xi's visit to the Pentagon", "Dempsey's April meeting with Fang": the owner of an occasion
    // this sentence tells of (its place or counterpart follows) made it; "Mullen's tour came
    // after …" only names it.
    const owns = triggers.some(
      (t) =>
        !t.reference &&
        t.noun &&
        t.start > m.end &&
        /^['’]s?\s+(?:(?!(?:to|of|for|with|from)\b)[\w-]+\s+){0,2}$/.test(
          work.text.slice(m.end, t.start),
        ) &&
        /^\s+(?:to|in|with|at|on|of|during)\b/.test(work.text.slice(t.start + t.text.length)),
    );
    // "was Panetta's guest": whose guest someone was hosted them.
    const hosted = GUEST_OF_OWNER.test(work.text.slice(m.end, m.end + 30));
    if (possessive && s.actors.length > 1 && !owns && !hosted) continue;
    // "Xi, who is expected to succeed Hu as leader, visited …": a person named in a clause that
    // describes someone just named, and tells no act of its own, did not act here.
    if (inDescribingClause(s, m, triggers)) continue;
    // "special representatives of Xi", "an aide to Obama": whom they stand for did not act here.
    if (STANDS_FOR.test(work.text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
    // "set up after Kerry's visit to Beijing": the owner of an earlier occasion did not act here.
    if (possessive && refs.some((r) => r.start > m.end && r.start - m.end <= 4)) continue;
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
