import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "../../../lib/db/connection";
import { processStartTime, STALE_AFTER_MS } from "../../../lib/db/pglite-lock";

const base = mkdtempSync(path.join(tmpdir(), "pm-lock-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the embedded database's lock file", () => {
  it("refuses a second opener of the same data directory with a clear message", async () => {
    const dir = path.join(base, "held");
    const first = await openPglite(dir);
    try {
      const refusal = openPglite(dir);
      await expect(refusal).rejects.toThrow(/sedang dipakai oleh proses lain \(PID \d+ di host/);
      // …and says how to recover when the operator knows better.
      await expect(openPglite(dir)).rejects.toThrow(`hapus berkas kunci "${dir}.lock"`);
    } finally {
      await first.close();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = await openPglite(dir);
    await again.close();
  });

  it("takes over a lock left behind by a process that no longer runs", async () => {
    const dir = path.join(base, "stale");
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const connection = await openPglite(dir);
    await connection.prisma.$queryRaw`SELECT 1`;
    await connection.close();
  });

  it.skipIf(!existsSync("/proc/1/stat"))("takes over a lock whose PID now belongs to another process (PID reuse in a container)", async () => {
    const dir = path.join(base, "reused");
    // PID 1 runs, but it is not the process that wrote this lock: that one started at another time.
    const startTime = processStartTime(1);
    expect(startTime).not.toBeNull();
    writeFileSync(
      `${dir}.lock`,
      JSON.stringify({ pid: 1, host: hostname(), startTime: String(Number(startTime) + 1), bootId: readBootId() }),
    );
    const connection = await openPglite(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    await connection.close();
  });

  it("takes over a lock written on another host once its heartbeat stopped (a re-created container)", async () => {
    const dir = path.join(base, "other-host");
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, host: "container-before-redeploy" }));
    const old = new Date(Date.now() - STALE_AFTER_MS - 5_000);
    utimesSync(`${dir}.lock`, old, old);
    const connection = await openPglite(dir);
    await connection.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("refuses a lock from another host that is still kept alive, naming the host", async () => {
    const dir = path.join(base, "other-host-live");
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 4242, host: "server-b" }));
    await expect(openPglite(dir)).rejects.toThrow(/PID 4242 di host "server-b"/);
    rmSync(`${dir}.lock`);
  });

  it("takes over a lock written before the machine rebooted", async () => {
    const dir = path.join(base, "rebooted");
    writeFileSync(
      `${dir}.lock`,
      JSON.stringify({ pid: process.pid, host: hostname(), startTime: processStartTime(process.pid), bootId: "another-boot" }),
    );
    const connection = await openPglite(dir);
    await connection.close();
  });

  it("keeps data across a clean close and reopen", async () => {
    const dir = path.join(base, "durable");
    const first = await openPglite(dir);
    await first.sql.exec(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('tetap')`);
    await first.close();
    const second = await openPglite(dir);
    expect(await second.sql.query(`SELECT v FROM kept`)).toEqual([{ v: "tetap" }]);
    await second.close();
  });
});

function readBootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return null;
  }
}
