// The job runner inside the server process (`npm start`, never during a build or in tests): every
// day at each job's hour in each Indonesian time zone, the jobs of that hour run in registry order
// for the agencies of that zone; the outbox worker sends due e-mail every 15 seconds when SMTP is
// configured. croner's `protect` keeps a run from overlapping the previous one.
import { Cron } from "croner";
import type { PrismaClient } from "../db";
import { configuredTransport, mailFrom } from "../notifications/mailer";
import { deliverDue } from "../notifications/outbox";
import { TIME_ZONES } from "../org/time-zones";
import { JOBS } from "./registry";
import { runJob } from "./runner";

type Log = Pick<Console, "log" | "error">;

export function startScheduler(db: PrismaClient, log: Log = console): { stop(): void } {
  const crons: Cron[] = [];
  const hours = [...new Set(JOBS.map((job) => job.hour()))];
  for (const hour of hours) {
    const jobs = JOBS.filter((job) => job.hour() === hour);
    for (const zone of TIME_ZONES) {
      crons.push(
        new Cron(`0 ${hour} * * *`, { timezone: zone, protect: true, name: `jobs-${hour}-${zone}` }, async () => {
          for (const job of jobs) {
            try {
              const outcome = await runJob(db, job, new Date(), { timeZones: [zone] });
              log.log(`Tugas ${job.name} (${zone}): ${outcome.status === "done" ? `${outcome.count} dikerjakan` : `dilewati, ${outcome.reason}`}.`);
            } catch (error) {
              log.error(`Tugas ${job.name} (${zone}) gagal:`, error);
            }
          }
        }),
      );
    }
  }
  const transport = configuredTransport();
  if (transport) {
    crons.push(
      new Cron("*/15 * * * * *", { protect: true, name: "outbox" }, async () => {
        try {
          for (;;) {
            const r = await deliverDue(db, transport, { from: mailFrom() });
            if (r.sent + r.retried + r.failed > 0) log.log(`E-mail: ${r.sent} terkirim, ${r.retried} dicoba lagi nanti, ${r.failed} gagal.`);
            if (r.sent + r.retried + r.failed === 0) break;
          }
        } catch (error) {
          log.error("Pengiriman e-mail gagal:", error);
        }
      }),
    );
  }
  return {
    stop() {
      for (const cron of crons) cron.stop();
      transport?.close();
    },
  };
}
