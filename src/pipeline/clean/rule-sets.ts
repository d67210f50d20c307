/**
 * A list of line rules asked whether any matches, as one pattern per kind of rule instead of one
 * call per rule: the lexicon's lists run to dozens of patterns, most anchored at the line's
 * start and failing at once, so the calls cost more than the matching.
 *
 * Rules with the same flags are joined as `(?:a)|(?:b)|…`, which matches a line exactly when one
 * of them does: each rule keeps its own alternation inside its group, and a lookaround sees the
 * same text. Left as they are: a rule whose `test` keeps state (flags g or y), and one with a
 * backreference or a named group, whose numbering or name the joining could change. Rules
 * anchored at the start ("^…") are joined apart from the others, so the pattern of the anchored
 * ones is tried at the start alone.
 */

/** A backreference (`\1`, `\k<name>`) or a named group: such a rule is not joined. */
const NUMBERED = /\\[1-9]|\\k<|\(\?<(?![=!])/;

function joinable(rule: RegExp): boolean {
  return !rule.global && !rule.sticky && !NUMBERED.test(rule.source);
}

/** The rules joined into as few patterns as test the same lines. */
export function joinRules(rules: readonly RegExp[]): RegExp[] {
  const kinds = new Map<string, RegExp[]>();
  const apart: RegExp[] = [];
  for (const rule of rules) {
    if (!joinable(rule)) {
      apart.push(rule);
      continue;
    }
    const kind = `${rule.flags}${rule.source.startsWith("^") ? "^" : ""}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), rule]);
  }
  const joined = [...kinds.values()].map((same) =>
    same.length === 1 && same[0]
      ? same[0]
      : new RegExp(same.map((r) => `(?:${r.source})`).join("|"), same[0]?.flags),
  );
  return [...joined, ...apart];
}

const JOINED = new WeakMap<readonly RegExp[], RegExp[]>();

/** Whether any of the rules matches the line (each list joined once, on first use). */
export function matchesAny(rules: readonly RegExp[], line: string): boolean {
  let joined = JOINED.get(rules);
  if (!joined) {
    joined = joinRules(rules);
    JOINED.set(rules, joined);
  }
  return joined.some((r) => r.test(line));
}
