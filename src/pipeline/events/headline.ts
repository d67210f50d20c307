import type { Sentence } from "../types.ts";

const MAX = 90;

/**
 * A title made from the sentence itself: its main clause (up to ", after …", ", which …",
 * "…, officials said"), without its dates ("on Jan. 30, 2010") and leading adverbs.
 * Used when no template fits the event type or no person is named.
 */
export function headlineOf(s: Sentence, text: string, focus?: number): string {
  // The clause holding the event's trigger: "Gates had planned to visit China in June, but
  // Beijing canceled the trip" is headed by its second clause when the trigger is "canceled".
  let from = s.start;
  let to = s.end;
  if (focus !== undefined) {
    for (const m of text
      .slice(s.start, s.end)
      .matchAll(/,\s+(?:but|and|while|whereas|yet)\s+|;\s+/g)) {
      const cut = s.start + (m.index ?? 0);
      if (cut < focus) from = cut + m[0].length;
      else if (cut < to) to = cut;
    }
  }
  let h = text.slice(from, to);
  for (const t of [...s.times].sort((a, b) => b.start - a.start)) {
    const a = t.start - from;
    const b = t.end - from;
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
    .replace(/\s+(?:after|because|although)\s+the\b.*$/s, "")
    .replace(/,\s*[^,]*\b(said|says|told|noted|added)\b[^,]*$/s, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/[\s,.;:]+$/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  if (h.length > MAX) h = `${h.slice(0, MAX).replace(/\s+\S*$/, "")}…`;
  return h ? `${h[0]?.toUpperCase()}${h.slice(1)}` : h;
}
