import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { TRIGGERS } from "../lexicon/triggers.ts";
import type { ActorMention, Sentence, TimeMention, TriggerHit } from "../types.ts";
import type { Ctx } from "./draft/context.ts";
import { newEvent } from "./draft/new-event.ts";

const SPEECH = TRIGGERS.find((t) => t.id === "speech");

/**
 * The speech's first sentence that tells no event of its own: the first after its header when the
 * body holds the header.
 */
function openingSentence(ctx: Ctx, header: string): Sentence | undefined {
  const { work } = ctx;
  const at = work.text.indexOf(header);
  const after = at < 0 ? 0 : at + header.length;
  const told = new Set(ctx.events.flatMap((e) => e.sentenceIdx));
  return work.sentences.find(
    (s) => s.kind !== "dateline" && s.start >= after && !told.has(s.index),
  );
}

/**
 * "As Prepared for Delivery by Secretary of Defense Jane Roe, Qingdao, China, June 3, 2013": a
 * page that gives one person's speech is that speech, an event of its day (the header's, else the
 * page's), though no sentence of it says so, unless an event of that day already is a speech.
 */
export function speechPageEvent(ctx: Ctx): void {
  const { work } = ctx;
  const speech = work.speech;
  const published = work.published;
  const day =
    speech?.day ??
    (published && !published.estimated && published.precision === "day"
      ? published.value
      : undefined);
  if (!speech || !SPEECH || !day) return;
  // A sentence of the speech may itself say it is given ("I am honored to speak here today").
  const isSpeech = (e: (typeof ctx.events)[number]) =>
    e.date.value === day && e.triggers.some((h) => h.noun === SPEECH.noun && !h.reference);
  if (ctx.events.some(isSpeech)) return;
  const opening = openingSentence(ctx, speech.header);
  if (!opening) return;
  // The header's titles ("Secretary of Defense Jane Roe") are no part of the name.
  const named = findActorMentions(speech.speaker, 0, new Registry())[0];
  if (!named) return;
  const actor: ActorMention = { ...named, start: opening.start, end: opening.start };
  const t: TimeMention = {
    start: opening.start,
    end: opening.start,
    text: "",
    value: day,
    precision: "day",
    basis: "explicit",
    inQuote: false,
    future: false,
  };
  const hit: TriggerHit = {
    cameo: SPEECH.cameo,
    label: SPEECH.label,
    rank: SPEECH.rank,
    noun: SPEECH.noun,
    text: "",
    start: opening.start,
    reference: false,
    inQuote: false,
  };
  newEvent(ctx, opening, t, [actor], [hit], undefined);
}
