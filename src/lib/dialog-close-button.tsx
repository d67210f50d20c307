import type { RefObject } from "react";

/**
 * The Close button in the header of the app's reading dialogs (an article, About the data): it
 * closes the native <dialog>, whose close event lets the parent unmount it.
 */
export function DialogCloseButton({ dialog }: { dialog: RefObject<HTMLDialogElement> }) {
  return (
    <button
      type="button"
      onClick={() => dialog.current?.close()}
      className="shrink-0 rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600"
    >
      Close
    </button>
  );
}
