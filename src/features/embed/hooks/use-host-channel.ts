import { useCallback, useEffect, useRef } from "react";
import { isOriginAllowed } from "../../../lib/site-config.ts";
import { parseHostMessage, type HostCommand } from "../model/host-message.ts";
import { errorMessage, type EmbedMessage, type SizeMessage } from "../model/protocol.ts";

export type SendToHost = (message: EmbedMessage | SizeMessage) => void;

const isEmbedded = () => window.parent !== window;

/**
 * Sends to the page that embeds us, and only to the origins the deployment allows: with a list,
 * one postMessage per origin, which the browser delivers only when the host's origin matches.
 * Until the origins are known (config.json is loading) nothing is sent.
 */
export function useSendToHost(hostOrigins: readonly string[] | undefined): SendToHost {
  return useCallback<SendToHost>(
    (message) => {
      if (!hostOrigins || !isEmbedded()) return;
      if (hostOrigins.includes("*")) window.parent.postMessage(message, "*");
      else for (const origin of hostOrigins) window.parent.postMessage(message, origin);
    },
    [hostOrigins],
  );
}

/**
 * Acts on the host's messages: taken only from the embedding page (the parent window), only from
 * allowed origins, and only when documented. A message of ours that is wrong is answered with an
 * `error` saying why, so the host's developer is not left guessing; anyone else's is ignored.
 */
export function useHostCommands(
  hostOrigins: readonly string[] | undefined,
  onCommand: (command: HostCommand) => void,
): void {
  // The listener is added once per list of origins and calls the latest onCommand, which
  // changes with every render of the caller.
  const onCommandRef = useRef(onCommand);
  useEffect(() => {
    onCommandRef.current = onCommand;
  }, [onCommand]);

  useEffect(() => {
    if (!hostOrigins) return;
    const listener = (event: MessageEvent) => {
      if (!isEmbedded() || event.source !== window.parent) return;
      if (!isOriginAllowed(event.origin, hostOrigins)) return;
      const parsed = parseHostMessage(event.data);
      if (parsed.kind === "invalid")
        window.parent.postMessage(errorMessage(`message refused: ${parsed.reason}`), event.origin);
      else if (parsed.kind === "command") onCommandRef.current(parsed.command);
    };
    window.addEventListener("message", listener);
    return () => window.removeEventListener("message", listener);
  }, [hostOrigins]);
}
