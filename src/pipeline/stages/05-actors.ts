import type { ArticleWork, PipelineState, QuoteSpan, Sentence, Stage } from "../types.ts";
import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { pronounSubject, resolvePronounSpeaker } from "../actors/speakers.ts";
import { subjectPronoun } from "../actors/subject-pronoun.ts";
import { firstPersonSubject, speakerLabels } from "../actors/transcript.ts";

/**
 * The article's people for resolving one attribution, each as salient as in the whole article:
 * the words' own mentions must not touch the article's registry.
 */
function copyForQuote(reg: Registry): Registry {
  const local = new Registry();
  local.people.push(...reg.people);
  local.recent = [...reg.people].reverse();
  for (const [p, n] of reg.counts) local.counts.set(p, n);
  return local;
}

function actorsOne(work: ArticleWork): ArticleWork {
  const reg = new Registry();
  const sentences: Sentence[] = work.sentences.map((s) =>
    s.kind === "dateline" ? s : { ...s, actors: findActorMentions(s.text, s.start, reg) },
  );
  // A sentence whose subject is "He"/"She" (first word, or after an opening phrase such as
  // "On Wednesday afternoon, he …") is about the previous sentence's subject.
  sentences.forEach((s, i) => {
    const pronoun = subjectPronoun(s.text);
    if (!pronoun || s.kind === "dateline") return;
    const subject = pronounSubject(sentences, i, work.quotes);
    if (!subject || s.actors.some((m) => m.key === subject.key)) return;
    const at = s.start + pronoun.at;
    const mention = { ...subject, start: at, end: at + pronoun.word.length };
    sentences[i] = { ...s, actors: [mention, ...s.actors] };
  });
  // A transcript's "I" and "we" are its labelled speaker ("SEC. HAGEL: We agreed today …"), a
  // speech's are the speaker its header names.
  const labels = speakerLabels(work.paragraphs.map((p) => work.text.slice(p.start, p.end)));
  const own = work.speech && { name: work.speech.speaker, length: 0 };
  sentences.forEach((s, i) => {
    const label = labels[s.paragraph] ?? own;
    if (!label || s.kind === "dateline") return;
    // The label is no part of the sentence (stages/03-segment.ts): the words start the turn.
    const pronoun = firstPersonSubject(s.text);
    const speaker = pronoun && findActorMentions(label.name, 0, reg)[0];
    if (!pronoun || !speaker || s.actors.some((m) => m.key === speaker.key)) return;
    const at = s.start + pronoun.at;
    const mention = { ...speaker, start: at, end: at + pronoun.word.length };
    sentences[i] = { ...s, actors: [mention, ...s.actors] };
  });
  const quotes: QuoteSpan[] = work.quotes.map((q) => ({ ...q }));
  // Speakers are resolved in text order so a pronoun can lean on the quotation before it.
  quotes.forEach((q) => {
    const at = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const words = q.speakerText;
    if (!words || at < 0) return;
    const sentence = sentences[at] as Sentence;
    if (/^(he|she)$/i.test(words)) {
      const actor = resolvePronounSpeaker(sentences, at, q, quotes);
      if (actor) q.speaker = actor.name;
      return;
    }
    // The attribution's own words ("Obama", "the Chinese president") resolved like any mention.
    const outside = sentence.actors.filter(
      (m) => !quotes.some((x) => x.start <= m.start && m.end <= x.end),
    );
    const named = outside.find(
      (m) =>
        work.text.slice(m.start, m.end) === words ||
        words.endsWith(work.text.slice(m.start, m.end)),
    );
    const actor = named?.actor ?? findActorMentions(words, 0, copyForQuote(reg))[0]?.actor;
    if (actor) q.speaker = actor.name;
  });
  // Pieces of one multi-paragraph quotation share the speaker found on any of them.
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i] as QuoteSpan;
    const prev = quotes[i - 1] as QuoteSpan;
    if (!q.speaker && prev.speaker && prev.speakerText === q.speakerText && q.speakerText)
      q.speaker = prev.speaker;
  }
  return { ...work, sentences, quotes };
}

/** Finds the people each sentence names and who speaks each quotation. */
export const actorsStage: Stage = {
  name: "actors",
  perArticle: true,
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(actorsOne) }),
};
