// npm start: builds the portal if the build is missing or stale, migrates the database (and loads
// the demo data into an empty one), then serves http://localhost:3000. The database connection is
// opened here and shared with Next.js in this process, so PGlite is closed cleanly on Ctrl+C.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import next from "next";
import { closeDatabase, getDatabase } from "../lib/db";
import { env, reloadEnv } from "../lib/env";
import { seedIfNeeded } from "../seeds";
import { buildIsCurrent } from "./lib/build-state";
import { describeDatabase, migrate } from "./lib/database";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

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

function buildIfNeeded(): void {
  if (buildIsCurrent(root)) return;
  console.log("Membangun portal (next build)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("Build gagal.");
    process.exit(result.status ?? 1);
  }
}

async function main() {
  Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  reloadEnv();
  buildIfNeeded();

  const connection = await getDatabase();
  console.log(`Basis data: ${describeDatabase(connection)}`);
  await migrate(connection);
  const seeding = await seedIfNeeded(connection.prisma);
  if (seeding.action !== "skipped") {
    const { report } = seeding;
    console.log(
      `Data contoh ${seeding.action === "resumed" ? "dilengkapi (pemuatan sebelumnya terputus)" : "dimuat"}: ` +
        `${report.unitsCreated} unit, ${report.usersCreated} pengguna, ${report.sopsCreated} SOP, ${report.objectivesCreated} sasaran mutu.`,
    );
  }

  const { PORT } = env();
  const app = next({ dev: false, dir: root, port: PORT, hostname: "0.0.0.0" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  server.listen(PORT, () => console.log(`Portal Mutu berjalan di http://localhost:${PORT}`));

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("Menghentikan portal…");
      server.close();
      closeDatabase()
        .catch((error) => console.error("Gagal menutup basis data:", error))
        .finally(() => process.exit(0));
    });
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
