import { useId, useMemo, useState } from "react";
import type { Article, EventsDocument, TimelineEvent } from "../../../dataset/index.ts";
import type { CopyFn, CopyStatus } from "../hooks/use-copy.ts";
import { bibtexCitation } from "../model/bibtex.ts";
import { chicagoCitation } from "../model/chicago.ts";
import { localIsoDay } from "../model/citation-date.ts";
import { citationFacts } from "../model/citation-facts.ts";
import { CopyField } from "./copy-field.tsx";
import { sectionHeadingClass } from "./styles.ts";

interface CiteSectionProps {
  document: EventsDocument;
  articleById: ReadonlyMap<string, Article>;
  event: TimelineEvent | undefined;
  pageUrl: string;
  data: string | undefined;
  copy: CopyFn;
  status: CopyStatus;
}

/** The view as a citation: Chicago for prose, BibTeX for reference managers. */
export function CiteSection(props: CiteSectionProps) {
  const { document, articleById, event, pageUrl, data, copy, status } = props;
  const headingId = useId();
  // Read once when the dialog opens: the day the reader looked at the view.
  const [accessed] = useState(() => localIsoDay(new Date()));
  const facts = useMemo(
    () => citationFacts({ document, articleById, event, viewUrl: pageUrl, data, accessed }),
    [document, articleById, event, pageUrl, data, accessed],
  );
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className={sectionHeadingClass}>
        Cite this view
      </h3>
      <CopyField
        label="Chicago style"
        what="Citation"
        copyLabel="Copy citation"
        rows={event ? 8 : 4}
        value={chicagoCitation(facts)}
        copy={copy}
        status={status}
      />
      <CopyField
        label="BibTeX"
        what="BibTeX"
        copyLabel="Copy BibTeX"
        rows={8}
        value={bibtexCitation(facts)}
        copy={copy}
        status={status}
      />
    </section>
  );
}
