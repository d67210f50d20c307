import type { CDPSession, Page } from "@playwright/test";

/** JavaScript heap in use after a full garbage collection, in bytes: the page's, its workers'. */
export interface HeapReading {
  main: number;
  /** Summed over the page's dedicated workers (0 when it has none). */
  workers: number;
}

type Cdp = Pick<CDPSession, "send" | "on" | "off">;

/**
 * Sends one protocol command to a worker through the page's session (the worker is a target of
 * its own; Playwright's sessions reach only pages and frames, so the message is relayed).
 */
function relay(cdp: Cdp, sessionId: string, id: number, method: string): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (reply.id !== id) return;
      cdp.off("Target.receivedMessageFromTarget", onMessage);
      resolve(reply.result);
    };
    cdp.on("Target.receivedMessageFromTarget", onMessage);
    void cdp.send("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id, method }),
    });
  });
}

/** How long the workers' announcements are awaited after auto-attach is switched on. */
const ANNOUNCEMENT_WAIT_MS = 500;

/** Each worker's heap after its own garbage collection, summed. */
async function workerHeaps(cdp: Cdp): Promise<number> {
  const sessions: string[] = [];
  const onAttached = (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === "worker") sessions.push(event.sessionId);
  };
  cdp.on("Target.attachedToTarget", onAttached);
  // Attaches to the workers already running too. Their announcements may come after the command
  // has returned (a run read 0 MB of workers for an app that has one), so they are waited for.
  await cdp.send("Target.setAutoAttach", {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await new Promise((resolve) => setTimeout(resolve, ANNOUNCEMENT_WAIT_MS));
  cdp.off("Target.attachedToTarget", onAttached);
  let total = 0;
  for (const sessionId of sessions) {
    await relay(cdp, sessionId, 1, "HeapProfiler.collectGarbage");
    const usage = (await relay(cdp, sessionId, 2, "Runtime.getHeapUsage")) as { usedSize: number };
    total += usage.usedSize;
  }
  return total;
}

/**
 * The heap of the page and of its workers, each after a garbage collection. A page that moves
 * its data into a worker keeps it in memory all the same, so the benchmark counts both.
 */
export async function heapAfterGc(page: Page): Promise<HeapReading> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { main: usedSize, workers: await workerHeaps(cdp) };
  } finally {
    await cdp.detach();
  }
}
