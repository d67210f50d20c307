import { Registry } from "../actors/registry.ts";
import { ANSWER_LABEL, BRIEFING_TITLE } from "../lexicon/speech.ts";
import { TRIGGERS } from "../lexicon/triggers.ts";
import { attachSentence, narrationOf } from "./attach.ts";
import type { Ctx } from "./draft/context.ts";
import { pageOccasion } from "./draft/page-occasion.ts";

const NEWS_CONFERENCE = TRIGGERS.find((t) => t.id === "news-conference");

/**
 * "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 12, 2013": a
 * page that is the transcript of one person's briefing, dated to a day. Its answers ("A: …") are
 * what that person said there, on that day, though no sentence of them names the day: the
 * briefing is one event, told by those of an answer's sentences that tell no other event.
 */
export function briefingEvent(ctx: Ctx): void {
  const { work } = ctx;
  const speaker = BRIEFING_TITLE.exec(work.title)?.[1];
  const day = work.published;
  if (!speaker || !NEWS_CONFERENCE || !day || day.estimated || day.precision !== "day") return;
  // Each answer's sentences that tell no event of their own (a date named in passing is its own).
  // An answer most of whose sentences tell events gives a schedule, which is not itself an event
  // (ANNOTATION.md: routine briefings that only announce a schedule); the briefing is told by the
  // first answer that says more than a schedule, and is no event when none does.
  const told = new Set(ctx.events.flatMap((e) => e.sentenceIdx));
  const answers = work.sentences.filter((s) => ANSWER_LABEL.test(s.text));
  const untold = answers.map((first) => {
    const paragraph = work.sentences.filter((s) => s.paragraph === first.paragraph);
    const own = paragraph.filter((s) => !told.has(s.index));
    return own.length * 2 < paragraph.length ? [] : own;
  });
  const answer = untold.find((a) => a.length) ?? [];
  const [opening] = answer;
  if (!opening) return;
  const person = new Registry().introduce(speaker, "");
  // Posted the morning after, the page is dated a day late: the session's own day, where the
  // lines above the turns state it (time stage), is the briefing's.
  const e = pageOccasion(ctx, opening, person, work.transcriptDay ?? day.value, NEWS_CONFERENCE);
  for (const s of answer.slice(1)) attachSentence(e, s, [], [], narrationOf(s, work.quotes));
}
