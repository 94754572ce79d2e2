// PostgreSQL restarting (or an administrator ending the portal's sessions) while the portal's
// pooled connections sit idle must not crash the process: the next query simply reconnects.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

const adminUrl = process.env.TEST_DATABASE_URL;
let connection: DatabaseConnection;
beforeAll(async () => {
  if (adminUrl) connection = await openTestDatabase();
});
afterAll(closeTestDatabase);

describe.skipIf(!adminUrl)("idle PostgreSQL connections ended by the server", () => {
  it("are logged and replaced, not thrown as an uncaught exception", async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // Both pools (the raw SQL session's and Prisma's) hold an idle connection.
      await connection.sql.query("SELECT 1");
      await connection.prisma.unit.count();
      const database = (await connection.sql.query<{ db: string }>("SELECT current_database() AS db"))[0].db;

      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const { rows } = await admin.query<{ ended: boolean }>(
        "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [database],
      );
      await admin.end();
      expect(rows.length).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Koneksi PostgreSQL .* terputus/)));

      expect(uncaught).toEqual([]);
      expect(await connection.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      expect(await connection.prisma.unit.count()).toBe(0);
    } finally {
      process.off("uncaughtException", onUncaught);
      logged.mockRestore();
    }
  });
});
