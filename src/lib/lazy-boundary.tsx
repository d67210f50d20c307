import { Component, Suspense, type ReactNode } from "react";

interface LazyBoundaryProps {
  /** What the part is, for the message: "The share dialog". */
  name: string;
  /** Shown while the part's code downloads; nothing by default. */
  fallback?: ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Around a part of the page whose code loads when used: while it downloads, `fallback`; if the
 * download fails (offline, or the site was updated and the old file is gone), a message in its
 * place with a way to reload, instead of a page that React has taken down whole.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed)
      return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
    return (
      <p
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950"
      >
        {this.props.name} could not be downloaded.{" "}
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="font-medium underline focus-visible:outline-2 focus-visible:outline-red-700"
        >
          Reload the page
        </button>{" "}
        to try again.
      </p>
    );
  }
}
