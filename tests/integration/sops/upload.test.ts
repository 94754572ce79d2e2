// Uploading SOP AP documents and revising an SOP, through the server actions the browser calls.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import type { SopContent } from "../../../lib/sops/content";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { confirmedImport, keuanganSopText, uploadForm } from "../../helpers/sop-upload";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { previewSopUploadAction, importSopUploadAction, reviseSopAction } = await import("../../../lib/sops/actions");
type FilePreview = import("../../../lib/sops/upload").FilePreview;
const { listImportTargets } = await import("../../../lib/sops/import-targets-data");

let connection: DatabaseConnection;
let keuanganId: string;
const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";

async function previewOf(name: string, content: string): Promise<FilePreview> {
  const result = await previewSopUploadAction(uploadForm(name, content, keuanganId));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

async function counts() {
  const db = connection.prisma;
  return {
    sops: await db.sop.count(),
    revisions: await db.sopRevision.count(),
    documents: await db.controlledDocument.count(),
    activity: await db.activity.count(),
  };
}

async function theSop() {
  return connection.prisma.sop.findFirst({
    where: { unitId: keuanganId, title: "Verifikasi Laporan Sasaran Mutu Keuangan" },
    select: { id: true, version: true, currentRevisionNo: true, stepCount: true, totalMinutes: true },
  });
}

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
  keuanganId = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
});
afterAll(closeTestDatabase);

describe("SOP upload", () => {
  it("offers the manajer mutu the active units of their agency", async () => {
    const targets = await listImportTargets(await sessionFor(connection.prisma, MANAJER));
    expect(targets[0]).toMatchObject({ name: "Dinas Sosial Provinsi Nusa Tenggara Timur", depth: 0 });
    expect(targets.find((t) => t.id === keuanganId)?.label).toBe("— — Sub Bagian Keuangan");
    const pegawai = await listImportTargets(await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id"));
    expect(pegawai).toEqual([]);
  });

  it("previews a file without writing anything", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const before = await counts();
    const result = await previewSopUploadAction(uploadForm("verifikasi.txt", keuanganSopText(), keuanganId));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fileName).toBe("verifikasi.txt");
    expect(result.data.sops).toHaveLength(1);
    // The unit comes from the organisation lines, which the preview names.
    expect(result.data.sops[0]).toMatchObject({
      fileName: "verifikasi.txt", unitId: keuanganId, outcome: { action: "create", nextRevisionNo: 1 },
      match: { unitId: keuanganId, unitName: "Sub Bagian Keuangan", lines: ["SUB BAGIAN KEUANGAN"], outsideScope: false },
    });
    // The parsed content travels with the preview, which shows it in the official layout.
    expect(result.data.sops[0].content).toMatchObject({
      nama: "Verifikasi Laporan Sasaran Mutu Keuangan", nomor: "900/UJI-01/DINSOS/2026",
      actors: ["Bendahara", "Kasubag Keuangan", "Sekretaris"], steps: [{ no: 1 }, { no: 2 }, { no: 3 }],
    });
    expect(await counts()).toEqual(before);
    expect(await theSop()).toBeNull();
  });

  it("imports the previewed file as revision 1 with an activity row, and registers it as a PROSEDUR in force", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const before = await counts();
    const result = await importSopUploadAction(confirmedImport(await previewOf("verifikasi.txt", keuanganSopText())));
    expect(result).toMatchObject({ ok: true, data: { created: 1, revised: 0, unchanged: 0, skipped: 0 } });
    const sop = await theSop();
    expect(sop).toMatchObject({ currentRevisionNo: 1, stepCount: 3, totalMinutes: 150 });
    if (!result.ok || !sop) return;
    expect(result.data.sopIds).toEqual([sop.id]);
    const revision = await connection.prisma.sopRevision.findUniqueOrThrow({ where: { sopId_revisionNo: { sopId: sop.id, revisionNo: 1 } } });
    expect(revision).toMatchObject({ source: "import", sourceName: "verifikasi.txt", createdBy: session.current.name });
    const activity = await connection.prisma.activity.findMany({ where: { entity: "sop", entityId: sop.id } });
    expect(activity).toHaveLength(1);
    expect(activity[0]).toMatchObject({ action: "create", actorId: session.current.id });
    const document = await connection.prisma.controlledDocument.findUniqueOrThrow({ where: { sopId: sop.id }, include: { revisions: true } });
    expect(document).toMatchObject({ type: "PROSEDUR", code: "900/UJI-01/DINSOS/2026", access: "BEBAS", unitId: keuanganId, currentRevisionNo: 1 });
    expect(document.revisions).toMatchObject([{ revisionNo: 1, status: "BERLAKU", text: null, sopContent: null, changeReason: "Impor dari verifikasi.txt" }]);
    // One row for the SOP, one for its document.
    expect(await counts()).toEqual({ sops: before.sops + 1, revisions: before.revisions + 1, documents: before.documents + 1, activity: before.activity + 2 });
  });

  it("changes nothing when the same file is imported again", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const preview = await previewOf("verifikasi.txt", keuanganSopText());
    expect(preview.sops[0].outcome.action).toBe("unchanged");
    const before = await counts();
    const sop = await theSop();
    const result = await importSopUploadAction(confirmedImport(preview));
    expect(result).toEqual({ ok: true, data: { created: 0, revised: 0, unchanged: 1, skipped: 0, sopIds: [sop!.id], sops: [{ index: 0, id: sop!.id, action: "unchanged" }] } });
    expect(await counts()).toEqual(before);
    expect((await theSop())?.currentRevisionNo).toBe(1);
  });

  it("records a changed file as revision 2", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const preview = await previewOf("verifikasi-rev.txt", keuanganSopText("45"));
    expect(preview.sops[0].outcome).toMatchObject({ action: "revise", nextRevisionNo: 2 });
    const result = await importSopUploadAction(confirmedImport(preview));
    expect(result).toMatchObject({ ok: true, data: { created: 0, revised: 1, unchanged: 0 } });
    const sop = await theSop();
    expect(sop).toMatchObject({ currentRevisionNo: 2, totalMinutes: 165 });
    const activity = await connection.prisma.activity.findMany({ where: { entity: "sop", entityId: sop!.id }, orderBy: { id: "asc" } });
    expect(activity.map((a) => a.action)).toEqual(["create", "revise"]);
    // The agency's signed document takes effect at once in the register: revision 1 is obsolete.
    const revisions = await connection.prisma.documentRevision.findMany({ where: { document: { sopId: sop!.id } }, orderBy: { revisionNo: "asc" } });
    expect(revisions.map((r) => [r.revisionNo, r.status])).toEqual([[1, "KADALUARSA"], [2, "BERLAKU"]]);
    expect(revisions[0].obsoleteAt).toEqual(revisions[1].effectiveAt);
    expect(await connection.prisma.controlledDocument.findUniqueOrThrow({ where: { sopId: sop!.id } })).toMatchObject({ currentRevisionNo: 2 });
  });

  describe("refuses a file it cannot import, with an Indonesian message, and imports nothing", () => {
    const cases: [string, () => FormData, string][] = [
      ["a file of another type", () => uploadForm("sop.xlsx", "PK isi", keuanganId), "Jenis berkas .xlsx tidak didukung. Unggah berkas .txt, .md, .html, .docx atau .pdf."],
      ["an empty file", () => uploadForm("kosong.txt", "", keuanganId), "Berkas kosong."],
      ["a 3 MB file", () => uploadForm("besar.txt", "A".repeat(3 * 1024 * 1024), keuanganId), "Berkas terlalu besar (maksimal 2 MB)."],
      [
        "a file with no SOP",
        () => uploadForm("catatan.txt", "Notulen rapat koordinasi\nTidak ada prosedur di sini.\n", keuanganId),
        'Berkas catatan.txt tidak memuat SOP AP (tidak ada "Nomor SOP" atau "Nama/Judul SOP"). Tidak ada yang diimpor.',
      ],
    ];
    it.each(cases)("%s", async (_name, form, message) => {
      session.current = await sessionFor(connection.prisma, MANAJER);
      const before = await counts();
      const result = await previewSopUploadAction(form());
      expect(result).toMatchObject({ ok: false, message });
      expect(await counts()).toEqual(before);
    });

    it("a confirmation with no SOP, or an SOP whose content is invalid", async () => {
      session.current = await sessionFor(connection.prisma, MANAJER);
      const before = await counts();
      expect(await importSopUploadAction({ sops: [] })).toMatchObject({ ok: false, reason: "INVALID" });
      const [sop] = confirmedImport(await previewOf("verifikasi.txt", keuanganSopText("50"))).sops;
      const unknownActor = { ...sop.content, steps: sop.content.steps.map((s) => ({ ...s, actor: "Penyusup" })) };
      const result = await importSopUploadAction({ sops: [{ ...sop, content: unknownActor }] });
      expect(result).toMatchObject({ ok: false, reason: "INVALID", fieldErrors: { "sops.0.content.steps.0.actor": ["Pilih salah satu pelaksana SOP ini."] } });
      expect(await counts()).toEqual(before);
    });
  });

  it("refuses a PEGAWAI", async () => {
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const before = await counts();
    const preview = await previewSopUploadAction(uploadForm("lain.txt", keuanganSopText("90"), keuanganId));
    expect(preview).toMatchObject({ ok: false, reason: "FORBIDDEN", message: "Anda tidak berwenang melakukan tindakan ini." });
    session.current = await sessionFor(connection.prisma, MANAJER);
    const sops = confirmedImport(await previewOf("lain.txt", keuanganSopText("90")));
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const result = await importSopUploadAction(sops);
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});

describe("SOP revision", () => {
  async function current() {
    const sop = (await theSop())!;
    const revision = await connection.prisma.sopRevision.findUniqueOrThrow({
      where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
      select: { content: true },
    });
    return { sop, content: revision.content as unknown as SopContent };
  }

  it("proposes an edit as pending revision N+1 of the SOP's document, leaving the catalogue unchanged", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const { sop, content } = await current();
    const edited: SopContent = {
      ...content,
      steps: content.steps.map((s, i) => (i === 1 ? { ...s, actor: "Kasubag Keuangan", actor_confidence: "certain", waktu_raw: "2 jam", waktu_minutes: 120 } : s)),
    };
    const result = await reviseSopAction({ id: sop.id, version: sop.version, reason: "Pemeriksa data adalah Kasubag Keuangan", content: edited });
    expect(result).toMatchObject({ ok: true, data: { revisionNo: sop.currentRevisionNo + 1, replaced: false } });
    // Not in force yet: the SOP, its revisions and what it shows are as before.
    expect(await theSop()).toEqual(sop);
    expect(await connection.prisma.sopRevision.count({ where: { sopId: sop.id } })).toBe(sop.currentRevisionNo);
    const document = await connection.prisma.controlledDocument.findUniqueOrThrow({ where: { sopId: sop.id }, select: { id: true, currentRevisionNo: true } });
    expect(document.currentRevisionNo).toBe(sop.currentRevisionNo);
    const pending = await connection.prisma.documentRevision.findUniqueOrThrow({
      where: { documentId_revisionNo: { documentId: document.id, revisionNo: sop.currentRevisionNo + 1 } },
    });
    expect(pending).toMatchObject({ status: "DRAF", changeReason: "Pemeriksa data adalah Kasubag Keuangan", requestedById: session.current.id, text: null });
    expect((pending.sopContent as unknown as SopContent).steps[1]).toMatchObject({ actor: "Kasubag Keuangan", waktu_minutes: 120 });
    const activity = await connection.prisma.activity.findFirst({ where: { entity: "document_revision", entityId: pending.id } });
    expect(activity).toMatchObject({ action: "create", reason: "Pemeriksa data adalah Kasubag Keuangan" });
  });

  it("refuses a stale version", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const { sop, content } = await current();
    const result = await reviseSopAction({ id: sop.id, version: sop.version - 1, reason: "Perubahan dari halaman lama", content: { ...content, peringatan: "Lain" } });
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect((await theSop())?.currentRevisionNo).toBe(sop.currentRevisionNo);
  });

  it("refuses a second edit while the first is pending, with the message the form shows", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const { sop, content } = await current();
    const before = await connection.prisma.documentRevision.count();
    const result = await reviseSopAction({ id: sop.id, version: sop.version, reason: "Perubahan lain", content: { ...content, peringatan: "Lain" } });
    expect(result).toMatchObject({ ok: false, reason: "RULE", message: expect.stringContaining("Masih ada revisi yang belum berlaku") });
    expect(await connection.prisma.documentRevision.count()).toBe(before);
  });

  it("refuses an unchanged content", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const { sop, content } = await current();
    const result = await reviseSopAction({ id: sop.id, version: sop.version, reason: "Tidak ada yang diubah", content });
    expect(result).toMatchObject({ ok: false, reason: "RULE", message: "Tidak ada perubahan dibandingkan revisi saat ini." });
    expect((await theSop())?.currentRevisionNo).toBe(sop.currentRevisionNo);
  });

  it("refuses a PEGAWAI", async () => {
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const { sop, content } = await current();
    const result = await reviseSopAction({ id: sop.id, version: sop.version, reason: "Coba ubah", content: { ...content, peringatan: "Lain" } });
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
  });
});
