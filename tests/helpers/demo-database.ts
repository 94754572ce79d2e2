// A fresh test database with the demo organisation, users and sasaran mutu (the SOP documents
// only when asked: they take seconds to import), and session users by short name.
import type { SessionUser } from "../../lib/auth/types";
import type { DatabaseConnection } from "../../lib/db/connection";
import { seedDemoData, type SeedOptions } from "../../seeds";
import { openTestDatabase } from "./database";
import { sessionsFor } from "./users";

export async function openDemoDatabase<K extends string>(
  emails: Record<K, string>,
  options: SeedOptions = {},
): Promise<{ connection: DatabaseConnection; as: Record<K, SessionUser> }> {
  const connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { ...options, sops: options.sops ?? false });
  return { connection, as: await sessionsFor(connection.prisma, emails) };
}
