import { DatasetValidationError } from "../../../dataset/validation-error.ts";

interface DatasetErrorProps {
  errors: Error[];
  onRetry: () => void;
  isRetrying: boolean;
}

const MAX_PROBLEMS = 8;

/** Says which data file failed and why (down to the field, for a contract break), with a Retry. */
export function DatasetError({ errors, onRetry, isRetrying }: DatasetErrorProps) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-950">
      <h2 className="text-base font-semibold">The timeline data could not be loaded</h2>
      <ul className="mt-3 space-y-3 text-sm">
        {errors.map((error, i) => (
          <li key={i}>
            {error instanceof DatasetValidationError ? (
              <>
                <p>
                  <code className="font-semibold">{error.documentName}</code> does not match the
                  data contract:
                </p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono text-xs">
                  {error.problems.slice(0, MAX_PROBLEMS).map((problem, p) => (
                    <li key={p}>{problem}</li>
                  ))}
                  {error.problems.length > MAX_PROBLEMS && (
                    <li>and {error.problems.length - MAX_PROBLEMS} more</li>
                  )}
                </ul>
              </>
            ) : (
              <p className="font-mono text-xs">{error.message}</p>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onRetry}
        disabled={isRetrying}
        className="mt-4 rounded-md bg-red-700 px-4 py-1.5 text-sm font-medium text-[#fff] hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60"
      >
        {isRetrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
