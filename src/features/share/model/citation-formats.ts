import { biblatexCitation } from "./biblatex.ts";
import { bibtexCitation } from "./bibtex.ts";
import type { CitationFacts } from "./citation-facts.ts";
import { cslJsonCitation } from "./csl-json.ts";
import { risCitation } from "./ris.ts";

export type CitationFormatId = "bibtex" | "biblatex" | "ris" | "csl-json";

export interface CitationFormat {
  id: CitationFormatId;
  /** The field's name ("BibTeX"). */
  name: string;
  /** The choice in the list, with what reads it. */
  label: string;
  description: string;
  write: (facts: CitationFacts) => string;
}

/** The machine-readable forms of a citation, the one most tools import first. */
export const CITATION_FORMATS: readonly [CitationFormat, ...CitationFormat[]] = [
  {
    id: "bibtex",
    name: "BibTeX",
    label: "BibTeX (@misc)",
    description: "Classic BibTeX: any LaTeX setup, JabRef, Zotero, Mendeley.",
    write: bibtexCitation,
  },
  {
    id: "biblatex",
    name: "biblatex",
    label: "biblatex (@dataset)",
    description: "biblatex with biber: keeps the version and the access date as fields.",
    write: biblatexCitation,
  },
  {
    id: "ris",
    name: "RIS",
    label: "RIS",
    description: "EndNote, Zotero, Mendeley, RefWorks: paste into a .ris file and import it.",
    write: risCitation,
  },
  {
    id: "csl-json",
    name: "CSL-JSON",
    label: "CSL-JSON",
    description: "Zotero, Pandoc and citeproc: save as a .json file and import it.",
    write: cslJsonCitation,
  },
];
