// Generates the Prisma client offline. Prisma 7's CLI refuses to start unless a schema engine
// binary exists (it would download one); generation itself never runs it, so we point the CLI at
// a stand-in script unless the developer already has a real engine configured.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(cli)) {
  console.error("Prisma CLI tidak ditemukan: jalankan `npm install` dahulu.");
  process.exit(1);
}
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY || path.join(root, "scripts", "no-schema-engine.sh"),
};
const result = spawnSync(process.execPath, [cli, "generate", "--config", path.join(root, "prisma", "prisma.config.ts")], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
