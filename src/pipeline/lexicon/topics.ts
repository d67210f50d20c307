import { z } from "zod";
import { TOPIC_IDS, type TopicId } from "../../dataset/index.ts";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import { patternProblem, termPattern } from "./compile/patterns.ts";
import raw from "./data/topics.json" with { type: "json" };

/**
 * The topic lexicon (`data/topics.json`): an event gets a topic when its evidence or quotations
 * match one of the topic's terms. Transparent on purpose: a researcher can read why an event is
 * tagged. Each topic lists its `terms` (whole words; regex syntax for variants; `*` for a word
 * start), which of them only name a forum (`forumOnly`), and words that contain a term without
 * being about the topic (`notTopic`).
 */
export const topicsFileSchema = z.strictObject({
  /** Nouns after "the/this/that (same)" that carry the previous sentence's topics. */
  anaphora: z.array(z.string().min(1)).min(1),
  /** Words that make an exercise or drill the two sides' own ("joint", "the two navies"). */
  jointForces: z.array(z.string().min(1)).min(1),
  topics: z.array(
    z.strictObject({
      id: z.enum(TOPIC_IDS),
      terms: z.array(z.string().min(1)).min(1),
      forumOnly: z.array(z.string().min(1)).optional(),
      notTopic: z.array(z.string().min(1)).optional(),
    }),
  ),
});
export type TopicsFile = z.output<typeof topicsFileSchema>;

export interface CompiledTopics {
  lexicon: Record<TopicId, RegExp>;
  forumOnly: Partial<Record<TopicId, RegExp>>;
  notTopic: Partial<Record<TopicId, RegExp>>;
  anaphora: RegExp;
  jointForces: RegExp;
}

const FILE = "topics.json";

/** One regex of a topic's terms, in their order (the order decides what a match consumes). */
function termsRe(terms: readonly string[], path: (string | number)[], data: unknown): RegExp {
  terms.forEach((t, i) => {
    const problem = patternProblem(termPattern(t), "i");
    if (problem) throw new LexiconError(FILE, [...path, i], problem, data);
  });
  return new RegExp(terms.map(termPattern).join("|"), "i");
}

/** Turns validated topics data into the patterns the topics stage reads. */
export function compileTopics(data: TopicsFile): CompiledTopics {
  const lexicon: Partial<Record<TopicId, RegExp>> = {};
  const forumOnly: Partial<Record<TopicId, RegExp>> = {};
  const notTopic: Partial<Record<TopicId, RegExp>> = {};
  data.topics.forEach((t, i) => {
    if (lexicon[t.id]) throw new LexiconError(FILE, ["topics", i, "id"], "listed twice", data);
    lexicon[t.id] = termsRe(t.terms, ["topics", i, "terms"], data);
    if (t.forumOnly) {
      const stray = t.forumOnly.find((f) => !t.terms.includes(f));
      // A forum's name tags the topic only as one of its terms: it must be listed there too.
      if (stray !== undefined)
        throw new LexiconError(FILE, ["topics", i, "forumOnly"], `"${stray}" is not a term`, data);
      forumOnly[t.id] = termsRe(t.forumOnly, ["topics", i, "forumOnly"], data);
    }
    if (t.notTopic) notTopic[t.id] = termsRe(t.notTopic, ["topics", i, "notTopic"], data);
  });
  const missing = TOPIC_IDS.filter((id) => !lexicon[id]);
  if (missing.length)
    throw new LexiconError(FILE, ["topics"], `no terms for ${missing.join(", ")}`);
  const nouns = data.anaphora.join("|");
  return {
    lexicon: lexicon as Record<TopicId, RegExp>,
    forumOnly,
    notTopic,
    anaphora: new RegExp(String.raw`\b(the|this|that) (same )?(${nouns})\b`, "i"),
    jointForces: termsRe(data.jointForces, ["jointForces"], data),
  };
}

const TOPICS = compileTopics(parseLexicon(topicsFileSchema, raw, FILE));

/** Each topic's terms, as one pattern. */
export const TOPIC_LEXICON: Record<TopicId, RegExp> = TOPICS.lexicon;

/**
 * Terms that tag a topic by the forum where something was said (Shangri-La Dialogue, ASEAN), not
 * by its subject: "the same question" later refers to the subject, so these do not carry over.
 */
export const FORUM_ONLY: Partial<Record<TopicId, RegExp>> = TOPICS.forumOnly;

/**
 * Words that name a topic's term without being about it: "the Strategic and Economic Dialogue"
 * is a diplomatic forum (it covers cyber too), not a sign that the economy was discussed.
 */
export const NOT_TOPIC: Partial<Record<TopicId, RegExp>> = TOPICS.notTopic;

/**
 * Anaphora that carries the previous sentence's subject into this one ("the same question",
 * "supports the program" after a sentence naming the surveillance program, "the report" after the
 * sentence that introduced it).
 */
export const TOPIC_ANAPHORA: RegExp = TOPICS.anaphora;

/** "joint", "the two navies", "with the US Navy": an exercise held by both sides' forces. */
export const JOINT_FORCES: RegExp = TOPICS.jointForces;
