import type { Article, CorrectionEntry, Source, TimelineEvent } from "../../dataset/index.ts";
import { shortHash } from "../util/hash.ts";
import { canonical } from "./expect.ts";
import { findSentence } from "./normalise.ts";
import type { Note } from "./operations.ts";

type AddEntry = Extract<CorrectionEntry, { action: "add" }>;

/**
 * The event an `add` entry describes, with its evidence located in the articles' text (so its
 * offsets are the article's own, like every extracted event's), or the problem that stops it.
 * Its id is derived from the entry's content, like extracted ids, so re-runs agree.
 */
export function addedEvent(
  entry: AddEntry,
  note: Note,
  findArticle: (name: string) => Article | undefined,
): { ok: true; event: TimelineEvent } | { ok: false; problem: string } {
  const { add } = entry;
  const sources: Source[] = [];
  for (const evidence of add.evidence) {
    const article = findArticle(evidence.article);
    if (!article) return { ok: false, problem: `article ${evidence.article} is not in the corpus` };
    const at = findSentence(article.text, evidence.sentence);
    if (!at)
      return {
        ok: false,
        problem: `sentence not found in ${article.file}: "${evidence.sentence.slice(0, 80)}"`,
      };
    const span = { text: article.text.slice(at.start, at.end), ...at };
    const source = sources.find((s) => s.articleId === article.id);
    if (source) source.evidence.push(span);
    else sources.push({ articleId: article.id, evidence: [span] });
  }
  for (const s of sources) s.evidence.sort((a, b) => a.start - b.start);
  const { value, precision, end } = add.date;
  return {
    ok: true,
    event: {
      id: `evt-${value}-${shortHash(canonical(add), 8)}`,
      title: add.title,
      summary: add.summary ?? "",
      date: { value, precision, ...(end ? { end } : {}), text: "", basis: "corrected" },
      status: add.status,
      type: add.type,
      actors: add.actors,
      ...(add.location ? { location: add.location } : {}),
      topics: add.topics,
      quotes: [],
      sources,
      confidence: 1,
      corrections: [{ field: "added", ...note }],
    },
  };
}
