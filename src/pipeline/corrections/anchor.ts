import type { Article, CorrectionAnchor, TimelineEvent } from "../../dataset/index.ts";
import { normaliseSentence } from "./normalise.ts";

export type AnchorResult = { ok: true; event: TimelineEvent } | { ok: false; problem: string };

/** Finds articles by file name or id, as anchors and evidence name them. */
export function articleFinder(articles: readonly Article[]): (name: string) => Article | undefined {
  const byName = new Map<string, Article>();
  for (const a of articles) {
    byName.set(a.file, a);
    byName.set(a.id, a);
  }
  return (name) => byName.get(name.trim());
}

/** Events by article and normalised evidence sentence, built once for all of a run's anchors. */
export type SentenceIndex = ReadonlyMap<string, readonly TimelineEvent[]>;

const sentenceKey = (articleId: string, sentence: string) =>
  `${articleId}\u0000${normaliseSentence(sentence)}`;

export function sentenceIndex(events: readonly TimelineEvent[]): SentenceIndex {
  const index = new Map<string, TimelineEvent[]>();
  for (const event of events)
    for (const source of event.sources)
      for (const span of source.evidence) {
        const key = sentenceKey(source.articleId, span.text);
        const list = index.get(key) ?? [];
        if (!list.includes(event)) list.push(event);
        index.set(key, list);
      }
  return index;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * The one extracted event an anchor names: an event citing the anchor's article with the
 * anchor's sentence among its evidence. When several events rest on that sentence, the id picks
 * one; without an id that matches, the anchor is ambiguous and names nothing (a correction is
 * never applied to a guess). An id alone never finds an event, since ids change with extraction.
 */
export function resolveAnchor(
  anchor: CorrectionAnchor,
  index: SentenceIndex,
  findArticle: (name: string) => Article | undefined,
): AnchorResult {
  const article = findArticle(anchor.article);
  if (!article) return { ok: false, problem: `article ${anchor.article} is not in the corpus` };
  const candidates = index.get(sentenceKey(article.id, anchor.sentence)) ?? [];
  if (candidates.length === 1) return { ok: true, event: candidates[0] as TimelineEvent };
  if (!candidates.length)
    return {
      ok: false,
      problem: `event not found: no event of ${article.file} rests on the sentence "${short(anchor.sentence)}"`,
    };
  const byId = candidates.find((e) => e.id === anchor.id);
  if (byId) return { ok: true, event: byId };
  return {
    ok: false,
    problem: `ambiguous: ${candidates.length} events of ${article.file} rest on the sentence "${short(anchor.sentence)}" (${candidates.map((e) => e.id).join(", ")}); give the id of one`,
  };
}
