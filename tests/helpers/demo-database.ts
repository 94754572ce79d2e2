// A fresh test database with the demo organisation, users and sasaran mutu (the SOP documents
// only when asked: they take seconds to import), and session users by short name.
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "../../lib/auth/types";
import type { PrismaClient } from "../../lib/db";
import type { DatabaseConnection } from "../../lib/db/connection";
import { seedDemoData, type SeedOptions } from "../../seeds";
import { closeTestDatabase, openTestDatabase } from "./database";
import { sessionsFor } from "./users";

export async function openDemoDatabase<K extends string>(
  emails: Record<K, string>,
  options: SeedOptions = {},
): Promise<{ connection: DatabaseConnection; as: Record<K, SessionUser> }> {
  const connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { ...options, sops: options.sops ?? false });
  return { connection, as: await sessionsFor(connection.prisma, emails) };
}

/** The demo accounts of seeds/users.ts by the short names the integration tests use. */
export const DEMO_USERS = {
  admin: "admin@portalmutu.go.id",
  adminBiro: "admin.biro@nttprov.go.id", // ADMIN of Biro Organisasi
  manajer: "manajer.mutu@dinsos.nttprov.go.id",
  kadis: "kadis@dinsos.nttprov.go.id",
  kabid: "kabid.dayasos@dinsos.nttprov.go.id", // AUDITEE of Bidang Dayasos
  lansia: "kaupt.lansia@dinsos.nttprov.go.id", // AUDITEE of UPTD Lansia
  pegawai: "pegawai@dinsos.nttprov.go.id",
  arsip: "arsip@dinsos.nttprov.go.id",
  auditor: "auditor@dinsos.nttprov.go.id", // home Bidang Rehsos
  auditor2: "auditor.linjamsos@dinsos.nttprov.go.id", // home Bidang Linjamsos
  biroAuditor: "auditor@biro-organisasi.nttprov.go.id",
  bpsmb: "mutu@bpsmb.kaltimprov.go.id", // manajer mutu (and pimpinan) of UPTD BPSMB in Kaltim
  kaltimAuditor: "auditor@bpsmb.kaltimprov.go.id",
  biro: "biro.organisasi@nttprov.go.id", // PIMPINAN of Biro Organisasi, PEMANTAU of the NTT province
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

/** Some of the demo accounts, e.g. demoUsers("manajer", "kadis"). */
export function demoUsers<K extends DemoUser>(...keys: K[]): Record<K, string> {
  const picked = {} as Record<K, string>;
  for (const key of keys) picked[key] = DEMO_USERS[key];
  return picked;
}

export interface DemoDatabase<K extends string> {
  /** The test database's client (after the file's beforeAll). */
  db: () => PrismaClient;
  connection: () => DatabaseConnection;
  /** The session users by short name, filled in beforeAll. */
  as: Record<K, SessionUser>;
}

/**
 * One demo database for the whole test file: opened and seeded in beforeAll, closed in afterAll.
 * Later beforeAll hooks of the file run after it (vitest runs them in order).
 */
export function useDemoDatabase<K extends string>(emails: Record<K, string>, options: SeedOptions = {}, timeout = 120_000): DemoDatabase<K> {
  let connection: DatabaseConnection | undefined;
  const as = {} as Record<K, SessionUser>;
  const open = () => {
    if (!connection) throw new Error("The demo database is opened in beforeAll.");
    return connection;
  };
  beforeAll(async () => {
    const opened = await openDemoDatabase(emails, options);
    connection = opened.connection;
    Object.assign(as, opened.as);
  }, timeout);
  afterAll(closeTestDatabase);
  return { db: () => open().prisma, connection: open, as };
}
