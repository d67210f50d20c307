import { useMemo, useState } from "react";
import type { TimelineEvent } from "../dataset/index.ts";
import { AboutDialog } from "../features/about/components/about-dialog.tsx";
import { AboutPending } from "../features/about/components/about-pending.tsx";
import { useWholeDataset } from "../features/dataset/hooks/use-whole-dataset.ts";
import type { Dataset } from "../features/dataset/model/dataset.ts";
import { bibtexCitation } from "../features/share/model/bibtex.ts";
import { chicagoCitation } from "../features/share/model/chicago.ts";
import { localIsoDay } from "../features/share/model/citation-date.ts";
import { citationFacts } from "../features/share/model/citation-facts.ts";
import { DEFAULT_VIEW, serializeViewState } from "../lib/url-state.ts";

interface AboutProps {
  dataset: Dataset;
  /** The view's `data` parameter: the citation names that dataset. */
  data: string | undefined;
  onSelectEvent: (event: TimelineEvent) => void;
  onClose: () => void;
}

/**
 * About the data (every event and article: they are loaded, once, when it first opens), with the
 * dataset's citation made the way "Cite this view" makes a view's: the
 * whole dataset's address (no filters, no selection), its version and the day it was read.
 */
export function About({ dataset, data, onSelectEvent, onClose }: AboutProps) {
  const [accessed] = useState(() => localIsoDay(new Date()));
  const whole = useWholeDataset();
  const citation = useMemo(() => {
    const address = new URL(
      `./${serializeViewState({ ...DEFAULT_VIEW, data })}`,
      window.location.href,
    ).href;
    const facts = citationFacts({
      document: dataset.events,
      articleById: new Map(),
      event: undefined,
      viewUrl: address,
      data,
      accessed,
    });
    return { chicago: chicagoCitation(facts), bibtex: bibtexCitation(facts) };
  }, [dataset, data, accessed]);
  if (whole.status !== "success") return <AboutPending state={whole} onClose={onClose} />;
  return (
    <AboutDialog
      events={whole.whole.events}
      articles={whole.whole.articles}
      articleById={whole.whole.articleById}
      customSource={dataset.source.custom}
      citation={citation}
      onSelectEvent={onSelectEvent}
      onClose={onClose}
    />
  );
}
