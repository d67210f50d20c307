import { useId } from "react";
import { MODAL_DIALOG_CLASS, useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";
import type { WholeDatasetState } from "../../dataset/hooks/use-whole-dataset.ts";
import { DialogCloseButton } from "../../../lib/dialog-close-button.tsx";

interface AboutPendingProps {
  state: Exclude<WholeDatasetState, { status: "success" }>;
  onClose: () => void;
}

/** About the data while every event and article loads for it, or why they did not. */
export function AboutPending({ state, onClose }: AboutPendingProps) {
  const dialogRef = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${MODAL_DIALOG_CLASS} w-[min(52rem,calc(100vw-1.5rem))]`}
    >
      <header className="flex items-start justify-between gap-4 border-b border-slate-200 p-4">
        <h2 id={titleId} className="text-base leading-snug font-semibold">
          About the data
        </h2>
        <DialogCloseButton dialog={dialogRef} />
      </header>
      <div className="p-4 text-sm text-slate-800">
        {state.status === "error" ? (
          <div role="alert" className="space-y-2 text-red-900">
            <p>The dataset could not be read in full: {state.error.message}</p>
            <button
              type="button"
              onClick={state.retry}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium"
            >
              Retry
            </button>
          </div>
        ) : (
          <p role="status">Loading every event and article of the dataset…</p>
        )}
      </div>
    </dialog>
  );
}
