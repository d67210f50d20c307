import type { ArticleWork, EventDraft } from "../types.ts";
import { interval } from "../util/dates.ts";

/** Quotations shorter than this are scare quotes ("pragmatic way"), not statements. */
const MIN_QUOTE_WORDS = 5;

/**
 * Attaches each attributed quotation to the event where it was spoken: the event its sentence
 * is evidence for, else the event of the day it was spoken whose people include the speaker.
 */
export function attachQuotes(work: ArticleWork, events: EventDraft[]): void {
  for (const q of work.quotes) {
    if (!q.speaker || q.text.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const s = work.sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!s) continue;
    let target = events.find((e) => e.sentenceIdx.includes(s.index));
    if (!target && s.scene) {
      const day = s.scene;
      const spokenThere = events.filter((e) => {
        const [lo, hi] = interval(e.date.value, e.date.precision, e.date.end);
        return (
          e.date.precision === "day" &&
          lo <= day &&
          day <= hi &&
          e.actors.some((a) => a.actor.name === q.speaker)
        );
      });
      target = spokenThere.at(-1);
    }
    if (!target) continue;
    const quote = {
      speaker: q.speaker,
      text: q.text,
      start: q.start,
      end: q.end,
      articleId: work.id,
    };
    if (!target.quotes.some((x) => x.start === q.start)) target.quotes.push(quote);
  }
}
