import { useCallback, useState } from "react";
import type { TopicKey } from "../model/topic-filter.ts";

/**
 * Which topic toggles are off. Stored as the hidden set so every topic starts on, including ones a
 * newer dataset adds. (Will move into the URL with the rest of the view state.)
 */
export function useTopicFilter() {
  const [hidden, setHidden] = useState<ReadonlySet<TopicKey>>(() => new Set());
  const setShown = useCallback((key: TopicKey, shown: boolean) => {
    setHidden((previous) => {
      const next = new Set(previous);
      if (shown) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const showAll = useCallback(() => setHidden(new Set()), []);
  return { hidden, setShown, showAll };
}
