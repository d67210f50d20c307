import { useId } from "react";
import type { CopyFn, CopyStatus } from "../hooks/use-copy.ts";
import { CopyField } from "./copy-field.tsx";
import { sectionHeadingClass } from "./styles.ts";

interface LinkSectionProps {
  pageUrl: string;
  copy: CopyFn;
  status: CopyStatus;
}

/** The page's own address: the URL already holds the whole view (lib/url-state.ts). */
export function LinkSection({ pageUrl, copy, status }: LinkSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className={sectionHeadingClass}>
        Link
      </h3>
      <CopyField
        label="Link to this view"
        description="Opens the timeline with the same range, filters, search and selected event."
        what="Link"
        copyLabel="Copy link"
        value={pageUrl}
        copy={copy}
        status={status}
      />
    </section>
  );
}
