/**
 * "> The two navies held a drill off the coast on Monday, the fleet's": a reply's quoted
 * message, its lines marked with ">" (">>" for a quote inside a quote). The marks are taken off,
 * so that the quoted message's hard-wrapped lines join into its sentences as any others do; a
 * quoted blank line (">" alone) is a blank line.
 */
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/;

export function unquoteMailLine(line: string): string {
  return line.replace(QUOTE_MARKS, "");
}
