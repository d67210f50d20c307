/**
 * Says a selection change out loud for screen reader users, who cannot see the mark light up or
 * the panel change. Always rendered, so the live region exists before its text changes.
 */
export function Announcer({ message }: { message: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
      {message}
    </div>
  );
}
