import { useRef, useState } from "react";
import { LazyBoundary } from "../../../lib/lazy-boundary.tsx";
import { lazyComponent } from "../../../lib/lazy-component.ts";
import type { ShareDialogProps } from "./share-dialog.tsx";

/** Links, citations and the embed code are not needed until asked for. */
const ShareDialog = lazyComponent(() => import("./share-dialog.tsx"), "ShareDialog");

type ShareButtonProps = Omit<ShareDialogProps, "pageUrl" | "onClose"> & {
  /** Starts loading what the dialog shows besides its own code (its children's). */
  preload?: () => void;
};

/**
 * Opens the share dialog, and takes focus back when it closes, so keyboard users stay put. The
 * dialog's code starts loading when the pointer or the focus reaches the button, so it opens on
 * the click.
 */
export function ShareButton({ preload, ...props }: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const warmUp = () => {
    ShareDialog.preload();
    preload?.();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={warmUp}
        onFocus={warmUp}
        className="rounded-md border border-slate-300 bg-surface px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 print:hidden"
      >
        {/* A phone shows "Share"; the name is the whole of it everywhere. */}
        Share<span className="max-sm:sr-only">, embed &amp; cite</span>
      </button>
      {open && (
        <LazyBoundary name="The share dialog">
          <ShareDialog
            {...props}
            // Read at render: the URL changes with the view, and the dialog re-renders with it.
            pageUrl={window.location.href}
            onClose={() => {
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
        </LazyBoundary>
      )}
    </>
  );
}
