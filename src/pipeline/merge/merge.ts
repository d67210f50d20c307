import type { EventDraft, MergedEvent } from "../types.ts";
import { BlockingIndex } from "./blocking.ts";
import { Cluster } from "./compatible.ts";

/**
 * Greedy clustering: each draft, in the given order, joins the earliest cluster it is the
 * `sameEvent` of (compatible with every member, linked to one), or starts a new one. The same
 * decisions as testing every cluster, made among the clusters the blocking index returns: a
 * cluster with a member linked to the draft and compatible with it (as any accepting cluster's
 * linked member is) shares a key and a date bucket with it. Cost grows with the clusters near
 * each draft, not with all clusters, and a cluster answers in time independent of its size.
 */
export function mergeDrafts(drafts: readonly EventDraft[]): MergedEvent[] {
  const clusters: Cluster[] = [];
  const index = new BlockingIndex<number>();
  for (const d of drafts) {
    let home: number | undefined;
    for (const n of index.candidates(d).sort((a, b) => a - b)) {
      const cluster = clusters[n] as Cluster;
      if (cluster.takes(d)) {
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
