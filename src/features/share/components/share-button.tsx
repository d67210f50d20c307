import { useRef, useState } from "react";
import { ShareDialog, type ShareDialogProps } from "./share-dialog.tsx";

type ShareButtonProps = Omit<ShareDialogProps, "pageUrl" | "onClose">;

/** Opens the share dialog, and takes focus back when it closes, so keyboard users stay put. */
export function ShareButton(props: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 bg-surface px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 print:hidden"
      >
        {/* A phone shows "Share"; the name is the whole of it everywhere. */}
        Share<span className="max-sm:sr-only">, embed &amp; cite</span>
      </button>
      {open && (
        <ShareDialog
          {...props}
          // Read at render: the URL changes with the view, and the dialog re-renders with it.
          pageUrl={window.location.href}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
