// lib/files behind lib/attachments: where an upload's content goes, what a failed transaction
// leaves behind (nothing), the sweep of unreferenced files, and the download of a missing or
// corrupt file. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { deleteAttachment, storeAttachment } from "../../../lib/attachments/store";
import { CORRUPT_FILE_MESSAGE, MISSING_FILE_MESSAGE } from "../../../lib/attachments/download";
import { expectedFailure, forbidden } from "../../../lib/errors";
import { contentKey, fileStore } from "../../../lib/files";
import { fileSweepJob } from "../../../lib/files/sweep";
import { runJob } from "../../../lib/jobs/runner";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { filesDir, pdf, storedFiles } from "../../helpers/files";

const signedIn = vi.hoisted(() => ({ user: null as import("../../../lib/auth/types").SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));
const { GET: downloadEvidence } = await import("../../../app/(portal)/objectives/evidence/[id]/route");

const { db, as } = useDemoDatabase(demoUsers("manajer", "pegawai"));

const keyPath = (key: string) => path.join(key.slice(0, 2), key.slice(2, 4), key);
const DAY = 24 * 3600_000;

/** Stores a file in its own committed transaction; the attachment's id and the content's key. */
async function stored(file: ReturnType<typeof pdf>) {
  const id = await db().$transaction((tx) => storeAttachment(tx, file, as.manajer.id));
  return { id, key: contentKey(file.bytes) };
}

/** An objective evidence the pegawai may download, pointing at the attachment. */
async function linkAsEvidence(attachmentId: string): Promise<void> {
  const m = await db().objectiveMeasurement.findFirstOrThrow({ where: { objective: { ownerId: as.pegawai.id } }, select: { id: true } });
  await db().objectiveMeasurement.update({ where: { id: m.id }, data: { evidenceId: attachmentId } });
}

const download = (id: string) => downloadEvidence(new Request(`http://localhost/objectives/evidence/${id}`), { params: Promise.resolve({ id }) });

describe("an upload", () => {
  it("goes to the file store under its SHA-256; the row keeps the metadata only", async () => {
    const file = pdf("notulen rapat tinjauan");
    const { id, key } = await stored(file);
    expect(storedFiles()).toContain(keyPath(key));
    const row = await db().attachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fileName: file.name, mimeType: "application/pdf", size: file.bytes.byteLength, sha256: key, data: null });
  });

  it("of content already stored is kept once", async () => {
    const before = storedFiles();
    const file = pdf("daftar hadir");
    const first = await stored(file);
    const second = await stored({ ...file, name: "salinan.pdf" });
    expect(first.id).not.toBe(second.id);
    expect(storedFiles()).toEqual([...before, keyPath(first.key)].sort());
  });
});

describe("a transaction that fails after the file was written", () => {
  it("refused: leaves the files directory as it was, and no row", async () => {
    const before = { files: storedFiles(), rows: await db().attachment.count() };
    await expect(
      db().$transaction(async (tx) => {
        await storeAttachment(tx, pdf("ditolak setelah unggah"), as.manajer.id);
        throw forbidden("Anda tidak berwenang.");
      }),
    ).rejects.toThrow(/tidak berwenang/);
    expect({ files: storedFiles(), rows: await db().attachment.count() }).toEqual(before);
  });

  it("a unique key taken: leaves the files directory as it was", async () => {
    const taken = await db().unit.findFirstOrThrow({ select: { code: true, name: true, type: true, path: true, depth: true } });
    const before = storedFiles();
    const error = await db()
      .$transaction(async (tx) => {
        await storeAttachment(tx, pdf("kode ganda"), as.manajer.id);
        await tx.unit.create({ data: { ...taken, path: `${taken.path}x/` } });
      })
      .catch((e: unknown) => e);
    expect(expectedFailure(error)).toMatchObject({ ok: false, reason: "CONFLICT" });
    expect(storedFiles()).toEqual(before);
  });

  it("keeps content that a committed attachment still uses", async () => {
    const file = pdf("bukti bersama");
    const { key } = await stored(file);
    await expect(
      db().$transaction(async (tx) => {
        await storeAttachment(tx, file, as.manajer.id);
        throw forbidden();
      }),
    ).rejects.toThrow();
    expect(await fileStore().exists(key)).toBe(true);
  });
});

describe("deleting an attachment", () => {
  it("deletes its file once the transaction commits, unless another attachment has the same content", async () => {
    const shared = pdf("dipakai dua lampiran");
    const a = await stored(shared);
    const b = await stored({ ...shared, name: "salinan.pdf" });
    const alone = await stored(pdf("dipakai satu lampiran"));

    await expect(
      db().$transaction(async (tx) => {
        await deleteAttachment(tx, alone.id);
        throw forbidden();
      }),
    ).rejects.toThrow();
    expect(await fileStore().exists(alone.key)).toBe(true); // rolled back: row and file stay

    await db().$transaction((tx) => deleteAttachment(tx, alone.id));
    expect(await fileStore().exists(alone.key)).toBe(false);
    await db().$transaction((tx) => deleteAttachment(tx, a.id));
    expect(await fileStore().exists(b.key)).toBe(true);
    expect(await db().attachment.count({ where: { id: { in: [a.id, alone.id] } } })).toBe(0);
  });
});

describe("the sweep job", () => {
  it("removes files no attachment references after a day, and nothing else", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 2 * DAY);
    const kept = await stored(pdf("masih dipakai"));
    const orphan = await fileStore().put(new TextEncoder().encode("%PDF-1.4 yatim"));
    const freshOrphan = await fileStore().put(new TextEncoder().encode("%PDF-1.4 baru saja"));
    const store = filesDir();
    for (const key of [kept.key, orphan.key]) utimesSync(path.join(store, keyPath(key)), old, old);
    const leftover = path.join(store, path.dirname(keyPath(kept.key)), `.tmp-${kept.key}-abcdef`);
    writeFileSync(leftover, "setengah");
    utimesSync(leftover, old, old);

    const outcome = await runJob(db(), fileSweepJob, now);
    expect(outcome).toEqual({ status: "done", count: 2 });
    const files = storedFiles();
    expect(files).toContain(keyPath(kept.key));
    expect(files).toContain(keyPath(freshOrphan.key));
    expect(files).not.toContain(keyPath(orphan.key));
    expect(files.some((f) => f.includes(".tmp-"))).toBe(false);
    expect(await runJob(db(), fileSweepJob, now)).toEqual({ status: "done", count: 0 });
  });
});

describe("the download", () => {
  it("streams the stored file after the permission check", async () => {
    const file = pdf("bukti unduh");
    const { id } = await stored(file);
    await linkAsEvidence(id);
    signedIn.user = as.pegawai;
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(file.bytes);
  });

  it("of a file missing from the store: an Indonesian message, logged, no crash", async () => {
    const { id, key } = await stored(pdf("akan hilang"));
    await linkAsEvidence(id);
    await fileStore().delete(key);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    signedIn.user = as.pegawai;
    const response = await download(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: MISSING_FILE_MESSAGE });
    expect(log.mock.calls.flat().join(" ")).toContain(id);
    log.mockRestore();
  });

  it("of a file whose content changed on disk: refused with an Indonesian message, logged", async () => {
    const { id, key } = await stored(pdf("akan rusak"));
    await linkAsEvidence(id);
    writeFileSync(path.join(filesDir(), keyPath(key)), "%PDF-1.4 diubah orang");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    signedIn.user = as.pegawai;
    const response = await download(id);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: CORRUPT_FILE_MESSAGE });
    expect(log.mock.calls.flat().join(" ")).toMatch(/rusak/);
    log.mockRestore();
  });
});
