const ENTITIES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

/**
 * Text made safe for a double-quoted HTML attribute. `&` first of all, so an address's own
 * "&topics=" stays a literal ampersand once the host page's parser has decoded the attribute.
 */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => ENTITIES[c] ?? c);
}
