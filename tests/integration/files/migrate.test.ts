// Moving attachments written the old way (content in `Attachment.data`) into the file store:
// every row moves, the files are the same bytes, a rerun changes nothing, an interrupted run is
// finished by the next one, and a row whose content does not match its checksum stays put.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { contentKey, fileStore, type FileStore } from "../../../lib/files";
import { moveAttachmentsToFileStore } from "../../../lib/files/migrate";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { storedFiles } from "../../helpers/files";

const signedIn = vi.hoisted(() => ({ user: null as import("../../../lib/auth/types").SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));
const { GET: downloadEvidence } = await import("../../../app/(portal)/objectives/evidence/[id]/route");

const { db, as } = useDemoDatabase(demoUsers("pegawai"));
const quiet = () => {};

/** An attachment as the portal wrote them before the file store: content in the row. */
async function oldRow(text: string, sha256?: string) {
  const bytes = new TextEncoder().encode(`%PDF-1.4 ${text}`);
  const row = await db().attachment.create({
    data: {
      fileName: `${text}.pdf`, mimeType: "application/pdf", size: bytes.byteLength, data: Buffer.from(bytes),
      sha256: sha256 ?? createHash("sha256").update(bytes).digest("hex"), uploadedById: as.pegawai.id,
    },
    select: { id: true },
  });
  return { id: row.id, bytes, key: contentKey(bytes) };
}

const stillInDatabase = async () => (await db().attachment.findMany({ where: { data: { not: null } }, select: { id: true } })).map((r) => r.id).sort();

describe("moving attachments into the file store", () => {
  it("moves every row holding content, and a download then serves the same bytes from the store", async () => {
    const rows = [await oldRow("bukti sasaran mutu 1"), await oldRow("bukti sasaran mutu 2"), await oldRow("bukti sasaran mutu 3")];
    const measurement = await db().objectiveMeasurement.findFirstOrThrow({ where: { objective: { ownerId: as.pegawai.id } }, select: { id: true } });
    await db().objectiveMeasurement.update({ where: { id: measurement.id }, data: { evidenceId: rows[0].id } });

    const report = await moveAttachmentsToFileStore(db(), fileStore(), quiet);
    expect(report).toEqual({ moved: 3, mismatched: [] });
    expect(await stillInDatabase()).toEqual([]);
    for (const row of rows) expect(await fileStore().get(row.key)).toEqual(row.bytes);

    signedIn.user = as.pegawai;
    const response = await downloadEvidence(new Request("http://localhost/"), { params: Promise.resolve({ id: rows[0].id }) });
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(rows[0].bytes);
  });

  it("is idempotent: a second run moves nothing and writes nothing", async () => {
    await oldRow("dipindah sekali");
    await moveAttachmentsToFileStore(db(), fileStore(), quiet);
    const files = storedFiles();
    expect(await moveAttachmentsToFileStore(db(), fileStore(), quiet)).toEqual({ moved: 0, mismatched: [] });
    expect(storedFiles()).toEqual(files);
  });

  it("interrupted after a file was written, the next run finishes it", async () => {
    const a = await oldRow("terputus a");
    const b = await oldRow("terputus b");
    // The read-back of the second file fails, as if the process stopped there.
    const real = fileStore();
    let reads = 0;
    const failing: FileStore = Object.assign(Object.create(Object.getPrototypeOf(real)), real, {
      get: async (key: string) => {
        if (++reads === 2) throw new Error("proses berhenti");
        return real.get(key);
      },
    });
    await expect(moveAttachmentsToFileStore(db(), failing, quiet)).rejects.toThrow(/berhenti/);
    expect(await stillInDatabase()).toEqual([b.id]);
    expect(await real.exists(b.key)).toBe(true); // written, not yet recorded: not lost either way

    expect(await moveAttachmentsToFileStore(db(), real, quiet)).toEqual({ moved: 1, mismatched: [] });
    expect(await stillInDatabase()).toEqual([]);
    expect(await real.get(a.key)).toEqual(a.bytes);
    expect(await real.get(b.key)).toEqual(b.bytes);
  });

  it("leaves a row whose content does not match its checksum in the database, and says so", async () => {
    const bad = await oldRow("isi berubah", "0".repeat(64));
    const log = vi.fn();
    const report = await moveAttachmentsToFileStore(db(), fileStore(), log);
    expect(report).toEqual({ moved: 0, mismatched: [bad.id] });
    expect(await stillInDatabase()).toEqual([bad.id]);
    expect(await fileStore().exists(bad.key)).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/tidak dipindahkan/));
    await db().attachment.delete({ where: { id: bad.id } });
  });
});
