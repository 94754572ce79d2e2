// `npm start` stops as a whole and closes the embedded database, whichever process of the chain
// (npm, or the server process it runs) receives SIGTERM or SIGINT, as systemd, Docker, pm2 and
// Ctrl+C send them. The start is run exactly as an operator runs it, through npm; the signal
// arrives while the database is open (before the server would listen, so no build is needed).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const base = mkdtempSync(path.join(tmpdir(), "pm-start-"));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid!, "SIGKILL"); // only if a test failed and left its group behind
    } catch {
      // already gone
    }
  }
  rmSync(base, { recursive: true, force: true });
});

function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const visit = (p: number) => {
    for (const [child, parent] of parents) if (parent === p) found.push(child), visit(child);
  };
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
};

async function until(what: string, check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startPortal(name: string) {
  const dataDir = path.join(base, name);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: dataDir,
    FILES_DIR: `${dataDir}-files`,
    PORT: String(40000 + Math.floor(Math.random() * 20000)),
    AUTH_SECRET: "test-secret-for-start-stop-0123456789",
  };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const npm = spawn("npm", ["start", "--", "--no-build"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(npm);
  let output = "";
  npm.stdout!.on("data", (chunk) => (output += chunk));
  npm.stderr!.on("data", (chunk) => (output += chunk));
  await until("the database to open", () => output.includes("Basis data:") && existsSync(`${dataDir}.lock`), 45_000);
  const chain = [npm.pid!, ...descendants(npm.pid!)];
  return { npm, chain, lockFile: `${dataDir}.lock`, output: () => output };
}

describe("stopping npm start", () => {
  it("SIGTERM to npm stops every process and removes the database lock", async () => {
    const portal = await startPortal("term-npm");
    expect(portal.chain.length).toBeGreaterThanOrEqual(2); // npm and the server process at least
    process.kill(portal.npm.pid!, "SIGTERM");
    await until("every process to exit", () => portal.chain.every((pid) => !alive(pid)), 20_000);
    expect(existsSync(portal.lockFile)).toBe(false);
    expect(portal.output()).toContain("Menghentikan portal (SIGTERM)");
  });

  it("SIGINT to the server process stops npm too and removes the database lock", async () => {
    const portal = await startPortal("int-server");
    const server = portal.chain.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.ts"));
    expect(server).toBeDefined();
    process.kill(server!, "SIGINT");
    await until("every process to exit", () => portal.chain.every((pid) => !alive(pid)), 20_000);
    expect(existsSync(portal.lockFile)).toBe(false);
  });

  it("Ctrl+C (SIGINT to the whole process group, forwarded by npm as well) closes the database cleanly", async () => {
    const portal = await startPortal("ctrl-c");
    process.kill(-portal.npm.pid!, "SIGINT");
    await until("every process to exit", () => portal.chain.every((pid) => !alive(pid)), 20_000);
    expect(existsSync(portal.lockFile)).toBe(false);
    expect(portal.output()).toContain("Menghentikan portal (SIGINT)");
    expect(portal.output()).not.toContain("dihentikan paksa");
  });

  it("the server process stops when npm is killed outright (SIGKILL cannot be forwarded)", async () => {
    const portal = await startPortal("kill-npm");
    process.kill(portal.npm.pid!, "SIGKILL");
    await until("every process to exit", () => portal.chain.every((pid) => !alive(pid)), 20_000);
    expect(existsSync(portal.lockFile)).toBe(false);
  });
});
