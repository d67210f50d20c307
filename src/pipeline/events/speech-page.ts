import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { TRIGGERS } from "../lexicon/triggers.ts";
import type { Sentence } from "../types.ts";
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
  const isSpeech = (e: (typeof ctx.events)[number]) =>
    e.date.value === day && e.triggers.some((h) => h.noun === SPEECH.noun && !h.reference);
  if (ctx.events.some(isSpeech)) return;
  const opening = openingSentence(ctx, speech.header);
  if (!opening) return;
  // The header's titles ("Secretary of Defense Jane Roe") are no part of the name.
  const named = findActorMentions(speech.speaker, 0, new Registry())[0];
  if (named) pageOccasion(ctx, opening, named, day, SPEECH);
}
