// npm run jobs:run -- NAME [--at 2026-11-30T07:00:00+08:00]: runs one scheduled job now, by hand,
// for every agency (under the same advisory lock as the scheduler, so it never runs twice at once).
// NAME "outbox" sends the e-mail that is due. Without NAME: the list of jobs.
import { JOBS, findJob } from "../lib/jobs/registry";
import { runJob } from "../lib/jobs/runner";
import { configuredTransport, mailFrom } from "../lib/notifications/mailer";
import { deliverDue } from "../lib/notifications/outbox";
import { describeDatabase, runScript } from "./lib/database";

const [name] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const atIndex = process.argv.indexOf("--at");
const now = atIndex > 0 ? new Date(process.argv[atIndex + 1]) : new Date();

function usage(): number {
  console.log("Pemakaian: npm run jobs:run -- NAMA [--at WAKTU-ISO]\n\nTugas:");
  for (const job of JOBS) console.log(`  ${job.name.padEnd(26)} ${job.description}`);
  console.log(`  ${"outbox".padEnd(26)} Mengirim e-mail kotak keluar yang sudah waktunya.`);
  return name ? 1 : 0;
}

await runScript(async (connection) => {
  if (Number.isNaN(now.getTime())) {
    console.error("--at bukan waktu yang sah.");
    return 1;
  }
  console.log(`Basis data: ${describeDatabase(connection)}`);
  if (name === "outbox") {
    const transport = configuredTransport();
    if (!transport) {
      console.error("SMTP_URL belum diatur atau tidak sah: e-mail tetap di kotak keluar.");
      return 1;
    }
    const r = await deliverDue(connection.prisma, transport, { from: mailFrom(), limit: 500 });
    transport.close();
    console.log(`E-mail: ${r.sent} terkirim, ${r.retried} dicoba lagi nanti, ${r.failed} gagal.`);
    return 0;
  }
  const job = name ? findJob(name) : undefined;
  if (!job) return usage();
  const outcome = await runJob(connection.prisma, job, now);
  console.log(outcome.status === "done" ? `${job.name}: ${outcome.count} dikerjakan.` : `${job.name}: dilewati, ${outcome.reason}.`);
  return 0;
});
