import type { Group } from "./groups.ts";
import { ACT_RANK } from "./ranks.ts";
import type { Sentence } from "../types.ts";
import { findMechanisms } from "../lexicon/mechanisms.ts";
import { findOccasion } from "./occasion.ts";
import { boundsOf } from "./split.ts";

/**
 * The words that set a standing mechanism's session beside the sentence's act: "alongside the
 * fifth round of the …", "in conjunction with the …". The cut falls before them. ("On the
 * sidelines of" an occasion places a meeting inside it: one happening, or two, as articles tell
 * it, so it cuts nothing.)
 */
const BESIDE = /(?:,\s*|\s)(?:alongside|in conjunction with)\s+(?:[\w&.'’-]+\s+){0,7}$/i;

/**
 * "The cyber working group will hold its first meeting in July, in conjunction with the fifth
 * round of the Strategic and Economic Dialogue": a standing mechanism's session set beside the
 * sentence's act is a happening of its own on that date (ANNOTATION.md: different occasions).
 * The group is cut before the words that set it beside; its people stay with the act.
 */
export function perMechanism(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  for (const m of findMechanisms(s.text.slice(from - s.start, to - s.start))) {
    const beside = BESIDE.exec(s.text.slice(0, from - s.start + m.start));
    if (!beside) continue;
    const cut = s.start + beside.index;
    const own = (lo: number, hi: number) =>
      g.triggers.some((h) => !h.reference && h.rank >= ACT_RANK && h.start >= lo && h.start < hi);
    if (cut <= from || !own(from, cut)) continue;
    const mention = from + m.start;
    const occasion =
      g.triggers
        .filter((h) => h.start >= mention)
        .map((h) => findOccasion(s.text, h.start - s.start, h.text))
        .find(Boolean) ?? m.name;
    return [
      {
        ...g,
        triggers: g.triggers.filter((h) => h.start < cut),
        actors: g.actors.filter((a) => a.start < cut),
        span: { start: from, end: cut },
      },
      {
        ...g,
        occasion,
        triggers: g.triggers.filter((h) => h.start >= cut),
        actors: [],
        span: { start: cut, end: to },
      },
    ];
  }
  return [g];
}
