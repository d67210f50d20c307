import { useCallback, useMemo } from "react";
import type { EventsDocument, LightEvent } from "../../../dataset/index.ts";
import { TOPICS } from "../../../dataset/topics.ts";
import { topicColor, UNTAGGED_COLOR } from "../../../lib/topic-color.ts";
import { primaryTopic, UNTAGGED, type TopicKey } from "../model/topic-filter.ts";

export interface TopicEncoding {
  /** A topic id's label for people (the dataset's own label first). */
  topicLabel: (id: string) => string;
  /** The colour of an event: that of its first topic still shown. */
  colorOf: (event: LightEvent) => string;
  /** The topic lane of an event: the topic that colours it, so lanes and colours agree. */
  topicOf: (event: LightEvent) => string | undefined;
}

/** How topics are shown for a dataset while `hiddenTopics` are switched off. */
export function useTopicEncoding(
  doc: Pick<EventsDocument, "topics">,
  hiddenTopics: ReadonlySet<TopicKey>,
): TopicEncoding {
  const labels = useMemo(
    () => new Map<string, string>([...TOPICS, ...doc.topics].map((t) => [t.id, t.label])),
    [doc],
  );
  const topicLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const listed = useMemo(() => new Set<string>(doc.topics.map((t) => t.id)), [doc]);
  const colorOf = useCallback(
    (event: LightEvent) => {
      const key = primaryTopic(event, listed, hiddenTopics);
      return key === UNTAGGED ? UNTAGGED_COLOR : topicColor(key);
    },
    [listed, hiddenTopics],
  );
  const topicOf = useCallback(
    (event: LightEvent) => {
      const key = primaryTopic(event, listed, hiddenTopics);
      return key === UNTAGGED ? undefined : key;
    },
    [listed, hiddenTopics],
  );
  return { topicLabel, colorOf, topicOf };
}
