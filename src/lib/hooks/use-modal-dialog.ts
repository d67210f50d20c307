import { useEffect, useRef } from "react";

/**
 * The look shared by the app's modal dialogs; each adds its own width. A native <dialog> brings
 * focus trapping, Escape and the backdrop from the browser.
 */
export const MODAL_DIALOG_CLASS =
  "m-auto flex max-h-[90vh] flex-col rounded-xl border border-slate-200 bg-surface p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 print:hidden";

/**
 * A ref for a <dialog> that opens as a modal when mounted: the parent mounts the component to
 * open it and unmounts it on close.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // showModal is imperative by nature; guarded so StrictMode's second run does not throw.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
