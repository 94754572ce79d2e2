/**
 * Locates the source documents (converted SOP collections) for tests and scripts without any
 * environment variable: `seeds/sop/` in the repository first, then `../shared/seeds/`.
 * Node-only (uses the file system); not exported from index.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SEED_FILES = {
  dinsosNtt: "001_2f7c299d877247fc.txt",
  biroOrganisasiNtt: "002_9caee23068c840a2.txt",
  bpsmbKaltim: "003_a6320db0dd9891d3.txt",
  juknisBkd: "004_8269b697e2dcb904.txt",
} as const;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function seedDirs(root = repoRoot): string[] {
  return [path.join(root, "seeds", "sop"), path.resolve(root, "..", "shared", "seeds")];
}

/** Absolute path of a seed file; throws with the searched folders when it is nowhere. */
export function seedPath(name: string, root = repoRoot): string {
  const dirs = seedDirs(root);
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`Berkas seed ${name} tidak ditemukan di ${dirs.join(" atau ")}`);
}

export function readSeed(name: string, root = repoRoot): string {
  return readFileSync(seedPath(name, root), "utf8");
}
