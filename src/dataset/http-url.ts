/**
 * Whether `value` is an absolute http or https address: the only links the dataset may carry,
 * since a `javascript:`, `data:` or `vbscript:` address in a link runs or shows content of the
 * link's author when clicked.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
