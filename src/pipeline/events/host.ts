import type { ActorMention, Sentence } from "../types.ts";

/** The guest after the host's name: "Panetta's guest", "Obama's special guests" (a source). */
export const GUEST = String.raw`\s+(?:(?:special|official|honou?red)\s+)?guests?\b`;

/** Words before a name that make that person the host: "welcomed at the Pentagon by", "guest of". */
const HOST_BEFORE =
  /\b(?:(?:hosted|given|welcomed|received|invited)\b[^.;,]{0,40}?\bby|guests? of|at the invitation of)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/**
 * Words after a name that make that person the host: "Panetta hosted" (not "Xi was welcomed"),
 * "Panetta's guest".
 */
const HOST_AFTER = new RegExp(
  String.raw`^\s+(?!(?:was|were|is|are|been|being|has been)\b)(?:\w+\s+)?(?:hosted|hosts|welcomed|welcomes|received|receives)\b|^(?:['’]s)?${GUEST}`,
);

/**
 * Who hosted the occasion a sentence tells of, by its words rather than by the place: "a banquet
 * hosted by Biden", "a visit as a guest of Biden", "Panetta hosted a ceremony". Undefined when
 * the sentence does not say.
 */
export function hostOf(s: Sentence, actors: ActorMention[]): ActorMention | undefined {
  return actors.find((a) => {
    const before = s.text.slice(0, a.start - s.start);
    const after = s.text.slice(a.end - s.start);
    return HOST_BEFORE.test(before) || HOST_AFTER.test(after);
  });
}
