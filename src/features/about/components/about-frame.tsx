import type { ReactNode, RefObject } from "react";
import { DialogCloseButton } from "../../../lib/dialog-close-button.tsx";
import { MODAL_DIALOG_CLASS } from "../../../lib/hooks/use-modal-dialog.ts";

interface AboutFrameProps {
  /** The dialog, from useModalDialog in the caller (which may close it itself). */
  dialogRef: RefObject<HTMLDialogElement>;
  /** The heading's id, which the caller's sections may build on. */
  titleId: string;
  onClose: () => void;
  children: ReactNode;
}

/** The About dialog's frame and heading, the same whether the data is in or still loading. */
export function AboutFrame({ dialogRef, titleId, onClose, children }: AboutFrameProps) {
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
      {children}
    </dialog>
  );
}
