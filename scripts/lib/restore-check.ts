// What a restore must prove: the schema is current, the records are there and the change
// history's hash chain is intact.
import { verifyActivityChain, type ChainReport } from "../../lib/activity/verify";
import type { DatabaseConnection } from "../../lib/db/connection";
import { applyMigrations } from "../../lib/db/migrate";

export interface DatabaseCheck {
  /** Migrations the backup was missing (it came from an older version), now applied. */
  migrated: string[];
  counts: { units: number; users: number; sops: number; objectives: number; activity: number };
  chain: ChainReport;
}

/** With migrate (after a restore), migrations missing from the backup are applied first. */
export async function checkDatabase(connection: DatabaseConnection, options: { migrate: boolean }): Promise<DatabaseCheck> {
  const migrated = options.migrate ? await applyMigrations(connection.sql) : [];
  const db = connection.prisma;
  const counts = {
    units: await db.unit.count(),
    users: await db.user.count(),
    sops: await db.sop.count(),
    objectives: await db.qualityObjective.count(),
    activity: await db.activity.count(),
  };
  return { migrated, counts, chain: await verifyActivityChain(db) };
}

export function describeCheck(check: DatabaseCheck): string[] {
  const { counts, chain } = check;
  const lines = [
    `Isi: ${counts.units} unit, ${counts.users} pengguna, ${counts.sops} SOP, ${counts.objectives} sasaran mutu, ${counts.activity} baris riwayat.`,
  ];
  if (check.migrated.length) lines.push(`Migrasi yang belum ada di cadangan diterapkan: ${check.migrated.join(", ")}.`);
  lines.push(
    chain.ok
      ? `Rantai riwayat utuh: ${chain.checked} baris diperiksa.`
      : `Rantai riwayat RUSAK pada baris Activity id=${chain.firstBadId}: ${chain.problem}. ${chain.checked} baris sebelumnya utuh.`,
  );
  return lines;
}

/** The end of a backup or restore script: report the chain check, close, exit 1 on a broken chain. */
export async function finishWithCheck(connection: DatabaseConnection, migrate: boolean): Promise<number> {
  const check = await checkDatabase(connection, { migrate });
  for (const line of describeCheck(check)) (check.chain.ok ? console.log : console.error)(line);
  return check.chain.ok ? 0 : 1;
}

/** Runs a script's main and exits with its code; an error is printed as a message, not a stack. */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
