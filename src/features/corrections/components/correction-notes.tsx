import type { Article, TimelineEvent } from "../../../dataset/index.ts";
import { FIELD_LABELS } from "../model/correction-values.ts";
import { describeExtracted } from "../model/describe-value.ts";

interface CorrectionNotesProps {
  event: TimelineEvent;
  topicLabel: (topicId: string) => string;
  articleById: ReadonlyMap<string, Article>;
  heading: string;
}

/**
 * What a researcher corrected in this event: each field with what the extraction said beside
 * it, the reason, the author and the entry of the corrections file, so a reader can always tell
 * the extraction from a hand's change and cite either.
 */
export function CorrectionNotes({ event, topicLabel, articleById, heading }: CorrectionNotesProps) {
  const marks = event.corrections ?? [];
  if (!marks.length) return null;
  return (
    <section aria-label="Corrections" className="space-y-2" data-testid="corrections">
      <h3 className={heading}>Corrected</h3>
      <ul className="space-y-2 text-sm">
        {marks.map((mark, i) => (
          <li
            key={i}
            className="rounded-md border border-violet-200 bg-violet-50 p-2 text-slate-800"
            data-field={mark.field}
          >
            <p>
              <span className="font-medium">{FIELD_LABELS[mark.field]}</span>{" "}
              <span className="rounded-full bg-violet-200 px-1.5 py-0.5 text-xs text-violet-950">
                corrected
              </span>
            </p>
            {mark.field !== "added" && (
              <p>
                {mark.field === "merged" ? "Merged in: " : "Extraction said: "}
                <span data-testid="extracted-value">
                  {describeExtracted(mark.field, mark.extracted, topicLabel, articleById)}
                </span>
              </p>
            )}
            <p className="text-slate-700">
              {mark.field === "added" ? "Added by hand: " : "Why: "}
              {mark.reason}
              {mark.author ? ` (${mark.author})` : ""}
            </p>
            <p className="text-xs text-slate-600">
              <code>{mark.entry}</code>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
