import { useCallback, useEffect } from "react";
import { DatasetError } from "../features/dataset/components/dataset-error.tsx";
import { DatasetLoading } from "../features/dataset/components/dataset-loading.tsx";
import { DatasetRefused } from "../features/dataset/components/dataset-refused.tsx";
import { DatasetContext } from "../features/dataset/hooks/dataset-context.ts";
import { useDataset } from "../features/dataset/hooks/use-dataset.ts";
import { useHostCommands, useSendToHost } from "../features/embed/hooks/use-host-channel.ts";
import { useSizeReport } from "../features/embed/hooks/use-size-report.ts";
import { explorerUrl } from "../features/embed/model/explorer-link.ts";
import type { HostCommand } from "../features/embed/model/host-message.ts";
import { errorMessage } from "../features/embed/model/protocol.ts";
import { useSiteConfig } from "../lib/hooks/use-site-config.ts";
import { useUrlState } from "../lib/hooks/use-url-state.ts";
import type { ViewState } from "../lib/url-state.ts";
import { EmbedView } from "./embed-view.tsx";
import { useTheme } from "./use-theme.ts";

/** A config.json that cannot be read must not silence the embed: no messages, but a timeline. */
const NO_HOSTS: readonly string[] = [];

/**
 * embed.html: the timeline for someone else's page. It reads the same URL parameters as the
 * explorer (plus `title`), sizes its frame through the host, and takes and reports view changes
 * by postMessage.
 */
export function EmbedApp() {
  const [view, setUrlView] = useUrlState();
  // Inside someone else's page every change replaces the entry: pushing would fill the host
  // page's Back button with our zoom steps and selections.
  const setView = useCallback(
    (patch: Partial<ViewState>) => setUrlView(patch, "replace"),
    [setUrlView],
  );
  useTheme(view.theme);
  const config = useSiteConfig();
  const state = useDataset(view.data);
  const hostOrigins = config.data?.hostOrigins ?? (config.error ? NO_HOSTS : undefined);

  const send = useSendToHost(hostOrigins);
  const reportSize = useSizeReport(send, hostOrigins !== undefined);
  useHostCommands(hostOrigins, (command: HostCommand) => {
    if (command.type === "set-view") setView(command.patch);
    else reportSize();
  });

  useEffect(() => {
    document.title = view.title ? `${view.title} · Dialogue Timeline` : "Dialogue Timeline";
  }, [view.title]);

  const failure =
    state.status === "refused"
      ? state.reason
      : state.status === "error"
        ? state.errors.map((e) => e.message).join("; ")
        : undefined;
  useEffect(() => {
    if (failure) send(errorMessage(failure));
  }, [failure, send]);

  return (
    // Named, so it stays distinct from the host page's own <main> around the frame. As tall as
    // the frame, so that everything, the selected event's card too, is inside it; at least
    // 300 px, which the size messages ask a host (embed.js) for when the frame is smaller.
    <main
      className="h-dvh min-h-[300px] overflow-hidden p-2 sm:p-3"
      aria-label={view.title ?? "Dialogue Timeline"}
    >
      {config.error && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {config.error.message}: messages from the host page are switched off.
        </p>
      )}
      {(state.status === "pending" || (state.status === "success" && !hostOrigins)) && (
        <DatasetLoading />
      )}
      {state.status === "refused" && (
        <DatasetRefused
          reason={state.reason}
          explorerHref={explorerUrl({ ...view, data: undefined }, window.location.href)}
        />
      )}
      {state.status === "error" && (
        <DatasetError errors={state.errors} onRetry={state.retry} isRetrying={state.isRetrying} />
      )}
      {state.status === "success" && hostOrigins !== undefined && (
        <DatasetContext.Provider value={state.dataset}>
          <EmbedView dataset={state.dataset} view={view} setView={setView} send={send} />
        </DatasetContext.Provider>
      )}
    </main>
  );
}
