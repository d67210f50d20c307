import type { Actor } from "../../dataset/index.ts";
import { ORGS } from "../lexicon/orgs.ts";
import { matchesOf } from "../util/matches.ts";

/** The bodies an article may call by a common noun, each with its full names as a global pattern. */
const CALLED = ORGS.flatMap((o) =>
  o.definite ? [{ definite: o.definite, named: new RegExp(o.re.source, "g"), actor: o.actor }] : [],
);

/**
 * "The committee launched its investigation", "the panel said": the body an article (`text`) named
 * in full before `before` and now calls by a common noun of its kind (orgs.json `definite`) in
 * `clause`. Of several bodies the noun may name, the one named last. The article is read only
 * when the clause holds such a noun, which few do.
 */
export function definiteBody(clause: string, text: string, before: number): Actor | undefined {
  let last: { at: number; actor: Actor } | undefined;
  for (const body of CALLED) {
    if (!body.definite.test(clause)) continue;
    const at = matchesOf(text.slice(0, before), body.named).at(-1)?.index;
    if (at !== undefined && (!last || at > last.at)) last = { at, actor: body.actor };
  }
  return last?.actor;
}
