import { useId, type ReactNode } from "react";
import { useModalDialog } from "../../../lib/hooks/use-modal-dialog.ts";

interface FilterDrawerProps {
  /** The events the filters leave, for the button that closes the drawer. */
  shown: number;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The filters on a small screen: a modal drawer from the left edge (a native <dialog>: focus
 * trapping, Escape and the backdrop from the browser), so the timeline keeps the first screen.
 * The parent mounts it to open it and unmounts it on `onClose`.
 */
export function FilterDrawer({ shown, onClose, children }: FilterDrawerProps) {
  const dialogRef = useModalDialog();
  const titleId = useId();
  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-0 flex h-dvh max-h-none w-[min(24rem,calc(100vw-2.5rem))] max-w-none flex-col border-r border-slate-200 bg-surface p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 print:hidden"
    >
      <header className="flex items-center justify-between gap-4 border-b border-slate-200 p-4">
        <h2 id={titleId} className="text-base font-semibold">
          Filters
        </h2>
        <button
          type="button"
          onClick={close}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          Close
        </button>
      </header>
      <div className="flex-1 overflow-y-auto p-4">{children}</div>
      <footer className="border-t border-slate-200 p-4">
        <button
          type="button"
          onClick={close}
          className="w-full rounded-md bg-slate-800 px-4 py-2 text-sm font-medium text-slate-50 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Show {shown} {shown === 1 ? "event" : "events"}
        </button>
      </footer>
    </dialog>
  );
}
