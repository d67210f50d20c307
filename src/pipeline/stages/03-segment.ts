import type { ArticleWork, PipelineState, Sentence, Stage } from "../types.ts";
import { splitSentences } from "../segment/sentences.ts";
import { findQuotes } from "../segment/quotes.ts";
import { speakerLabels } from "../actors/transcript.ts";
import { readDateline } from "../clean/dateline.ts";
import { readUpdateEntry } from "../clean/update-entry.ts";

/**
 * "SEOUL, March 4 (Reuters) - …" opening a later paragraph: a wire story quoted further down
 * the page (a digest's second item) has a dateline of its own, which dates the story, not an act
 * of its first sentence. Only a dated one: a place and a credit alone dates nothing, and its
 * words may be a sentence's.
 */
function datedDatelineLength(work: ArticleWork, para: { start: number; end: number }): number {
  const text = work.text.slice(para.start, para.end);
  const dateline = readDateline(text);
  if (dateline?.date || dateline?.monthDay) return dateline.length;
  // "UPDATE, Friday 9:10 a.m.: …": an update's label is no part of its first sentence either.
  return readUpdateEntry(text)?.length ?? 0;
}

function segmentOne(work: ArticleWork): ArticleWork {
  const sentences: Sentence[] = [];
  const quotes = findQuotes(work.text, work.paragraphs);
  const push = (start: number, end: number, paragraph: number, kind: Sentence["kind"]) => {
    const quoteIds: number[] = [];
    quotes.forEach((q, i) => {
      if (q.start < end && q.end > start) quoteIds.push(i);
    });
    sentences.push({
      index: sentences.length,
      paragraph,
      kind,
      text: work.text.slice(start, end),
      start,
      end,
      times: [],
      actors: [],
      quoteIds,
    });
  };
  // A transcript's speaker label ("Geng Yansheng: ", "SEC. HAGEL: ") says who speaks the turn; it
  // is no part of the turn's first sentence, whose act and evidence are what was said.
  const labels = speakerLabels(work.paragraphs.map((p) => work.text.slice(p.start, p.end)));
  work.paragraphs.forEach((para, p) => {
    let from = para.start;
    // The first paragraph's dateline is the page's own (02-clean), if any; else an update's label
    // may open it, as any other paragraph.
    const length =
      p === 0 && work.datelineLength > 0 ? work.datelineLength : datedDatelineLength(work, para);
    if (length > 0) {
      const dl = work.text.slice(para.start, para.start + length);
      push(para.start, para.start + dl.trimEnd().length, p, "dateline");
      from = para.start + length;
    } else from += labels[p]?.length ?? 0;
    for (const [s, e] of splitSentences(work.text.slice(from, para.end)))
      push(from + s, from + e, p, "body");
  });
  return { ...work, sentences, quotes };
}

/** Splits each cleaned text into sentences (dateline kept apart) and finds its quotations. */
export const segmentStage: Stage = {
  name: "segment",
  perArticle: true,
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(segmentOne) }),
};
