import type { WholeDatasetState } from "../hooks/use-whole-dataset.ts";

interface WholeDatasetNoticeProps {
  state: WholeDatasetState;
  /** Said while every event loads ("Loading every event for the export…"). */
  loading: string;
  /** Put before the error's own message, when the part needs to say what failed. */
  failure?: string;
  buttonClassName: string;
}

/**
 * One line for a part that needs the whole dataset (the export, the merge picker): that it is
 * loading, or why it could not, with a Retry; nothing once it is in.
 */
export function WholeDatasetNotice({
  state,
  loading,
  failure,
  buttonClassName,
}: WholeDatasetNoticeProps) {
  if (state.status === "pending")
    return (
      <p role="status" className="text-sm text-slate-600">
        {loading}
      </p>
    );
  if (state.status === "error")
    return (
      <p role="alert" className="text-sm text-red-800">
        {failure ? `${failure}: ` : ""}
        {state.error.message}{" "}
        <button type="button" className={buttonClassName} onClick={state.retry}>
          Retry
        </button>
      </p>
    );
  return null;
}
