import type { ArticleWork, PipelineState, Sentence, Stage } from "../types.ts";
import { splitSentences } from "../segment/sentences.ts";
import { findQuotes } from "../segment/quotes.ts";
import { speakerLabels } from "../actors/transcript.ts";

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
    if (p === 0 && work.datelineLength > 0) {
      const dl = work.text.slice(para.start, para.start + work.datelineLength);
      push(para.start, para.start + dl.trimEnd().length, p, "dateline");
      from = para.start + work.datelineLength;
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
