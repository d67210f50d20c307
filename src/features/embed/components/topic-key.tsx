import { useMemo } from "react";
import type { LightEvent } from "../../../dataset/index.ts";
import { topicColor } from "../../../lib/topic-color.ts";

interface TopicKeyProps {
  events: readonly LightEvent[];
  topicOf: (event: LightEvent) => string | undefined;
  topicLabel: (id: string) => string;
}

/**
 * The colours in use, and what they mean, on one line: the embed has no filter panel to show
 * them.
 */
export function TopicKey({ events, topicOf, topicLabel }: TopicKeyProps) {
  const counts = useMemo(() => {
    const byTopic = new Map<string, number>();
    for (const event of events) {
      const topic = topicOf(event);
      if (topic !== undefined) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
    }
    return [...byTopic].sort((a, b) => b[1] - a[1]);
  }, [events, topicOf]);
  if (counts.length === 0) return null;
  return (
    <ul aria-label="Topics" className="flex flex-nowrap gap-x-3 text-xs text-slate-700">
      {counts.map(([topic, count]) => (
        <li key={topic} className="inline-flex items-center gap-1.5 whitespace-nowrap">
          <span
            aria-hidden="true"
            className="inline-block size-2.5 rounded-full"
            style={{ backgroundColor: topicColor(topic) }}
          />
          {topicLabel(topic)} <span className="tabular-nums text-slate-600">({count})</span>
        </li>
      ))}
    </ul>
  );
}
