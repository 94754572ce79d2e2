import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diskStoreAt, filesBackupDir, mirrorFiles } from "./backup";

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-mutu-mirror-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const bytes = (s: string) => new TextEncoder().encode(s);

describe("mirrorFiles", () => {
  it("copies what the mirror lacks, once, and skips a corrupt source file", async () => {
    const source = diskStoreAt(temp());
    const mirror = diskStoreAt(temp());
    const a = await source.put(bytes("satu"));
    const b = await source.put(bytes("dua"));
    expect(await mirrorFiles(source, mirror)).toEqual({ copied: 2, present: 0, corrupt: [] });
    expect(await mirror.get(a.key)).toEqual(bytes("satu"));

    const c = await source.put(bytes("tiga"));
    writeFileSync(source.pathOf(c.key), "rusak");
    expect(await mirrorFiles(source, mirror)).toEqual({ copied: 0, present: 2, corrupt: [c.key] });
    expect(await mirror.exists(b.key)).toBe(true);
    expect(await mirror.exists(c.key)).toBe(false);
  });

  it("keeps the mirror beside the backup file", () => {
    expect(filesBackupDir("/srv/backup/portal-mutu-postgres-20261128-020000.dump")).toBe("/srv/backup/files");
  });
});
