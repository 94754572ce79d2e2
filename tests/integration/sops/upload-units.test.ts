// Issue 16: an upload's SOPs each go to the unit their organisation lines name (or the default the
// user picked), the user corrects the preview (unit, name, a step's Pelaksana) and the import stores
// exactly that, authorizes every chosen unit, and writes all of it or nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import type { SopContent } from "../../../lib/sops/content";
import type { FilePreview } from "../../../lib/sops/upload";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Fault injection: registering the SOP whose name carries this marker fails, after earlier SOPs of
// the same import were already written inside the transaction.
const BROKEN = "Rusak Saat Disimpan";
vi.mock("../../../lib/sops/document-link-mutations", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../lib/sops/document-link-mutations")>();
  return {
    ...original,
    ensureSopDocument: async (...args: Parameters<typeof original.ensureSopDocument>) => {
      const sop = await args[0].sop.findUniqueOrThrow({ where: { id: args[1] }, select: { title: true } });
      if (sop.title.includes(BROKEN)) throw new Error("disk penuh");
      return original.ensureSopDocument(...args);
    },
  };
});

const { importSopUploadAction, planSopImportAction, previewSopUploadAction } = await import("../../../lib/sops/actions");

const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";
let connection: DatabaseConnection;
const units: Record<"kepum" | "keuangan" | "rehsos" | "bpsmb", string> = { kepum: "", keuangan: "", rehsos: "", bpsmb: "" };

/** One SOP in the tab layout, under the given organisation lines. */
function sopText(lines: string[], nomor: string, nama: string): string {
  return [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS SOSIAL",
    ...lines,
    "",
    `Nomor SOP\t${nomor}`,
    "Tanggal Pembuatan\t05 Januari 2026",
    "Tanggal Revisi\t-",
    "Tanggal Efektif\t12 Januari 2026",
    "Disahkan oleh\t Kepala Dinas Sosial Dr. Theresia Adu, M.Si NIP. 196907151995032001",
    `Nama SOP\t${nama}`,
    "Dasar Hukum\tKualifikasi Pelaksana",
    "1. Peraturan Menteri PANRB Nomor 35 Tahun 2012\t1. Memahami sistem manajemen mutu",
    "",
    "NO\tUraian Kegiatan\tPelaksana\t\tMutu Baku\t\t\tKETERANGAN",
    "\t\tStaf Pelaksana\tKepala Sub Bagian\tKelengkapan\tWaktu (menit)\tOutput\t",
    "1\tMenerima berkas permohonan\t\t\tBerkas\t15\tBerkas diterima\t",
    "2\tMemeriksa kelengkapan berkas\t\t\tBerkas\t30\tBerkas lengkap\t",
    "",
  ].join("\n");
}

const twoUnitsText = [
  sopText(["SEKRETARIAT", "SUB BAGIAN KEUANGAN"], "900/UJI-21/DINSOS/2026", "Pencairan Uang Persediaan"),
  sopText(["BIDANG REHABILITASI SOSIAL"], "460/UJI-22/DINSOS/2026", "Penerimaan Rujukan Rehabilitasi"),
  sopText(["KANTOR YANG TIDAK ADA"], "000/UJI-23/DINSOS/2026", "Pencatatan Tamu Dinas"),
].join("\n\n");

function upload(name: string, text: string, defaultUnit = units.kepum): FormData {
  const form = new FormData();
  form.set("file", new File([text], name));
  form.set("unitId", defaultUnit);
  return form;
}

async function previewOf(name: string, text: string): Promise<FilePreview> {
  const result = await previewSopUploadAction(upload(name, text));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

const itemsOf = (preview: FilePreview) =>
  preview.sops.map((s) => ({ fileName: s.fileName, unitId: s.unitId, content: s.content, warnings: s.warnings }));

async function counts() {
  const db = connection.prisma;
  return { sops: await db.sop.count(), revisions: await db.sopRevision.count(), documents: await db.controlledDocument.count(), activity: await db.activity.count() };
}

async function storedContent(sopId: string): Promise<SopContent> {
  const revision = await connection.prisma.sopRevision.findFirstOrThrow({ where: { sopId }, orderBy: { revisionNo: "desc" } });
  return revision.content as unknown as SopContent;
}

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  units.kepum = await unitId(connection.prisma, "ntt.dinsos.sekretariat.kepum");
  units.keuangan = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
  units.rehsos = await unitId(connection.prisma, "ntt.dinsos.rehsos");
  units.bpsmb = await unitId(connection.prisma, "kaltim.disperindagkop.bpsmb");
}, 120_000);
afterAll(closeTestDatabase);

describe("the units of an upload's SOPs", () => {
  it("proposes for each SOP the unit its organisation lines name, and the default unit where none matches", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const preview = await previewOf("campuran.txt", twoUnitsText);
    expect(preview.sops.map((s) => [s.content.nama, s.unitId, s.match.lines, s.outcome.action])).toEqual([
      ["Pencairan Uang Persediaan", units.keuangan, ["SEKRETARIAT", "SUB BAGIAN KEUANGAN"], "create"],
      ["Penerimaan Rujukan Rehabilitasi", units.rehsos, ["BIDANG REHABILITASI SOSIAL"], "create"],
      ["Pencatatan Tamu Dinas", units.kepum, [], "create"],
    ]);
    expect(preview.sops[2].match).toEqual({ unitId: null, unitName: null, lines: [], outsideScope: false });
  });

  it("imports two SOPs of one file into the two units matched, with the corrected name and Pelaksana", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const preview = await previewOf("campuran.txt", twoUnitsText);
    const items = itemsOf(preview).slice(0, 2);
    const keuangan = items[0].content;
    expect(keuangan.steps[1].actor).not.toBe("Kepala Sub Bagian");
    items[0] = {
      ...items[0],
      content: {
        ...keuangan,
        nama: "Pencairan Uang Persediaan (GU)",
        steps: keuangan.steps.map((s, i) => (i === 1 ? { ...s, actor: "Kepala Sub Bagian", actor_confidence: "certain" as const } : s)),
      },
    };
    // The corrected name is a new SOP of that unit; the plan says so before anything is written.
    const plan = await planSopImportAction({ sops: items });
    expect(plan).toMatchObject({ ok: true, data: [{ action: "create" }, { action: "create" }] });
    const before = await counts();
    const result = await importSopUploadAction({ sops: items });
    expect(result).toMatchObject({ ok: true, data: { created: 2, revised: 0, unchanged: 0, skipped: 0 } });

    const stored = await connection.prisma.sop.findMany({
      where: { number: { in: ["900/UJI-21/DINSOS/2026", "460/UJI-22/DINSOS/2026"] } },
      select: { id: true, title: true, unitId: true },
      orderBy: { number: "desc" },
    });
    expect(stored.map((s) => [s.title, s.unitId])).toEqual([
      ["Pencairan Uang Persediaan (GU)", units.keuangan],
      ["Penerimaan Rujukan Rehabilitasi", units.rehsos],
    ]);
    const content = await storedContent(stored[0].id);
    expect(content.nama).toBe("Pencairan Uang Persediaan (GU)");
    expect(content.steps[1]).toMatchObject({ activity: "Memeriksa kelengkapan berkas", actor: "Kepala Sub Bagian", actor_confidence: "certain" });
    const revision = await connection.prisma.sopRevision.findFirstOrThrow({ where: { sopId: stored[1].id } });
    expect(revision.sourceName).toBe("campuran.txt");
    // The SOP left out of the import (the third) is not written.
    expect(await connection.prisma.sop.count({ where: { number: "000/UJI-23/DINSOS/2026" } })).toBe(0);
    expect(await counts()).toMatchObject({ sops: before.sops + 2, revisions: before.revisions + 2, documents: before.documents + 2 });
  });

  it("plans and imports an SOP moved to another unit as a new SOP of that unit", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const [, rehsos] = itemsOf(await previewOf("campuran.txt", twoUnitsText));
    expect(await planSopImportAction({ sops: [rehsos] })).toMatchObject({ ok: true, data: [{ action: "unchanged" }] });
    const moved = { ...rehsos, unitId: units.kepum };
    expect(await planSopImportAction({ sops: [moved] })).toMatchObject({ ok: true, data: [{ action: "create" }] });
    // The same SOP twice for one unit: the second is skipped.
    expect(await planSopImportAction({ sops: [moved, moved] })).toMatchObject({
      ok: true,
      data: [{ action: "create" }, { action: "skip", skipReason: "SOP yang sama sudah muncul lebih awal dalam unggahan ini" }],
    });
  });

  it("refuses a unit of another agency, and writes none of the SOPs", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const items = itemsOf(await previewOf("campuran.txt", twoUnitsText));
    const before = await counts();
    const foreign = [items[2], { ...items[0], unitId: units.bpsmb }];
    expect(await planSopImportAction({ sops: foreign })).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(await importSopUploadAction({ sops: foreign })).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a user without the manajer mutu role (kepala dinas, pegawai), and writes nothing", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const items = itemsOf(await previewOf("campuran.txt", twoUnitsText)).slice(2);
    const before = await counts();
    for (const email of ["kadis@dinsos.nttprov.go.id", "pegawai@dinsos.nttprov.go.id"]) {
      session.current = await sessionFor(connection.prisma, email);
      expect(await previewSopUploadAction(upload("campuran.txt", twoUnitsText))).toMatchObject({ ok: false, reason: "FORBIDDEN" });
      expect(await importSopUploadAction({ sops: items })).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await counts()).toEqual(before);
  });

  it("writes nothing when one SOP of the import cannot be written", async () => {
    session.current = await sessionFor(connection.prisma, MANAJER);
    const items = itemsOf(await previewOf("campuran.txt", twoUnitsText));
    const third = items[2];
    const broken = { ...items[1], unitId: units.kepum, content: { ...items[1].content, nama: `${BROKEN} Rujukan` } };
    const plan = await planSopImportAction({ sops: [third, broken] });
    expect(plan).toMatchObject({ ok: true, data: [{ action: "create" }, { action: "create" }] });
    const before = await counts();
    await expect(importSopUploadAction({ sops: [third, broken] })).rejects.toThrow("disk penuh");
    expect(await counts()).toEqual(before);
    expect(await connection.prisma.sop.count({ where: { number: "000/UJI-23/DINSOS/2026" } })).toBe(0);
  });
});
