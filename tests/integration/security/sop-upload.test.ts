// Issue 8, item 2: the SOP upload authorizes before it parses, caps what a .docx may inflate to
// and how long it may take, and the text import has the same limit as the file.
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const parsed = vi.hoisted(() => ({ calls: 0 }));
vi.mock("../../../lib/sops/docx", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../lib/sops/docx")>();
  return {
    ...original,
    docxToText: (...args: Parameters<typeof original.docxToText>) => {
      parsed.calls++;
      return original.docxToText(...args);
    },
  };
});

const { previewSopUploadAction, importSopUploadAction } = await import("../../../lib/sops/actions");
const { commitImport } = await import("../../../lib/sops/import-mutations");
const { planImport } = await import("../../../lib/sops/import-plan");

let connection: DatabaseConnection;
let keuanganId: string;

/** A 20 MB document.xml that deflates to a few kilobytes. */
async function docxBomb(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("word/document.xml", `<w:document><w:body><w:p><w:r><w:t>${"A".repeat(20 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

function upload(name: string, bytes: Uint8Array | string): FormData {
  const form = new FormData();
  form.set("file", new File([bytes as BlobPart], name, { type: "application/octet-stream" }));
  form.set("unitId", keuanganId);
  return form;
}

async function counts() {
  const db = connection.prisma;
  return { sops: await db.sop.count(), revisions: await db.sopRevision.count(), activity: await db.activity.count() };
}

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
  keuanganId = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
});
afterAll(closeTestDatabase);

describe("SOP upload hardening", () => {
  it("refuses a pegawai before reading the file", async () => {
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const bomb = await docxBomb();
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    parsed.calls = 0;
    const result = await previewSopUploadAction(upload("bom.docx", bomb));
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(parsed.calls).toBe(0);
  });

  it("refuses a manajer mutu outside their scope before reading the file", async () => {
    session.current = await sessionFor(connection.prisma, "mutu@bpsmb.kaltimprov.go.id");
    parsed.calls = 0;
    const result = await previewSopUploadAction(upload("bom.docx", await docxBomb()));
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(parsed.calls).toBe(0);
  });

  it("refuses a .docx that would inflate beyond the limit, for an authorized user too", async () => {
    session.current = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
    const result = await previewSopUploadAction(upload("bom.docx", await docxBomb()));
    expect(result).toMatchObject({ ok: false, reason: "INVALID", message: expect.stringMatching(/terlalu besar/) });
  });

  it("accepts no more SOPs in one import than the limit, nor an oversized step", async () => {
    session.current = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
    const before = await counts();
    const content = {
      nomor: "900/UJI-10/DINSOS/2026", nama: "Uji Batas Impor", unit_lines: [], tanggal_pembuatan: null, tanggal_revisi: null,
      tanggal_efektif: null, disahkan_oleh: null, disahkan_oleh_nip: null, dasar_hukum: [], kualifikasi: [], keterkaitan: [],
      peralatan: [], peringatan: null, pencatatan: null, actors: [],
      steps: [{ no: 1, activity: "x".repeat(4001), actor: null, actor_confidence: "unknown" as const, kelengkapan: null, waktu_raw: null, waktu_minutes: null, output: null, keterangan: null }],
    };
    const item = { fileName: "besar.txt", unitId: keuanganId, content };
    expect(await importSopUploadAction({ sops: [item] })).toMatchObject({ ok: false, reason: "INVALID" });
    const valid = { ...item, content: { ...content, steps: [{ ...content.steps[0], activity: "Menghimpun data" }] } };
    expect(await importSopUploadAction({ sops: Array.from({ length: 201 }, () => valid) })).toMatchObject({
      ok: false, reason: "INVALID", fieldErrors: { sops: ["Paling banyak 200 SOP sekali impor."] },
    });
    expect(await counts()).toEqual(before);
  });

  it("authorizes the import inside its transaction against every unit it writes to", async () => {
    const pegawai = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const unit = await connection.prisma.unit.findUniqueOrThrow({ where: { id: keuanganId }, select: { id: true, path: true, name: true, shortName: true } });
    const agency = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true, path: true, name: true, shortName: true } });
    const text = [
      "Nomor SOP\t900/UJI-09/DINSOS/2026", "Nama SOP\tUji Otorisasi Impor", "",
      "NO\tUraian Kegiatan\tPelaksana\tMutu Baku\t\t\tKETERANGAN", "\t\tBendahara\tKelengkapan\tWaktu (menit)\tOutput\t",
      "1\tMenghimpun data\t\tATK\t60\tRekaman\t",
    ].join("\n");
    const plan = await planImport(connection.prisma, text, "uji.txt", { agency, unit });
    expect(plan.sops.length).toBeGreaterThan(0);
    const before = await counts();
    await expect(commitImport(connection.prisma, plan, agency.path, { id: pegawai.id, label: pegawai.name }, pegawai)).rejects.toThrow(/tidak berwenang/);
    expect(await counts()).toEqual(before);
  });
});
