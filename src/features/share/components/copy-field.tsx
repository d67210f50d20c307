import { useId, useRef, type FocusEvent } from "react";
import type { CopyFn, CopyStatus } from "../hooks/use-copy.ts";
import { buttonClass, fieldClass } from "./styles.ts";

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface CopyFieldProps {
  label: string;
  /** Names the text in the status line ("Link copied to the clipboard."). */
  what: string;
  /** The button's name; distinct per field, so a list of buttons reads unambiguously. */
  copyLabel: string;
  value: string;
  /** Rows of a multi-line field; a one-line field when absent. */
  rows?: number;
  copy: CopyFn;
  status: CopyStatus;
  description?: string;
}

const selectAll = (e: FocusEvent<TextField>) => e.currentTarget.select();

/**
 * Read-only text with a Copy button. Read-only rather than disabled, so it can be focused,
 * selected and copied by hand, and read by a screen reader.
 */
export function CopyField(props: CopyFieldProps) {
  const { label, what, copyLabel, value, rows, copy, status, description } = props;
  const id = useId();
  const descriptionId = `${id}-description`;
  const fieldRef = useRef<TextField | null>(null);
  const setField = (element: TextField | null) => {
    fieldRef.current = element;
  };
  const fieldProps = {
    id,
    value,
    readOnly: true,
    spellCheck: false,
    "aria-describedby": description ? descriptionId : undefined,
    onFocus: selectAll,
  };
  const copied = status.state === "copied" && status.what === what;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {description && (
        <p id={descriptionId} className="text-xs text-slate-600">
          {description}
        </p>
      )}
      {/* A narrow screen stacks a multi-line field over its button, so the text keeps its width. */}
      <div
        className={`flex gap-2 ${rows === undefined ? "items-start" : "flex-col items-start sm:flex-row"}`}
      >
        {rows === undefined ? (
          <input
            type="text"
            ref={setField}
            className={`${fieldClass} min-w-0 flex-1 font-mono text-xs`}
            {...fieldProps}
          />
        ) : (
          <textarea
            ref={setField}
            rows={rows}
            className={`${fieldClass} min-w-0 flex-1 resize-y font-mono text-xs leading-relaxed`}
            {...fieldProps}
          />
        )}
        <button
          type="button"
          className={`${buttonClass} shrink-0 whitespace-nowrap`}
          onClick={() => void copy(value, what, fieldRef.current)}
        >
          {copyLabel}
        </button>
      </div>
      {/* Seen beside the field; the dialog's status line is what screen readers hear. */}
      {copied && (
        <p aria-hidden="true" className="text-xs font-medium text-slate-700">
          ✓ Copied
        </p>
      )}
    </div>
  );
}
