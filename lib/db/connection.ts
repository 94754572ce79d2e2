// Opens the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { acquirePgliteLock } from "./pglite-lock";
import { trackTransactions } from "./transaction-hooks";
import { pgliteSession, postgresSession, type SqlSession } from "./sql";

export interface DatabaseConnection {
  kind: "pglite" | "postgres";
  /** Where the data lives, for messages (directory or host/database). */
  location: string;
  prisma: PrismaClient;
  sql: SqlSession;
  /** The embedded database itself (kind "pglite"), for backups through PGlite. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenPgliteOptions {
  /**
   * Called once the lock is held and before the database opens (a restore moves the old
   * directory aside here); may return a data directory archive (dumpDataDir) to create it from.
   */
  beforeOpen?: (dir: string) => Blob | undefined;
}

export async function openPglite(dataDir: string, options: OpenPgliteOptions = {}): Promise<DatabaseConnection> {
  const inMemory = dataDir.startsWith("memory://");
  const dir = inMemory ? dataDir : path.resolve(dataDir);
  let release = () => {};
  if (!inMemory) {
    mkdirSync(path.dirname(dir), { recursive: true });
    release = acquirePgliteLock(dir);
  }
  try {
    const loadDataDir = options.beforeOpen?.(dir);
    const pglite = await PGlite.create({ dataDir: dir, ...(loadDataDir ? { loadDataDir } : {}) });
    const prisma = trackTransactions(new PrismaClient({ adapter: new PrismaPGlite(pglite) }));
    return {
      kind: "pglite",
      location: dir,
      prisma,
      sql: pgliteSession(pglite),
      pglite,
      async close() {
        try {
          await prisma.$disconnect();
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * A pooled connection that the server closes while it sits idle (PostgreSQL restarted, an
 * administrator ended the session, a failover) makes the pool emit "error"; without a listener
 * Node.js turns that into an uncaught exception that stops the portal. The pool drops such a
 * connection and opens a new one for the next query, so a log line is all it takes.
 */
export function logPoolError(location: string): (error: Error) => void {
  return (error) => {
    console.error(`Koneksi PostgreSQL ${location} terputus (${error.message}); koneksi baru dibuka untuk kueri berikutnya.`);
  };
}

export async function openPostgres(connectionString: string): Promise<DatabaseConnection> {
  const url = new URL(connectionString);
  const location = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  const onPoolError = logPoolError(location);
  const pool = new Pool({ connectionString, max: 4 });
  pool.on("error", onPoolError);
  const prisma = trackTransactions(new PrismaClient({ adapter: new PrismaPg({ connectionString }, { onPoolError }) }));
  return {
    kind: "postgres",
    location,
    prisma,
    sql: postgresSession(pool),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function openConfiguredDatabase(): Promise<DatabaseConnection> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  return DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(PGLITE_DIR);
}
