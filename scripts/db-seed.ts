// npm run db:seed: loads the demo data of seeds/ (idempotent) after applying pending migrations.
import { markSeedComplete, seedDemoData } from "../seeds";
import { describeDatabase, migrate, runScript } from "./lib/database";

await runScript(async (connection) => {
  console.log(`Basis data: ${describeDatabase(connection)}`);
  await migrate(connection);
  const report = await seedDemoData(connection.prisma);
  await markSeedComplete(connection.prisma);
  console.log(
    `Data contoh: ${report.unitsCreated} unit, ${report.usersCreated} pengguna, ${report.sopsCreated} SOP baru, ${report.sopsRevised} SOP direvisi, ${report.objectivesCreated} sasaran mutu baru, ${report.correctiveActionsCreated} temuan dengan tindakan perbaikan baru.`,
  );
});
