import { spawn } from "node:child_process";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`)),
    );
  });
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Builds the app into `dist` and serves it with `vite preview` on `port`; resolves once it answers,
 * with a function that stops the server.
 */
export async function buildAndServe(dist: string, port: number): Promise<() => void> {
  await run("npx", ["vite", "build", "--logLevel", "error", "--outDir", dist]);
  const server = spawn(
    "npx",
    ["vite", "preview", "--outDir", dist, "--port", String(port), "--strictPort"],
    { stdio: "ignore", detached: true },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}
