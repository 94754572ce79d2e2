import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contentKey, DiskFileStore } from "./disk-store";
import { FileStoreError } from "./types";

let failRename = false;
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: (from: string, to: string) => (failRename ? Promise.reject(new Error("disk penuh")) : actual.rename(from, to)),
  };
});

const bytes = (s: string) => new TextEncoder().encode(s);
let dir: string;
let store: DiskFileStore;

/** Every file under the store, relative to it. */
function tree(): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

async function problemOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FileStoreError);
  return (error as FileStoreError).problem;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "portal-mutu-store-"));
  store = new DiskFileStore(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("DiskFileStore", () => {
  it("stores content under its SHA-256 with a two-level fan-out, nothing else left behind", async () => {
    const content = bytes("laporan capaian triwulan I");
    const key = contentKey(content);
    expect(await store.put(content)).toEqual({ key, size: content.byteLength });
    expect(tree()).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)]);
    expect(readFileSync(store.pathOf(key), "utf8")).toBe("laporan capaian triwulan I");
    expect(new TextDecoder().decode(await store.get(key))).toBe("laporan capaian triwulan I");
    expect(await store.exists(key)).toBe(true);
  });

  it("stores identical content once, and a re-put counts as a fresh write for the sweep", async () => {
    const { key } = await store.put(bytes("sama"));
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    utimesSync(store.pathOf(key), old, old);
    await store.put(bytes("sama"));
    await store.put(bytes("lain"));
    expect(tree()).toHaveLength(2);
    expect(statSync(store.pathOf(key)).mtime.getTime()).toBeGreaterThan(old.getTime());
  });

  it("detects a file whose content changed on disk, and refuses to serve it", async () => {
    const { key } = await store.put(bytes("isi asli"));
    writeFileSync(store.pathOf(key), "isi diubah");
    expect(await problemOf(store.get(key))).toBe("CORRUPT");
    expect(await problemOf(store.open(key))).toBe("CORRUPT");
  });

  it("replaces a corrupt file when the same content is uploaded again", async () => {
    const { key } = await store.put(bytes("isi asli"));
    writeFileSync(store.pathOf(key), "rusak");
    await store.put(bytes("isi asli"));
    expect(new TextDecoder().decode(await store.get(key))).toBe("isi asli");
  });

  it("streams verified content", async () => {
    const { key } = await store.put(bytes("x".repeat(200_000)));
    const { size, stream } = await store.open(key);
    expect(size).toBe(200_000);
    expect((await new Response(stream).text()).length).toBe(200_000);
  });

  it("reports a missing file as missing", async () => {
    const key = contentKey(bytes("tidak pernah disimpan"));
    expect(await problemOf(store.get(key))).toBe("MISSING");
    expect(await problemOf(store.open(key))).toBe("MISSING");
    expect(await store.exists(key)).toBe(false);
  });

  it("deletes, and deleting a missing file is no error", async () => {
    const { key } = await store.put(bytes("hapus saya"));
    await store.delete(key);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    expect(tree()).toEqual([]);
  });

  it("never takes a key that is not a SHA-256 (no path outside the store)", async () => {
    await expect(store.get("../../etc/passwd")).rejects.toThrow(/tidak sah/);
    await expect(store.delete(`${"a".repeat(62)}/..`)).rejects.toThrow(/tidak sah/);
  });

  it("lists stored files, not the leftovers of an interrupted write, and removes those once old", async () => {
    const { key } = await store.put(bytes("utuh"));
    const shard = path.dirname(store.pathOf(key));
    const fresh = path.join(shard, `.tmp-${key}-aaaaaa`);
    const stale = path.join(shard, `.tmp-${key}-bbbbbb`);
    writeFileSync(fresh, "setengah");
    writeFileSync(stale, "setengah");
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    utimesSync(stale, old, old);
    const listed: string[] = [];
    for await (const file of store.list()) listed.push(file.key);
    expect(listed).toEqual([key]);
    expect(await store.removeIncomplete(new Date(Date.now() - 24 * 3600_000))).toBe(1);
    expect(tree().map((f) => path.basename(f)).sort()).toEqual([key, path.basename(fresh)].sort());
  });

  it("writes whole files only: a write that fails before its rename leaves nothing under the key and no temporary file", async () => {
    await store.put(bytes("pembuka"));
    const before = tree();
    failRename = true;
    try {
      await expect(store.put(bytes("terputus"))).rejects.toThrow(/disk penuh/);
    } finally {
      failRename = false;
    }
    expect(await store.exists(contentKey(bytes("terputus")))).toBe(false);
    expect(tree()).toEqual(before);
  });
});
