import { DatasetValidationError } from "../../../dataset/validation-error.ts";
import { FetchJsonError, type FetchJsonFailure } from "../../../lib/fetch-json.ts";

/**
 * An error as it crosses from the worker to the page. postMessage keeps an Error's message but
 * not its class or fields, and the page's error UI reads both (which file, which fields, whether
 * a retry may help), so they travel as data and are rebuilt on the other side.
 */
export type WireError =
  | { kind: "fetch"; fileName: string; failure: FetchJsonFailure; detail: string; status?: number }
  | { kind: "contract"; documentName: string; problems: string[] }
  | { kind: "other"; name: string; message: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof FetchJsonError) {
    const detail = error.message.slice(error.fileName.length + 2);
    const wire: WireError = {
      kind: "fetch",
      fileName: error.fileName,
      failure: error.failure,
      detail,
    };
    return error.status === undefined ? wire : { ...wire, status: error.status };
  }
  if (error instanceof DatasetValidationError)
    return { kind: "contract", documentName: error.documentName, problems: error.problems };
  if (error instanceof Error) return { kind: "other", name: error.name, message: error.message };
  return { kind: "other", name: "Error", message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  if (wire.kind === "fetch")
    return new FetchJsonError(wire.fileName, wire.failure, wire.detail, wire.status);
  if (wire.kind === "contract") return new DatasetValidationError(wire.documentName, wire.problems);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
