import type { Sentence } from "../types.ts";

const MAX = 90;

/**
 * A title made from the sentence itself: its main clause (up to ", after …", ", which …",
 * "…, officials said"), without its dates ("on Jan. 30, 2010") and leading adverbs.
 * Used when no template fits the event type or no person is named.
 */
export function headlineOf(s: Sentence, text: string): string {
  let h = text.slice(s.start, s.end);
  for (const t of [...s.times].sort((a, b) => b.start - a.start)) {
    const a = t.start - s.start;
    const b = t.end - s.start;
    if (a < 0 || b > h.length) continue;
    h = `${h.slice(0, a).replace(/\b(on|in|during|since|at|by|early|late|of|from)\s+$/i, "")}${h.slice(b)}`;
  }
  h = h
    .replace(/^(\(\w+\)\s*[-–—]+\s*)/, "")
    .replace(/^[\s,;:]+/, "")
    .replace(/^(also|meanwhile|separately|however|earlier|later|in addition|on \w+),?\s+/i, "")
    .replace(
      /,\s*(?:after|before|as|which|who|while|when|because|although|according|but)\b.*$/s,
      "",
    )
    .replace(/,\s*[^,]*\b(said|says|told|noted|added)\b[^,]*$/s, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/[\s,.;:]+$/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  if (h.length > MAX) h = `${h.slice(0, MAX).replace(/\s+\S*$/, "")}…`;
  return h ? `${h[0]?.toUpperCase()}${h.slice(1)}` : h;
}
