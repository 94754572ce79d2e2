// Starts the portal's production server (`npm start -- --no-build`, the same entry users run) for
// the bench on its own port and environment, waits until it answers, and reads its resident memory.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..", "..");

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  /** Resident memory of the server process, in MiB (Linux /proc). */
  rssMiB(): number;
  /** Everything the server printed so far (for a failed start). */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  /** Added to the environment; DATABASE_URL unset or "" means PGlite (set PGLITE_DIR then). */
  env: Record<string, string | undefined>;
  readyTimeoutMs?: number;
  /** Extra node flags (e.g. --cpu-prof for a profile of the server under load). */
  nodeArgs?: string[];
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JOBS_ENABLED: "false",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
    PORT: String(options.port),
    NEXTAUTH_URL: `http://localhost:${options.port}`,
  };
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", "scripts/start.ts", "--no-build"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server on port ${options.port} exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/login`, { redirect: "manual" });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Server on port ${options.port} did not answer in time:\n${log}`);
    }
    await sleep(250);
  }
  const pid = child.pid!;
  return {
    url,
    port: options.port,
    pid,
    rssMiB: () => residentMiB(pid),
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}

export function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
