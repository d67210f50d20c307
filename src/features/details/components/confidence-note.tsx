import type { TimelineEvent } from "../../../dataset/index.ts";
import {
  confidenceFactors,
  confidenceLevel,
  type ConfidenceLevel,
} from "../../../lib/evidence/confidence.ts";
import { corroborationPhrase, type Corroboration } from "../../../lib/evidence/corroboration.ts";

interface ConfidenceNoteProps {
  event: TimelineEvent;
  corroboration: Corroboration;
  heading: string;
}

const LEVEL_STYLE: Record<ConfidenceLevel, string> = {
  high: "border-slate-200",
  medium: "border-slate-200",
  low: "border-amber-300 bg-amber-100/40",
};

/**
 * How sure the dataset is of the event, and why, in the data's own terms: its confidence score,
 * how many articles and outlets report it, how its date was read and whether the reporting
 * sentences name who acted. A low score is never shown without its reasons.
 */
export function ConfidenceNote({ event, corroboration, heading }: ConfidenceNoteProps) {
  const level = confidenceLevel(event.confidence);
  const factors = confidenceFactors(event, corroboration);
  return (
    <section
      aria-label="How sure"
      data-confidence={level}
      className={`rounded-lg border p-3 ${LEVEL_STYLE[level]}`}
    >
      <h3 className={heading}>How sure</h3>
      <p className="mt-1 text-sm text-slate-800">
        <span className="font-semibold" data-testid="confidence-level">
          {level === "low" ? "Low" : level === "medium" ? "Medium" : "High"} confidence
        </span>{" "}
        <span className="text-slate-600 tabular-nums">({event.confidence.toFixed(2)})</span>
        {" · reported by "}
        <span data-testid="corroboration">{corroborationPhrase(corroboration)}</span>
        {corroboration.outlets.length > 0 && (
          <span className="text-slate-600">: {corroboration.outlets.join(", ")}</span>
        )}
      </p>
      <ul className="mt-2 space-y-1 text-sm" aria-label="Why">
        {factors.map((factor) => (
          <li
            key={factor.kind}
            data-factor={factor.kind}
            data-weakens={factor.weakens}
            className="flex gap-2 text-slate-700"
          >
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${
                factor.weakens ? "bg-amber-200 text-amber-900" : "bg-slate-200 text-slate-800"
              }`}
            >
              {factor.weakens ? "!" : "\u2713"}
            </span>
            <span>
              <span className="sr-only">{factor.weakens ? "Lowers it: " : "Supports it: "}</span>
              {factor.text}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
