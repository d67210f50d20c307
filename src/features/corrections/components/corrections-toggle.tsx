interface CorrectionsToggleProps {
  /** Whether the researcher's corrections are applied to what is shown. */
  on: boolean;
  onChange: (on: boolean) => void;
}

/**
 * Shows the extraction without the corrections, for comparison (the URL's `corrections=off`).
 * Only offered for a dataset that has corrections.
 */
export function CorrectionsToggle({ on, onChange }: CorrectionsToggleProps) {
  return (
    <label className="inline-flex items-center gap-1.5 text-sm text-slate-700">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => onChange(e.target.checked)}
        className="size-4 accent-violet-700"
      />
      Corrections applied
    </label>
  );
}
