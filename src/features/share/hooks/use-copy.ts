import { useCallback, useEffect, useRef, useState } from "react";

/** What the last copy did, named by what was copied ("Link", "BibTeX"), for the status line. */
export type CopyStatus =
  { state: "idle" } | { state: "copied"; what: string } | { state: "failed"; what: string };

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** How long "Copied" stays on screen: long enough to read, short enough not to go stale. */
const STATUS_MS = 5000;

async function writeToClipboard(text: string, field: TextField | null): Promise<boolean> {
  try {
    // Absent outside secure contexts, and refused when the permission is denied.
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older way
  }
  if (!field) return false;
  // The field holds exactly `text`; selecting it also leaves it ready for Ctrl+C if this fails.
  field.focus();
  field.select();
  try {
    // Deprecated, but the only way left when the async clipboard API is missing or refused.
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

/**
 * Copies text to the clipboard: the async Clipboard API first, else selecting the field that
 * shows the text and the legacy copy command. The status says whether it worked.
 */
export function useCopy() {
  const [status, setStatus] = useState<CopyStatus>({ state: "idle" });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string, what: string, field: TextField | null) => {
    window.clearTimeout(timer.current);
    const ok = await writeToClipboard(text, field);
    setStatus({ state: ok ? "copied" : "failed", what });
    // A failure stays until the next attempt: the reader has to act on it.
    if (ok) timer.current = window.setTimeout(() => setStatus({ state: "idle" }), STATUS_MS);
  }, []);

  return { status, copy };
}

export type CopyFn = ReturnType<typeof useCopy>["copy"];
