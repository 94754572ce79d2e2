import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "../../../lib/db/connection";

const base = mkdtempSync(path.join(tmpdir(), "pm-lock-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the embedded database's lock file", () => {
  it("refuses a second opener of the same data directory with a clear message", async () => {
    const dir = path.join(base, "held");
    const first = await openPglite(dir);
    try {
      await expect(openPglite(dir)).rejects.toThrow(/sedang dipakai oleh proses lain \(PID \d+\)/);
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
