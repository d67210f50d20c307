import type { EventDraft, MergedEvent } from "../types.ts";
import { BlockingIndex } from "./blocking.ts";
import { Cluster, pairLinked } from "./compatible.ts";

/**
 * Greedy clustering: each draft, in the given order, joins the earliest cluster it is the
 * `sameEvent` of (compatible with every member, linked to one), or starts a new one. The same
 * decisions as testing every cluster, found among the clusters of the drafts the blocking index
 * returns: a cluster with a member linked to the draft and compatible with it (which any accepting
 * cluster's linked member is) shares a key and a date bucket with it. Cost grows with the drafts
 * near each draft, not with all clusters.
 */
export function mergeDrafts(drafts: readonly EventDraft[]): MergedEvent[] {
  const clusters: Cluster[] = [];
  const index = new BlockingIndex<number>();
  for (const d of drafts) {
    const near = new Map<number, EventDraft[]>();
    for (const f of index.candidates(d)) {
      const list = near.get(f.value);
      if (list) list.push(f.draft);
      else near.set(f.value, [f.draft]);
    }
    let home: number | undefined;
    for (const n of [...near.keys()].sort((a, b) => a - b)) {
      const cluster = clusters[n] as Cluster;
      if (cluster.accepts(d) && (near.get(n) ?? []).some((c) => pairLinked(c, d))) {
        home = n;
        break;
      }
    }
    if (home === undefined) {
      home = clusters.length;
      clusters.push(new Cluster(d));
    } else (clusters[home] as Cluster).add(d);
    index.add(d, home);
  }
  return clusters.map((c) => ({ drafts: c.drafts }));
}
