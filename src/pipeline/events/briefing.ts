import { Registry } from "../actors/registry.ts";
import { ANSWER_LABEL, BRIEFING_TITLE } from "../lexicon/speech.ts";
import { TRIGGERS } from "../lexicon/triggers.ts";
import { attachSentence, narrationOf } from "./attach.ts";
import type { Ctx } from "./draft/context.ts";
import { pageOccasion } from "./draft/page-occasion.ts";

const NEWS_CONFERENCE = TRIGGERS.find((t) => t.id === "news-conference");

/**
 * "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 12, 2013": a
 * page that is the transcript of one person's briefing, dated to a day. Its first answer ("A: …")
 * is what that person said there, on that day, though no sentence of it names the day: the
 * briefing is one event, told by those of the answer's sentences that tell no other event.
 */
export function briefingEvent(ctx: Ctx): void {
  const { work } = ctx;
  const speaker = BRIEFING_TITLE.exec(work.title)?.[1];
  const day = work.published;
  if (!speaker || !NEWS_CONFERENCE || !day || day.estimated || day.precision !== "day") return;
  const first = work.sentences.find((s) => ANSWER_LABEL.test(s.text));
  if (!first) return;
  // The answer's sentences that tell no event of their own (a date named in passing is its own).
  // An answer most of whose sentences tell events gives a schedule, which is not itself an event
  // (ANNOTATION.md: routine briefings that only announce a schedule).
  const told = new Set(ctx.events.flatMap((e) => e.sentenceIdx));
  const paragraph = work.sentences.filter((s) => s.paragraph === first.paragraph);
  const answer = paragraph.filter((s) => !told.has(s.index));
  const [opening] = answer;
  if (!opening || answer.length * 2 < paragraph.length) return;
  const person = new Registry().introduce(speaker, "");
  const e = pageOccasion(ctx, opening, person, day.value, NEWS_CONFERENCE);
  for (const s of answer.slice(1)) attachSentence(e, s, [], [], narrationOf(s, work.quotes));
}
