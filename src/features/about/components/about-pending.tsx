import { useId } from "react";
import { useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";
import { AboutFrame } from "./about-frame.tsx";
import type { WholeDatasetState } from "../../dataset/hooks/use-whole-dataset.ts";

interface AboutPendingProps {
  state: Exclude<WholeDatasetState, { status: "success" }>;
  onClose: () => void;
}

/** About the data while every event and article loads for it, or why they did not. */
export function AboutPending({ state, onClose }: AboutPendingProps) {
  const dialogRef = useModalDialog();
  const titleId = useId();
  return (
    <AboutFrame dialogRef={dialogRef} titleId={titleId} onClose={onClose}>
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
    </AboutFrame>
  );
}
