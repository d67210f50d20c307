/** Thrown when a document breaks the contract; `problems` name each failing path. */
export class DatasetValidationError extends Error {
  constructor(
    readonly documentName: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 5).join("; ");
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    super(`${documentName} is not a valid dataset: ${shown}${more}`);
    this.name = "DatasetValidationError";
  }
}
