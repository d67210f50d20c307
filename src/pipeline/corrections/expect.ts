import type { CorrectionValues, SettableField, TimelineEvent } from "../../dataset/index.ts";

/** A field's value as a correction records it: the date without the words it came from. */
export function currentValue(event: TimelineEvent, field: SettableField): unknown {
  switch (field) {
    case "date": {
      const { value, precision, end } = event.date;
      return end === undefined ? { value, precision } : { value, precision, end };
    }
    case "location":
      return event.location ?? null;
    default:
      return event[field];
  }
}

/** JSON with keys sorted, so two values compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The fields whose value is no longer what the entry expected, each as
 * `date is {…}, expected {…}`: the event changed since the correction was written.
 */
export function staleFields(event: TimelineEvent, expect: CorrectionValues | undefined): string[] {
  if (!expect) return [];
  const changed: string[] = [];
  for (const [field, expected] of Object.entries(expect)) {
    const now = canonical(currentValue(event, field as SettableField));
    const then = canonical(expected ?? null);
    if (now !== then) changed.push(`${field} is ${now}, expected ${then}`);
  }
  return changed;
}
