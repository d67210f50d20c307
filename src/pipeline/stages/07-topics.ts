import { TOPIC_IDS, type TopicId } from "../../dataset/index.ts";
import type { ArticleWork, PipelineState, Stage } from "../types.ts";
import { DIPLOMATIC_ROLE, FORUM_ONLY, TOPIC_ANAPHORA, TOPIC_LEXICON } from "../lexicon/topics.ts";

/** Topics a text matches directly. */
export function topicsOf(text: string): Set<TopicId> {
  const out = new Set<TopicId>();
  for (const id of TOPIC_IDS) if (TOPIC_LEXICON[id].test(text)) out.add(id);
  return out;
}

/** A topic matched only through the name of a forum, not through what was discussed. */
function isForumOnly(t: TopicId, text: string): boolean {
  const forum = FORUM_ONLY[t];
  if (!forum) return false;
  const stripped = text.replace(new RegExp(forum.source, "gi"), " ");
  return forum.test(text) && !TOPIC_LEXICON[t].test(stripped);
}

function topicsForArticle(work: ArticleWork): ArticleWork {
  // Each sentence's topics, with "the issue" inheriting the topics of the sentence before.
  const bySentence: Set<TopicId>[] = [];
  const subjects: Set<TopicId>[] = [];
  work.sentences.forEach((s, i) => {
    const own = topicsOf(s.text);
    const subject = new Set([...own].filter((t) => !isForumOnly(t, s.text)));
    if (TOPIC_ANAPHORA.test(s.text) && i > 0)
      for (const t of subjects[i - 1] ?? []) {
        own.add(t);
        subject.add(t);
      }
    bySentence.push(own);
    subjects.push(subject);
  });
  const events = work.events.map((e) => {
    const topics = new Set<TopicId>();
    for (const i of e.sentenceIdx) for (const t of bySentence[i] ?? []) topics.add(t);
    for (const q of e.quotes) for (const t of topicsOf(q.text)) topics.add(t);
    // Leaders meeting or visiting is diplomacy even when the words "summit" or "dialogue" are absent.
    const meeting = ["040", "042", "043", "044", "046", "030", "057"].includes(e.type.cameo);
    if (meeting && e.actors.some((a) => DIPLOMATIC_ROLE.test(a.actor.role ?? "")))
      topics.add("diplomacy");
    return { ...e, topics: TOPIC_IDS.filter((t) => topics.has(t)) };
  });
  return { ...work, events };
}

/** Tags each event with the topics its evidence and quotations name (lexicon/topics.ts). */
export const topicsStage: Stage = {
  name: "topics",
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(topicsForArticle) }),
};
