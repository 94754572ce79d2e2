// The test file's store (FILES_DIR, a temporary directory per test file: tests/helpers/database.ts).
import { existsSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { env } from "../../lib/env";

export function filesDir(): string {
  return path.resolve(env().FILES_DIR);
}

/** Every file in the store, temporary ones included, as sorted paths relative to it. */
export function storedFiles(): string[] {
  const dir = filesDir();
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

export const pdf = (text: string) => ({ name: `${text.replace(/\W+/g, "-")}.pdf`, type: "application/pdf", bytes: new TextEncoder().encode(`%PDF-1.4 ${text}`) });
