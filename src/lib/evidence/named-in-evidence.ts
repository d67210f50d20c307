import type { Actor, TimelineEvent } from "../../dataset/index.ts";

/**
 * The words by which a sentence names a government acting as a whole: "the U.S." or "Washington"
 * name the United States as surely as its full name does.
 */
const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  USA: ["United States", "U.S.", "US", "America", "American", "Americans", "Washington"],
  CHN: ["China", "Chinese", "Beijing", "PRC"],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mentions = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${escape(word)}(?![\\p{L}])`, "u").test(text);

/** Words of a name that name nobody in particular: "the minister" is not Liang Guanglie. */
const GENERIC = new Set([
  "President",
  "Minister",
  "Ministry",
  "Secretary",
  "General",
  "Department",
  "National",
  "Foreign",
  "Affairs",
  "Defense",
  "Defence",
]);

/**
 * The words that name an actor in a sentence: the name itself, and each of its capitalised words
 * that is not a title, since either order of a name may be used ("Panetta" for "Leon E. Panetta",
 * "Liang" for "Liang Guanglie", "Congress" for "U.S. Congress"); for a country's name, also the
 * country's other usual names.
 */
export function namingWords(actor: Actor): string[] {
  const words = new Set([actor.name]);
  for (const word of actor.name.split(/\s+/)) {
    const bare = word.replace(/[^\p{L}.]+$/u, "");
    if (/^\p{Lu}\p{L}/u.test(bare) && !GENERIC.has(bare) && bare !== actor.name) words.add(bare);
  }
  const country = actor.country ? COUNTRY_WORDS[actor.country] : undefined;
  if (country?.includes(actor.name)) for (const w of country) words.add(w);
  return [...words];
}

/**
 * The actors that no sentence reporting the event names ("the general said", "he told
 * reporters"): who they are was worked out from the rest of the article, which is an inference a
 * reader should know about.
 */
export function actorsNotNamedInEvidence(
  event: Pick<TimelineEvent, "actors" | "sources">,
): Actor[] {
  const text = event.sources.flatMap((s) => s.evidence.map((e) => e.text)).join("\n");
  return event.actors.filter((actor) => !namingWords(actor).some((w) => mentions(text, w)));
}
