// A raw SQL session over either driver, for the migration runner and test setup.
// Prisma's adapters send one prepared statement at a time; migrations need whole scripts.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Pool } from "pg";

export interface SqlSession {
  /** Runs a script that may hold several statements. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn in one transaction: all of it is committed, or none of it. */
  transaction<R>(fn: (tx: SqlSession) => Promise<R>): Promise<R>;
}

function pgliteQueries(conn: PGlite | Transaction): Omit<SqlSession, "transaction"> {
  return {
    async exec(sql) {
      await conn.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await conn.query<T>(sql, params);
      return result.rows;
    },
  };
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    ...pgliteQueries(pglite),
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          ...pgliteQueries(tx),
          transaction: () => Promise.reject(new Error("Transaksi bersarang tidak didukung")),
        }),
      ),
  };
}

export function postgresSession(pool: Pool): SqlSession {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      // A connection lost while checked out reports on the client, not the pool (see openPostgres).
      const onError = () => {};
      client.on("error", onError);
      const tx: SqlSession = {
        async exec(sql) {
          await client.query(sql);
        },
        async query<T>(sql: string, params: unknown[] = []) {
          return (await client.query(sql, params)).rows as T[];
        },
        transaction: () => Promise.reject(new Error("Transaksi bersarang tidak didukung")),
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.removeListener("error", onError);
        client.release();
      }
    },
  };
}
