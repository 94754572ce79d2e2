// Prisma 7 CLI configuration: used only by `prisma generate` (see scripts/prisma-generate.mjs).
// Migrations are applied by our own runner (lib/db/migrate.ts) and generated offline
// by scripts/db-migration-new.ts, so no native schema engine is ever needed.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
});
