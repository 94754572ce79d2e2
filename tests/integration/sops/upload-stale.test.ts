// A confirmed upload preview that went stale: the SOP changed after the user saw the preview.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { previewSopUploadAction, importSopUploadAction } = await import("../../../lib/sops/actions");
type FilePreview = import("../../../lib/sops/upload").FilePreview;

let connection: DatabaseConnection;

let keuanganId: string;
const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";

/** Seed 003's "Sasaran Mutu" layout, as an SOP of Sub Bagian Keuangan; `waktuLaporan` varies it. */
function sopText(waktuLaporan = "30"): string {
  return [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS SOSIAL",
    "SUB BAGIAN KEUANGAN",
    "",
    "Nomor SOP\t900/UJI-01/DINSOS/2026",
    "Tanggal Pembuatan\t05 Januari 2026",
    "Tanggal Revisi\t-",
    "Tanggal Efektif\t12 Januari 2026",
    "Disahkan oleh\t Kepala Dinas Sosial Dr. Theresia Adu, M.Si NIP. 196907151995032001",
    "Nama SOP\tVerifikasi Laporan Sasaran Mutu Keuangan",
    "Dasar Hukum\tKualifikasi Pelaksana",
    "1. Peraturan Menteri PANRB Nomor 35 Tahun 2012\t1. Memahami sistem manajemen mutu",
    "Keterkaitan\tPeralatan / Perlengkapan",
    "SOP Audit Internal\tPerangkat Komputer",
    "Peringatan\tPencatatan dan Pendataan",
    "Laporan yang tidak diverifikasi tidak dapat dipakai dalam tinjauan manajemen\tDisimpan dalam bentuk hardcopy dan softcopy",
    "",
    "NO\tUraian Kegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKETERANGAN",
    "\t\tBendahara\tKasubag Keuangan\tSekretaris\tKelengkapan\tWaktu (menit)\tOutput\t",
    "1\t2\t3\t4\t5\t6\t7\t8\t",
    "1\tMenghimpun data capaian sasaran mutu\t\t\t\tAlat tulis kantor dan perangkat komputer\t60\tRekaman\t",
    "2\tMemeriksa kelengkapan data\t\t\t\tAlat tulis kantor\t60\tRekaman\t",
    `3\tMembuat laporan\t\t\t\tAlat tulis kantor dan perangkat komputer\t${waktuLaporan}\tLaporan\t`,
    "",
  ].join("\n");
}

function upload(name: string, content: string, unit = keuanganId): FormData {
  const form = new FormData();
  form.set("file", new File([content], name, { type: "application/octet-stream" }));
  form.set("unitId", unit);
  return form;
}

/** The SOPs of a preview as the browser sends them back, with what the preview showed for each. */
function confirmed(preview: FilePreview) {
  return {
    sops: preview.sops.map((s) => ({
      fileName: s.fileName,
      unitId: s.unitId,
      content: s.content,
      warnings: s.warnings,
      expected: { action: s.outcome.action, existingId: s.outcome.existingId, currentRevisionNo: s.outcome.currentRevisionNo },
    })),
  };
}

async function previewOf(name: string, content: string): Promise<FilePreview> {
  const result = await previewSopUploadAction(upload(name, content));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}


beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
  keuanganId = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
  session.current = await sessionFor(connection.prisma, MANAJER);
  const first = await importSopUploadAction(confirmed(await previewOf("sasaran.txt", sopText("30"))));
  if (!first.ok) throw new Error(first.message);
});

afterAll(closeTestDatabase);

const revisions = () => connection.prisma.sopRevision.count();

describe("a stale upload preview", () => {
  it("is refused when the SOP was revised after the preview, and writes nothing", async () => {
    const mine = await previewOf("sasaran.txt", sopText("45"));
    expect(mine.sops[0].outcome).toMatchObject({ action: "revise", currentRevisionNo: 1, nextRevisionNo: 2 });
    const theirs = await importSopUploadAction(confirmed(await previewOf("sasaran.txt", sopText("50"))));
    expect(theirs).toMatchObject({ ok: true, data: { revised: 1 } });
    const before = await revisions();

    const result = await importSopUploadAction(confirmed(mine));
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect(await revisions()).toBe(before);
  });

  it("never writes an SOP the preview showed as unchanged", async () => {
    const seen = await previewOf("sasaran.txt", sopText("50"));
    expect(seen.sops[0].outcome).toMatchObject({ action: "unchanged", currentRevisionNo: 2 });
    // Someone revises it meanwhile; the user's copy (the old text) would now revert it.
    const other = await importSopUploadAction(confirmed(await previewOf("sasaran.txt", sopText("55"))));
    expect(other.ok).toBe(true);
    const before = await revisions();

    const result = await importSopUploadAction(confirmed(seen));
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect(await revisions()).toBe(before);
  });
});
