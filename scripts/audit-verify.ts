// npm run audit:verify: walks the change-history hash chain, names the first tampered row, holds
// the chain against the newest signed checkpoint (rows removed from the end), and on success
// writes and prints a new checkpoint of the head.
import { checkpointFile, writeCheckpoint } from "../lib/activity/checkpoint";
import { verifyActivityChain } from "../lib/activity/verify";
import { describeDatabase, runScript } from "./lib/database";

await runScript(async (connection) => {
  console.log(`Basis data: ${describeDatabase(connection)}`);
  console.log(`Berkas checkpoint: ${checkpointFile()}`);
  const report = await verifyActivityChain(connection.prisma);
  if (!report.ok) {
    const where = report.firstBadId === null ? "" : ` pada baris Activity id=${report.firstBadId}`;
    console.error(`Rantai riwayat RUSAK${where}: ${report.problem}. ${report.checked} baris sebelumnya utuh.`);
    return 1;
  }
  console.log(`Rantai riwayat utuh: ${report.checked} baris diperiksa (${report.keyed} dengan hash berkunci).`);
  if (report.checkpoint) {
    console.log(`Cocok dengan checkpoint ${report.checkpoint.at}: ${report.checkpoint.count} baris, id terakhir ${report.checkpoint.lastId}.`);
  } else {
    console.log("Belum ada checkpoint sebelumnya.");
  }
  const written = await writeCheckpoint(connection.prisma);
  if (written) {
    console.log(`Checkpoint baru ${written.at}: ${written.count} baris, id terakhir ${written.lastId}, hash ${written.hash}, tanda tangan ${written.signature}`);
  }
  return 0;
});
