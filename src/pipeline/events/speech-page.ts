import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { TRIGGERS } from "../lexicon/triggers.ts";
import type { EventDraft, Sentence } from "../types.ts";
import { GENERIC_CAMEOS } from "./generic-acts.ts";
import { absorb } from "./absorb.ts";
import { bestTrigger } from "./triggers.ts";
import type { Ctx } from "./draft/context.ts";
import { pageOccasion } from "./draft/page-occasion.ts";

const SPEECH = TRIGGERS.find((t) => t.id === "speech");

/**
 * The speech's first sentence that tells no event of its own: the first after its header when the
 * body holds the header. A paragraph in brackets ("[Photo: … Credit: …]") is the page's note, not
 * the speech.
 */
function openingSentence(ctx: Ctx, header: string): Sentence | undefined {
  const { work } = ctx;
  const at = work.text.indexOf(header);
  const after = at < 0 ? 0 : at + header.length;
  const told = new Set(ctx.events.flatMap((e) => e.sentenceIdx));
  return work.sentences.find(
    (s) =>
      s.kind !== "dateline" &&
      s.start >= after &&
      !told.has(s.index) &&
      !/^\s*\[/.test(work.paragraphs[s.paragraph]?.text ?? ""),
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
  const isSpeech = (e: EventDraft) =>
    e.date.value === day && e.triggers.some((h) => h.noun === SPEECH.noun && !h.reference);
  const told = ctx.events.find(isSpeech);
  if (told) return foldSpeakersWords(ctx, told, day);
  const opening = openingSentence(ctx, speech.header);
  if (!opening) return;
  // The header's titles ("Secretary of Defense Jane Roe") are no part of the name.
  const named = findActorMentions(speech.speaker, 0, new Registry())[0];
  if (named) foldSpeakersWords(ctx, pageOccasion(ctx, opening, named, day, SPEECH), day);
}

/**
 * "I am glad to talk today about …", "Let me say a word today about …": what the speaker alone
 * says or talks about on the speech's day, in the speech, is the speech, not an occasion of its
 * own. Such drafts (a statement or talks by the speaker alone, with no one and no body beside
 * them) give their sentences to the speech. A meeting with someone named that day, or what the
 * speaker did at an occasion or a place named ("raised the issue at the forum today"), is still
 * a happening of its own.
 */
function foldSpeakersWords(ctx: Ctx, speech: EventDraft, day: string): void {
  const speaker = speech.actors[0]?.key;
  if (!speaker) return;
  const words = ctx.events.filter(
    (e) =>
      e !== speech &&
      e.status === "occurred" &&
      e.date.precision === "day" &&
      e.date.value === day &&
      GENERIC_CAMEOS.includes(bestTrigger(e.triggers.filter((h) => !h.reference))?.cameo ?? "") &&
      e.actors.length === 1 &&
      e.actors[0]?.key === speaker &&
      !e.bodies?.length &&
      !e.counterpart &&
      !e.occasion &&
      !e.location,
  );
  for (const e of words) {
    absorb(speech, e);
    ctx.events.splice(ctx.events.indexOf(e), 1);
  }
}
