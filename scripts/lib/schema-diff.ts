// Offline schema diffing with Prisma 6's WebAssembly schema engine (see prisma-diff.config.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");
export const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

const EMPTY_MARKER = "-- This is an empty migration.";

/** Prisma 6 insists on a datasource url that Prisma 7 forbids; the copy it reads gets a dummy one. */
function schemaCopyForPrisma6(dir: string): string {
  const source = readFileSync(schemaPath, "utf8");
  const withUrl = source.replace(
    /(datasource\s+db\s*\{[^}]*provider\s*=\s*"postgresql")/,
    `$1\n  url = "postgresql://offline@localhost/unused"`,
  );
  const copy = path.join(dir, "schema.prisma");
  writeFileSync(copy, withUrl);
  return copy;
}

export type DiffSource = "empty" | "migrations";

/** SQL that takes a database from `from` to the current schema.prisma ("" when nothing differs). */
export function diffToSchema(from: DiffSource): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-mutu-diff-"));
  try {
    const schemaCopy = schemaCopyForPrisma6(dir);
    const fromArgs =
      from === "empty" ? ["--from-empty"] : ["--from-migrations", migrationsDir];
    const cli = path.join(repoRoot, "node_modules", "prisma6", "build", "index.js");
    const result = spawnSync(
      process.execPath,
      [cli, "migrate", "diff", "--config", path.join(repoRoot, "scripts", "prisma-diff.config.ts"),
        ...fromArgs, "--to-schema-datamodel", schemaCopy, "--script"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env: {
          ...process.env,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          // Checked for existence only; the diff runs in the WebAssembly engine.
          PRISMA_QUERY_ENGINE_LIBRARY: path.join(repoRoot, "scripts", "no-schema-engine.sh"),
        },
      },
    );
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff gagal:\n${result.stderr}\n${result.stdout}`);
    }
    const sql = result.stdout.replace(/^Loaded Prisma config.*\n/m, "").trim();
    return sql === EMPTY_MARKER || sql === "" ? "" : sql + "\n";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
