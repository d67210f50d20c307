type Field = readonly [name: string, value: string | undefined];

/** One BibTeX or biblatex entry; values are already escaped, fields without one are left out. */
export function bibEntry(type: string, key: string, fields: readonly Field[]): string {
  const lines = fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@${type}{${key},`, ...lines, "}"].join("\n");
}
