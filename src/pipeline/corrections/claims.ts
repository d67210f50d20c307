import type { Operation } from "./operations.ts";

/**
 * What an operation needs to itself. Two entries conflict when they claim the same part of one
 * event, or when one claims a whole event (remove, merged away, added) that the other touches at
 * all. Merges into one event share it, so three reports of one meeting can be joined.
 */
interface Claim {
  event: string;
  /** "*" for the whole event. */
  part: string;
  what: string;
  shared?: boolean;
}

function claimsOf(op: Operation): Claim[] {
  switch (op.kind) {
    case "add":
      return [{ event: op.event.id, part: "*", what: "adds it" }];
    case "remove":
      return [{ event: op.target, part: "*", what: "removes it" }];
    case "merge":
      return [
        { event: op.target, part: "merge", what: "merges another event into it", shared: true },
        { event: op.absorbed, part: "*", what: `merges it into ${op.target}` },
      ];
    case "detach":
      return [
        { event: op.target, part: `detach ${op.articleId}`, what: `detaches ${op.articleId}` },
      ];
    case "set":
      return Object.keys(op.values).map((field) => ({
        event: op.target,
        part: field,
        what: `sets its ${field}`,
      }));
  }
}

const clash = (a: Claim, b: Claim) =>
  a.event === b.event &&
  (a.part === "*" || b.part === "*" || (a.part === b.part && !(a.shared && b.shared)));

/** Every pair of operations that conflict, as a message naming both entries. */
export function findConflicts(ops: readonly Operation[]): string[] {
  const problems: string[] = [];
  const claims = ops.map(claimsOf);
  for (let i = 0; i < ops.length; i++)
    for (let j = i + 1; j < ops.length; j++) {
      const pair = claims[i]
        ?.flatMap((a) => (claims[j] ?? []).map((b) => [a, b] as const))
        .find(([a, b]) => clash(a, b));
      if (!pair) continue;
      const [a, b] = pair;
      problems.push(
        `${ops[i]?.note.entry}: conflicts with ${ops[j]?.note.entry}: the first ${a.what}, the second ${b.what} (${a.event})`,
      );
    }
  return problems;
}
