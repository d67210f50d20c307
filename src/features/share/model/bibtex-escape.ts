/**
 * BibTeX counts braces without regard to backslashes, so "\{" alone would unbalance a field:
 * braces become the LaTeX commands for the characters. Dashes become TeX ligatures so the .bib
 * file stays readable by pdfLaTeX setups that do not expect UTF-8 punctuation.
 */
const REPLACEMENTS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  $: "\\$",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "\u2013": "--",
  "\u2014": "---",
};

/** Text for a brace-delimited BibTeX field, typeset by LaTeX as written. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}%&#_$~^\u2013\u2014]/g, (c) => REPLACEMENTS[c] ?? c)
    .replace(/\s+/g, " ");
}

/**
 * A URL for the `url` field, which biblatex reads verbatim: LaTeX escapes would become part of
 * the address, so only what would break the field (braces, backslashes, spaces) is
 * percent-encoded, which leaves the same address.
 */
export function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** A citation key: letters, digits and `-_:.` only, which every BibTeX tool accepts. */
export function bibtexKey(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_:.-]+/g, "-").replace(/^-+|-+$/g, "");
}
