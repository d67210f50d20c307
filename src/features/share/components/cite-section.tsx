import { useId, useMemo, useState } from "react";
import type { Article, EventsDocument, LightEvent } from "../../../dataset/index.ts";
import { useSiteConfig } from "../../../lib/hooks/use-site-config.ts";
import type { CopyFn, CopyStatus } from "../hooks/use-copy.ts";
import { chicagoCitation } from "../model/chicago.ts";
import { localIsoDay } from "../model/citation-date.ts";
import { citationFacts } from "../model/citation-facts.ts";
import { CITATION_FORMATS, type CitationFormatId } from "../model/citation-formats.ts";
import { CopyField } from "./copy-field.tsx";
import { fieldClass, sectionHeadingClass } from "./styles.ts";

interface CiteSectionProps {
  document: Pick<EventsDocument, "version">;
  articleById: ReadonlyMap<string, Article>;
  event: LightEvent | undefined;
  pageUrl: string;
  data: string | undefined;
  copy: CopyFn;
  status: CopyStatus;
}

/**
 * The view as a citation: Chicago for prose, and for reference managers the form they import
 * (BibTeX, biblatex, RIS or CSL-JSON), with the author and publisher the deployment names.
 */
export function CiteSection(props: CiteSectionProps) {
  const { document, articleById, event, pageUrl, data, copy, status } = props;
  const headingId = useId();
  const formatId = useId();
  const [format, setFormat] = useState<CitationFormatId>("bibtex");
  // Read once when the dialog opens: the day the reader looked at the view.
  const [accessed] = useState(() => localIsoDay(new Date()));
  const config = useSiteConfig();
  const author = config.data?.author;
  const publisher = config.data?.publisher;
  const facts = useMemo(
    () =>
      citationFacts({
        document,
        articleById,
        event,
        viewUrl: pageUrl,
        data,
        accessed,
        credit: { author, publisher },
      }),
    [document, articleById, event, pageUrl, data, accessed, author, publisher],
  );
  const chosen = CITATION_FORMATS.find((f) => f.id === format) ?? CITATION_FORMATS[0];
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
      <div className="space-y-1">
        <label htmlFor={formatId} className="block text-sm font-medium text-slate-800">
          For a reference manager
        </label>
        <select
          id={formatId}
          value={format}
          onChange={(e) => setFormat(e.target.value as CitationFormatId)}
          className={`${fieldClass} w-auto`}
        >
          {CITATION_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <CopyField
        label={chosen.name}
        what={chosen.name}
        copyLabel={`Copy ${chosen.name}`}
        rows={8}
        value={chosen.write(facts)}
        copy={copy}
        status={status}
        description={chosen.description}
      />
    </section>
  );
}
