import type { EventDraft, MergedEvent } from "../types.ts";
import { placesConflict } from "../events/location.ts";
import { sameOccasion } from "../events/refer.ts";
import { dayDiff, interval } from "../util/dates.ts";

/** Documents (reports, white papers) only merge with documents; interactions with interactions. */
function kind(d: EventDraft): "document" | "interaction" {
  const best = Math.max(0, ...d.triggers.map((t) => t.rank));
  const doc = d.triggers.some(
    (t) => (t.noun === "report" || t.noun === "white paper") && t.rank >= best,
  );
  return doc ? "document" : "interaction";
}

const normOccasion = (s?: string) =>
  s
    ?.toLowerCase()
    .replace(/\b(the|of|and|fiscal)\b|[^a-z0-9]+/g, " ")
    .replace(/\bdialog\b/g, "dialogue")
    .replace(/\s+/g, " ")
    .trim();

/** Whether a draft reports the same real-world event as a cluster of drafts. */
export function sameEvent(cluster: MergedEvent, d: EventDraft): boolean {
  return (
    cluster.drafts.every((c) => pairCompatible(c, d)) &&
    cluster.drafts.some((c) => pairLinked(c, d))
  );
}

/** Nothing in the pair contradicts one event: status, kind, date, place. */
function pairCompatible(a: EventDraft, b: EventDraft): boolean {
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

/** Something in the pair ties them together: a named occasion, or shared people. */
function pairLinked(a: EventDraft, b: EventDraft): boolean {
  const oa = normOccasion(a.occasion);
  const ob = normOccasion(b.occasion);
  // "the S&ED" in one report, "the Strategic and Economic Dialogue" in another.
  if (oa && ob) return oa === ob || sameOccasion(a.occasion ?? "", b.occasion ?? "");
  // Governments count as shared actors only for specific acts ("suspended exchanges"), not for
  // talks or statements, which two governments hold many times a year.
  const specific = a.type.cameo === b.type.cameo && !["040", "010"].includes(a.type.cameo);
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
