// npm run audit:verify: walks the change-history hash chain and names the first tampered row.
import { verifyActivityChain } from "../lib/activity/verify";
import { describeDatabase, runScript } from "./lib/database";

await runScript(async (connection) => {
  console.log(`Basis data: ${describeDatabase(connection)}`);
  const report = await verifyActivityChain(connection.prisma);
  if (report.ok) {
    console.log(`Rantai riwayat utuh: ${report.checked} baris diperiksa.`);
    return 0;
  }
  console.error(
    `Rantai riwayat RUSAK pada baris Activity id=${report.firstBadId}: ${report.problem}. ` +
      `${report.checked} baris sebelumnya utuh.`,
  );
  return 1;
});
