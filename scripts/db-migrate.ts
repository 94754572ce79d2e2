// npm run db:migrate: applies pending migrations of prisma/migrations to the configured database.
import { describeDatabase, migrate, runScript } from "./lib/database";

await runScript(async (connection) => {
  console.log(`Basis data: ${describeDatabase(connection)}`);
  const applied = await migrate(connection);
  console.log(applied.length ? `${applied.length} migrasi diterapkan.` : "Tidak ada migrasi tertunda.");
});
