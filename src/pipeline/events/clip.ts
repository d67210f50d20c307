import { wordsOf } from "../util/words.ts";
/**
 * Words that open a new phrase: cutting just before one leaves whole phrases behind. "of" is
 * missing on purpose ("the Gulf of Aden", "Minister of Defense" are one noun phrase).
 */
const OPENER =
  /^(?:in|on|at|for|with|to|by|as|during|after|before|and|or|but|which|that|while|including|from|over|under|between|against|amid|ahead|near|since|until|through|into|so)$/i;

/** Words a clipped phrase must not end on: they promise more words (a possessive its noun). */
const DANGLING =
  /\s+(?:the|a|an|of|and|or|but|to|in|on|at|for|with|by|as|from|between|before|after|over|under|into|about|against|during|until|since|among|its|their|his|her|our|this|that|these|those|both|two|new|more|\S+['’]s)$/i;

/**
 * `text` cut to at most `max` characters at a phrase boundary: after a comma, else before a word
 * that opens a phrase ("… on counterpiracy | in the Gulf of Aden"), never inside a word or a
 * capitalised name. Falls back to the last whole word, without a dangling article or preposition.
 * Returns the text unchanged when it fits.
 */
export function clipPhrase(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const tokens = wordsOf(t);
  let comma = -1;
  let opener = -1;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const tok = tokens[i];
    if (!prev || !tok) continue;
    const end = prev.at + prev.text.length;
    if (end > max) break;
    // A third of the room at least, so the phrase still says something.
    if (end < max / 3) continue;
    if (/,$/.test(prev.text)) comma = end;
    else if (OPENER.test(tok.text)) opener = end;
  }
  // A comma closes a clause or an aside: the stronger boundary wins over a mere preposition.
  let cut = comma >= 0 ? comma : opener;
  if (cut < 0) {
    const head = t.slice(0, max + 1);
    cut = /\s/.test(head) ? head.replace(/\s+\S*$/, "").length : 0;
  }
  return withoutDangling(t.slice(0, cut).replace(/[\s,;:–—-]+$/, ""));
}

/** `text` without the articles, prepositions and conjunctions left dangling at its end. */
export function withoutDangling(text: string): string {
  let out = text;
  while (DANGLING.test(out)) out = out.replace(DANGLING, "");
  return out;
}
