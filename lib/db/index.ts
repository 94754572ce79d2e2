// The one Prisma client of the process. Server code calls `getDb()`; the connection opens on first
// use and is shared through globalThis, so Next.js bundles, scripts and the custom server that
// live in one process use one PGlite instance (which accepts a single connection).
import type { PrismaClient } from "./generated/client";
import { openConfiguredDatabase, type DatabaseConnection } from "./connection";

export type { PrismaClient } from "./generated/client";
export { Prisma } from "./generated/client";
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const KEY = Symbol.for("portal-mutu.database");
type Holder = { connection?: DatabaseConnection; opening?: Promise<DatabaseConnection>; closing?: Promise<void> };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as Holder;

/** Installs an already opened connection (the start script and the tests do this). */
export function installDatabase(connection: DatabaseConnection): void {
  holder.connection = connection;
  holder.opening = undefined;
}

export async function getDatabase(): Promise<DatabaseConnection> {
  if (holder.connection) return holder.connection;
  holder.opening ??= openConfiguredDatabase().then((connection) => {
    holder.connection = connection;
    registerShutdown(connection);
    return connection;
  });
  return holder.opening;
}

/** Closes the connection; concurrent callers (signal handlers) all wait for the same close. */
export async function closeDatabase(): Promise<void> {
  // A stop that arrives while the database is still opening closes it once it is open.
  if (!holder.connection && holder.opening) await holder.opening.catch(() => {});
  const connection = holder.connection;
  if (connection) {
    holder.connection = undefined;
    holder.opening = undefined;
    holder.closing = connection.close().finally(() => {
      holder.closing = undefined;
    });
  }
  await holder.closing;
}

let shutdownRegistered = false;

/**
 * The caller stops the process itself (the start script closes the HTTP server first and the
 * database after it): getDatabase() then registers no signal handlers of its own.
 */
export function handleShutdownInCaller(): void {
  shutdownRegistered = true;
}

/** PGlite loses data when killed mid-write: close it cleanly on SIGINT/SIGTERM. */
export function registerShutdown(connection: DatabaseConnection): void {
  if (shutdownRegistered || connection.kind !== "pglite") return;
  shutdownRegistered = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      closeDatabase()
        .catch((error) => console.error("Gagal menutup basis data:", error))
        .finally(() => process.exit(0));
    });
  }
}

/** The Prisma client, opening the configured database on first use. */
export async function getDb(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
