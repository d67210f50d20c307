import type { CopyStatus } from "../hooks/use-copy.ts";

/**
 * The result of the last copy, always rendered so the live region exists before its text
 * changes (a region added together with its text is not announced).
 */
export function CopyStatusLine({ status }: { status: CopyStatus }) {
  return (
    <p
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="copy-status"
      className={
        status.state === "failed"
          ? "mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-950"
          : // Empty, it takes no room; the element stays so the live region is never new.
            "text-sm text-slate-700 not-empty:mt-2"
      }
    >
      {status.state === "copied" && `${status.what} copied to the clipboard.`}
      {status.state === "failed" &&
        `${status.what} could not be copied: the browser refused. The text is selected in its ` +
          `field; press Ctrl+C (⌘C on a Mac) to copy it.`}
    </p>
  );
}
