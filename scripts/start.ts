// npm start: builds the portal if the build is missing or stale, migrates the database (and loads
// the demo data into an empty one), then serves http://localhost:3000. The database connection is
// opened here and shared with Next.js in this process.
//
// Stopping: `npm start` runs `exec node --import tsx scripts/start.ts`: no tsx wrapper process,
// and the shell npm runs scripts in replaces itself with node, so npm forwards SIGTERM/SIGINT
// straight to this process; systemd, Docker or pm2 reach it the same way. Should a wrapper die
// without passing a signal on, this process notices that its parent changed and stops too.
// From the first signal on, no further step starts: a running build is stopped with the same
// signal, the HTTP server stops accepting and finishes its requests, and the database is closed
// (PGlite's lock file removed) before the process exits. A second signal (later than the copy a
// terminal's Ctrl+C delivers through npm), or a close that takes longer than STOP_TIMEOUT_MS,
// exits at once.
//
// `npm start -- --no-build` serves the existing build without checking its age (for images that
// run `npm run build` when they are built).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildIsCurrent } from "./lib/build-state";

// Only Node's own modules are imported statically, so that the signal handlers below are in place
// before the seconds it takes to load Next.js, Prisma and PGlite; those are imported in main().
type DbModule = typeof import("../lib/db");
let db: DbModule | null = null;

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const STOP_TIMEOUT_MS = 10_000;

let stopping = false;
let build: ChildProcess | null = null;
let server: Server | null = null;
let scheduler: { stop(): void } | null = null;

function closeServer(): Promise<void> {
  const current = server;
  if (!current?.listening) return Promise.resolve();
  return new Promise((resolve) => {
    current.close(() => resolve());
    current.closeIdleConnections();
    // Keep-alive connections still busy after a few seconds are cut.
    setTimeout(() => current.closeAllConnections(), STOP_TIMEOUT_MS / 2).unref();
  });
}

function stop(reason: string, signal: NodeJS.Signals = "SIGTERM", exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  console.log(`Menghentikan portal (${reason})…`);
  build?.kill(signal);
  scheduler?.stop();
  setTimeout(() => {
    console.error(`Portal belum berhenti setelah ${STOP_TIMEOUT_MS / 1000} detik: dihentikan paksa.`);
    process.exit(1);
  }, STOP_TIMEOUT_MS).unref();
  closeServer()
    .then(() => db?.closeDatabase())
    .then(
      () => process.exit(exitCode),
      (error) => {
        console.error("Gagal menutup basis data:", error);
        process.exit(1);
      },
    );
}

// Ctrl+C in a terminal signals the whole process group, and npm forwards its copy too: this
// process receives the same SIGINT twice at once. Only a repeat that comes later forces the exit.
const REPEAT_FORCES_AFTER_MS = 2_000;
let firstSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (!stopping) {
      firstSignalAt = Date.now();
      stop(signal, signal);
    } else if (firstSignalAt && Date.now() - firstSignalAt > REPEAT_FORCES_AFTER_MS) {
      console.error(`${signal} lagi: portal dihentikan paksa.`);
      process.exit(1);
    }
  });
}

// A bug that escapes every handler still closes the database (and its lock) before exiting.
process.on("uncaughtException", (error) => {
  console.error("Kesalahan tak tertangani:", error);
  if (stopping) process.exitCode = 1;
  else stop("kesalahan tak tertangani", "SIGTERM", 1);
});

// A wrapper that dies without passing its signal on (a shell between npm and node that does not
// exec, a supervisor killed with SIGKILL) leaves this process orphaned: stop with it.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) stop(`proses induk ${parentPid} berhenti`);
}, 500).unref();

/** A session secret kept in .data/ so that sign-ins survive restarts without any setup. */
function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** Runs `next build` when needed; false when the start was stopped meanwhile. */
async function buildIfNeeded(): Promise<boolean> {
  if (process.argv.includes("--no-build") || buildIsCurrent(root)) return true;
  console.log("Membangun portal (next build)…");
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  build = child;
  const code = await new Promise<number | null>((resolve) => child.on("exit", (status) => resolve(status)));
  build = null;
  if (stopping) return false;
  if (code !== 0) {
    console.error("Build gagal.");
    process.exit(code ?? 1);
  }
  return true;
}

async function main() {
  Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  const { env, reloadEnv } = await import("../lib/env");
  reloadEnv();
  env(); // an invalid configuration stops here, before a build
  if (!(await buildIfNeeded())) return;

  const loaded = await import("../lib/db");
  loaded.handleShutdownInCaller();
  db = loaded;
  const { seedIfNeeded } = await import("../seeds");
  const { describeDatabase, migrate } = await import("./lib/database");
  if (stopping) return;

  const connection = await db.getDatabase();
  if (stopping) return;
  console.log(`Basis data: ${describeDatabase(connection)}`);
  await migrate(connection);
  if (stopping) return;
  await moveFilesToStore(connection.prisma);
  if (stopping) return;
  const seeding = await seedIfNeeded(connection.prisma);
  if (seeding.action !== "skipped") {
    const { report } = seeding;
    console.log(
      `Data contoh ${seeding.action === "resumed" ? "dilengkapi (pemuatan sebelumnya terputus)" : "dimuat"}: ` +
        `${report.unitsCreated} unit, ${report.usersCreated} pengguna, ${report.sopsCreated} SOP, ${report.objectivesCreated} sasaran mutu, ${report.correctiveActionsCreated} temuan dengan tindakan perbaikan.`,
    );
  }
  if (stopping) return;

  const { PORT } = env();
  const { default: next } = await import("next");
  if (stopping) return;
  const app = next({ dev: false, dir: root, port: PORT, hostname: "0.0.0.0" });
  const handle = app.getRequestHandler();
  await app.prepare();
  if (stopping) return;
  server = createServer((req, res) => void handle(req, res));
  server.listen(PORT, () => console.log(`Portal Mutu berjalan di http://localhost:${PORT}`));
  await startJobs(connection.prisma);
}

/** Attachments still kept in the database (written before lib/files) move to the file store. */
async function moveFilesToStore(prisma: import("../lib/db").PrismaClient): Promise<void> {
  const { fileStore } = await import("../lib/files");
  const { moveAttachmentsToFileStore } = await import("../lib/files/migrate");
  const report = await moveAttachmentsToFileStore(prisma, fileStore());
  if (report.moved > 0) console.log(`${report.moved} lampiran dipindahkan ke penyimpanan berkas ${fileStore().location}.`);
}

/**
 * The scheduled reminders and the e-mail worker. A wrong SMTP_URL or an unreachable server is
 * reported in one line and the portal keeps serving (e-mail waits in the outbox).
 */
async function startJobs(prisma: import("../lib/db").PrismaClient): Promise<void> {
  const { env } = await import("../lib/env");
  const { checkSmtp } = await import("../lib/notifications/mailer");
  const smtp = await checkSmtp(env().SMTP_URL);
  (smtp.ok ? console.log : console.error)(smtp.message);
  if (stopping || !env().JOBS_ENABLED) return;
  const { startScheduler } = await import("../lib/jobs/scheduler");
  scheduler = startScheduler(prisma);
  console.log(`Pengingat terjadwal berjalan setiap hari pukul ${String(env().REMINDER_HOUR).padStart(2, "0")}.00 waktu setempat tiap Perangkat Daerah.`);
}

main().catch(async (error) => {
  // While stopping, a step cut short by the closing database fails; stop() ends the process.
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  await db?.closeDatabase().catch(() => {});
  process.exit(1);
});
