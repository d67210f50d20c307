/**
 * What a researcher should never see in an event title: a fragment that starts with punctuation,
 * a possessive or a lower-case word, that ends on an article, a preposition, a conjunction or a
 * possessive, or a name said twice ("Obama hosts Xi and Obama").
 */

/** Words a title may not end on: the sentence was cut in the middle of a phrase. */
const DANGLING = new Set(
  "a an the of in on at to for from by with about into over after before during between and or but nor that which who whose as than".split(
    " ",
  ),
);

/** Words that open an office's name ("Chinese Minister of …"), not a person's. */
const NATIONALITIES = new Set(["Chinese", "American", "United"]);

/**
 * The problems of one title, as short reasons (empty when it reads well). `names` are the event's
 * actors: a surname of theirs said twice is a repeated name.
 */
export function titleProblems(title: string, names: readonly string[] = []): string[] {
  const problems: string[] = [];
  const body = title.replace(/^Planned:\s*/, "").replace(/…$/, "");
  if (!body.trim()) return ["empty"];
  if (/^[^\p{L}\p{N}]/u.test(body)) problems.push("starts with punctuation");
  else if (/^\p{Ll}/u.test(body)) problems.push("starts with a lower-case word");
  const last = body.trim().split(/\s+/).at(-1) ?? "";
  if (/['’]s?$/.test(last)) problems.push("ends on a possessive");
  else if (DANGLING.has(last.toLowerCase().replace(/[.,;:]+$/, "")))
    problems.push(`ends on "${last}"`);
  // Both ends of a name: "Obama" of Barack Obama, "Xi" of Xi Jinping (surname first).
  const surnames = new Set(
    names.flatMap((n) => {
      const tokens = n.split(/\s+/);
      return [tokens[0] ?? n, tokens.at(-1) ?? n].filter(
        (t) => /^\p{Lu}\p{Ll}/u.test(t) && !NATIONALITIES.has(t),
      );
    }),
  );
  for (const surname of surnames) {
    const count =
      body.split(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`)).length - 1;
    if (count > 1) problems.push(`repeats "${surname}"`);
  }
  return problems;
}
