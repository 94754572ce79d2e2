// npm run files:migrate: moves the content of attachments still kept in the database into the file
// store (FILES_DIR). `npm start` does the same before serving; safe to interrupt and run again.
import { fileStore } from "../lib/files";
import { moveAttachmentsToFileStore } from "../lib/files/migrate";
import { describeDatabase, migrate, runScript } from "./lib/database";

await runScript(async (connection) => {
  console.log(`Basis data: ${describeDatabase(connection)}`);
  await migrate(connection);
  const store = fileStore();
  const report = await moveAttachmentsToFileStore(connection.prisma, store);
  console.log(`Penyimpanan berkas: ${store.location}`);
  console.log(`${report.moved} lampiran dipindahkan dari basis data ke penyimpanan berkas.`);
  if (report.mismatched.length > 0) {
    console.error(`${report.mismatched.length} lampiran tidak dipindahkan karena isinya tidak cocok dengan checksum-nya (tetap di basis data).`);
    return 1;
  }
  return 0;
});
