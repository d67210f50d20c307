import type { TimelineEvent } from "../../dataset/index.ts";
import type { Corroboration } from "./corroboration.ts";
import { LOW_CONFIDENCE } from "./confidence-threshold.ts";
import { actorsNotNamedInEvidence } from "./named-in-evidence.ts";

export { LOW_CONFIDENCE };

/** At or above this it is high. */
export const HIGH_CONFIDENCE = 0.85;

export type ConfidenceLevel = "high" | "medium" | "low";

export function confidenceLevel(score: number): ConfidenceLevel {
  return score < LOW_CONFIDENCE ? "low" : score < HIGH_CONFIDENCE ? "medium" : "high";
}

/** One thing that makes an event more or less certain, in words for the details panel. */
export interface ConfidenceFactor {
  kind: "date" | "actors" | "sources" | "status";
  /** Whether it lowers confidence (drawn as a caution) or supports it. */
  weakens: boolean;
  text: string;
}

const quoted = (text: string) => (text ? ` (\u201C${text}\u201D)` : "");

function dateFactor(date: TimelineEvent["date"]): ConfidenceFactor {
  const words = quoted(date.text);
  switch (date.basis) {
    case "explicit":
      return { kind: "date", weakens: false, text: `The date is stated in the text${words}.` };
    case "relative-to-publication":
      return {
        kind: "date",
        weakens: false,
        text: `The date is counted from the article's publication day${words}.`,
      };
    case "relative-to-utterance":
      return {
        kind: "date",
        weakens: true,
        text: `The date is inferred: counted from when the quoted words were spoken${words}, which the article dates.`,
      };
    case "previous-date":
      return {
        kind: "date",
        weakens: true,
        text: `The date is inferred: the sentence gives none of its own${words}, so it takes the date mentioned before it.`,
      };
    case "corrected":
      // Set by a researcher's correction (corrections/*.json), which says why in the details.
      return {
        kind: "date",
        weakens: false,
        text: `The date was set by a researcher's correction${date.text ? `; the article says \u201C${date.text}\u201D` : ""}.`,
      };
    default:
      return {
        kind: "date",
        weakens: true,
        text: `The date is inferred (${date.basis.replaceAll("-", " ")})${words}.`,
      };
  }
}

function actorsFactor(event: TimelineEvent): ConfidenceFactor | undefined {
  if (event.actors.length === 0)
    return { kind: "actors", weakens: true, text: "No one who took part is named." };
  const unnamed = actorsNotNamedInEvidence(event);
  if (unnamed.length === 0) return undefined;
  const names = unnamed.map((a) => a.name).join(", ");
  return {
    kind: "actors",
    weakens: true,
    text:
      unnamed.length === event.actors.length
        ? `Who took part is borrowed from the rest of the article: no sentence that reports the event names ${names}.`
        : `Some actors are borrowed from the rest of the article: no sentence that reports the event names ${names}.`,
  };
}

function sourcesFactor(c: Corroboration): ConfidenceFactor {
  if (c.articles <= 1)
    return { kind: "sources", weakens: true, text: "A single source: one article reports it." };
  if (c.outlets.length <= 1)
    return {
      kind: "sources",
      weakens: true,
      text: `${c.articles} articles report it, but all from one outlet.`,
    };
  return {
    kind: "sources",
    weakens: false,
    text: `Corroborated: ${c.outlets.length} outlets report it (${c.outlets.join(", ")}).`,
  };
}

/**
 * Why the dataset is as sure as it is of an event, from what the data already holds: how its
 * date was read (`date.basis`), whether the sentences that report it name who acted, how many
 * articles and outlets report it, and whether it is a plan. Weakening factors come first.
 */
export function confidenceFactors(event: TimelineEvent, c: Corroboration): ConfidenceFactor[] {
  const factors = [dateFactor(event.date), actorsFactor(event), sourcesFactor(c)];
  if (event.status === "planned")
    factors.push({
      kind: "status",
      weakens: true,
      text: "A plan: the article says it will happen, not that it did.",
    });
  return factors
    .filter((f): f is ConfidenceFactor => f !== undefined)
    .sort((a, b) => Number(b.weakens) - Number(a.weakens));
}
