// The upload's PDF path, with the PDF reader replaced (its own tests cover reading): a PDF gets the
// PDF size limit, its warnings keep their page, and a PDF the reader refuses is refused with the
// reader's message while the other files of the upload still preview.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { DomainError } from "../../../lib/errors";
import { parseSopDocument } from "../../../lib/sops/import";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const reader = vi.hoisted(() => ({ calls: [] as { fileName: string; bytes: number }[] }));
vi.mock("../../../lib/sops/pdf-off-thread", () => ({
  parsePdfOffThread: async (bytes: Uint8Array, fileName: string) => {
    reader.calls.push({ fileName, bytes: bytes.byteLength });
    if (fileName.startsWith("pindaian")) throw new DomainError("INVALID", "PDF ini tidak memiliki lapisan teks (hasil pindai). Tidak ada yang diimpor.");
    const result = parseSopDocument(SOP_TEXT, { fileName });
    // What the PDF reader adds: the page of each note.
    for (const sop of result.sops) sop.warnings.push({ page: 2, line: 7, message: "Simbol langkah 2 tidak terbaca." });
    return result;
  },
}));

const { previewSopUploadAction } = await import("../../../lib/sops/actions");

const SOP_TEXT = [
  "DINAS SOSIAL",
  "SUB BAGIAN KEUANGAN",
  "",
  "Nomor SOP\t900/PDF-01/DINSOS/2026",
  "Nama SOP\tPenyetoran Uji PDF",
  "",
  "NO\tUraian Kegiatan\tPelaksana\tMutu Baku\t\t\tKETERANGAN",
  "\t\tBendahara\tKelengkapan\tWaktu (menit)\tOutput\t",
  "1\tMenyetor penerimaan ke kas daerah\tMulai\tSlip setoran\t30\tBukti setor\t",
  "",
].join("\n");

let connection: DatabaseConnection;
let kepum: string;
let keuangan: string;

function upload(name: string, size: number): FormData {
  const form = new FormData();
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  form.set("file", new File([bytes], name));
  form.set("unitId", kepum);
  return form;
}

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  kepum = await unitId(connection.prisma, "ntt.dinsos.sekretariat.kepum");
  keuangan = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
}, 120_000);
afterAll(closeTestDatabase);

describe("PDF upload", () => {
  it("reads a PDF over the text limit, matches its unit, and keeps the page of its warnings", async () => {
    session.current = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
    reader.calls = [];
    const result = await previewSopUploadAction(upload("sop-keuangan.PDF", 5 * 1024 * 1024));
    expect(reader.calls).toEqual([{ fileName: "sop-keuangan.PDF", bytes: 5 * 1024 * 1024 }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.sops).toHaveLength(1);
    expect(result.data.sops[0]).toMatchObject({ unitId: keuangan, content: { nama: "Penyetoran Uji PDF" }, outcome: { action: "create" } });
    expect(result.data.sops[0].warnings).toContainEqual({ page: 2, line: 7, message: "Simbol langkah 2 tidak terbaca." });
  });

  it("refuses a PDF over the PDF limit before reading it, and one the reader refuses with its message", async () => {
    session.current = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
    reader.calls = [];
    expect(await previewSopUploadAction(upload("besar.pdf", 20 * 1024 * 1024 + 1))).toMatchObject({ ok: false, message: "Berkas terlalu besar (maksimal 20 MB)." });
    expect(reader.calls).toEqual([]);
    expect(await previewSopUploadAction(upload("pindaian.pdf", 1000))).toMatchObject({
      ok: false, reason: "INVALID", message: "PDF ini tidak memiliki lapisan teks (hasil pindai). Tidak ada yang diimpor.",
    });
  });

  it("does not read a PDF for a user without sop.manage", async () => {
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    reader.calls = [];
    expect(await previewSopUploadAction(upload("sop-keuangan.pdf", 1000))).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(reader.calls).toEqual([]);
  });
});
