// Auditor competence (trainings and certificates with files) and the province auditor pool:
// the auditor records their own, the manajer mutu records for auditors of the agency, nobody else;
// a forbidden file writes nothing; the pool lists a province's auditors with past assignments.
import { beforeAll, describe, expect, it } from "vitest";
import { competenceSummaries, getAuditorProfile, getCompetenceFile, listAuditorPool } from "../../../lib/audits/competence-data";
import { addCompetence, deleteCompetence } from "../../../lib/audits/competence-mutations";
import { competenceFormSchema, type CompetenceFormValues } from "../../../lib/audits/competence-schema";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";

const { db, as } = useDemoDatabase(demoUsers("manajer", "auditor", "pegawai", "kabid", "bpsmb", "biro"));
beforeAll(async () => {
  // Start from an auditor with nothing recorded (the demo data gives the demo auditor a training).
  await db().auditorCompetence.deleteMany({ where: { userId: as.auditor.id } });
});

const pdf = { name: "sertifikat.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") };

const training = (userId: string, overrides: Partial<CompetenceFormValues> = {}): CompetenceFormValues => ({
  userId, kind: "PELATIHAN", title: "Pelatihan Auditor Internal ISO 9001:2015", provider: "LPK Mutu Nusantara",
  issuedOn: "2025-03-14", validUntil: null, internalAuditor: true, note: null, ...overrides,
});

describe("recording competence", () => {
  it("the auditor records their own training with a certificate file; the summary says the training is there", async () => {
    const before = await competenceSummaries(db(), [as.auditor.id]);
    expect(before.get(as.auditor.id)).toEqual({ hasInternalAuditorTraining: false, items: [] });
    const { id } = await addCompetence(as.auditor, training(as.auditor.id), pdf);
    const summary = (await competenceSummaries(db(), [as.auditor.id])).get(as.auditor.id)!;
    expect(summary.hasInternalAuditorTraining).toBe(true);
    expect(summary.items).toMatchObject([{ id, title: "Pelatihan Auditor Internal ISO 9001:2015", file: { name: "sertifikat.pdf" } }]);
    expect(await db().activity.count({ where: { entity: "auditor_competence", entityId: id, action: "create" } })).toBe(1);
    const file = await getCompetenceFile(as.manajer, summary.items[0].file!.id);
    expect(file?.mimeType).toBe("application/pdf");
    expect(await getCompetenceFile(as.bpsmb, summary.items[0].file!.id)).toBeNull();
  });

  it("the manajer mutu records a certificate for an auditor of the agency and removes it again", async () => {
    const { id } = await addCompetence(as.manajer, training(as.auditor.id, { kind: "SERTIFIKAT", title: "Lead Auditor ISO 9001", internalAuditor: false }), null);
    const item = await db().auditorCompetence.findUniqueOrThrow({ where: { id } });
    await deleteCompetence(as.manajer, { id, version: item.version });
    expect(await db().auditorCompetence.count({ where: { id } })).toBe(0);
    expect(await db().activity.count({ where: { entity: "auditor_competence", entityId: id, action: "delete" } })).toBe(1);
  });

  it("refuses another person, the manajer mutu of another agency and a forbidden file, writing nothing", async () => {
    const count = async () => [await db().auditorCompetence.count(), await db().attachment.count(), await db().activity.count()];
    const start = await count();
    await expect(addCompetence(as.pegawai, training(as.auditor.id), null)).rejects.toThrow(/tidak berwenang/);
    await expect(addCompetence(as.kabid, training(as.auditor.id), null)).rejects.toThrow(/tidak berwenang/);
    await expect(addCompetence(as.bpsmb, training(as.auditor.id), null)).rejects.toThrow(/tidak berwenang/);
    const exe = { name: "sertifikat.pdf", type: "application/pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3]) };
    await expect(addCompetence(as.auditor, training(as.auditor.id), exe)).rejects.toThrow(/Jenis berkas/);
    const big = { ...pdf, bytes: new Uint8Array(6 * 1024 * 1024).fill(32) };
    await expect(addCompetence(as.auditor, training(as.auditor.id), big)).rejects.toThrow(/terlalu besar/);
    expect(await count()).toEqual(start);
  });

  it("refuses a stale removal", async () => {
    const { id } = await addCompetence(as.auditor, training(as.auditor.id, { title: "Pelatihan ISO 19011" }), null);
    await expect(deleteCompetence(as.auditor, { id, version: 7 })).rejects.toThrow(/Muat ulang|diubah/);
    expect(await db().auditorCompetence.count({ where: { id } })).toBe(1);
  });

  it("refuses an end date before the issue date and a missing title", () => {
    const r = competenceFormSchema.safeParse({ ...training(as.auditor.id), title: "", validUntil: "2024-01-01" });
    expect(r.error?.issues.map((i) => i.message)).toContain("Tuliskan nama pelatihan atau sertifikat.");
    const d = competenceFormSchema.safeParse({ ...training(as.auditor.id), validUntil: "2024-01-01" });
    expect(d.error?.issues[0].message).toBe("Tanggal berlaku tidak boleh sebelum tanggal terbit.");
  });
});

describe("the province auditor pool", () => {
  it("lists NTT's auditors with their agency and past assignments to the manajer mutu and the province reader, and none to Kaltim", async () => {
    const agencyId = await unitId(db(), "ntt.biro-organisasi");
    await db().audit.create({
      data: {
        agencyId, number: "AUD/BIRO/2025/1", title: "Audit silang Biro Organisasi", objectives: "Uji", criteria: "ISO 9001:2015", clauses: ["8"],
        startDate: new Date("2025-10-01"), endDate: new Date("2025-10-02"), status: "SELESAI",
        team: { create: [{ userId: as.auditor.id, role: "ANGGOTA", crossAgency: true }] },
      },
    });
    const pool = await listAuditorPool(as.manajer);
    const yohanes = pool.find((a) => a.id === as.auditor.id);
    expect(yohanes).toMatchObject({ agencyName: "Dinas Sosial Provinsi Nusa Tenggara Timur", competence: { hasInternalAuditorTraining: true } });
    // The merged demo data gives the demo auditor audits of Dinas Sosial too; the cross audit is among them.
    expect(yohanes?.assignments.filter((a) => a.crossAgency)).toEqual([
      { auditId: expect.any(String), number: "AUD/BIRO/2025/1", title: "Audit silang Biro Organisasi", agencyName: "Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur", year: 2025, role: "ANGGOTA", crossAgency: true },
    ]);
    expect((await listAuditorPool(as.biro)).map((a) => a.id)).toContain(as.auditor.id);
    // Kaltim sees its own province's pool only (the merged demo data has a Kaltim auditor), never NTT's.
    expect((await listAuditorPool(as.bpsmb)).every((a) => a.agencyName.includes("Kalimantan Timur"))).toBe(true);
    expect(await listAuditorPool(as.pegawai)).toEqual([]);
    expect(await getAuditorProfile(as.bpsmb, as.auditor.id)).toBeNull();
    expect(await getAuditorProfile(as.auditor, as.auditor.id)).toMatchObject({ mayManage: true });
    expect(await getAuditorProfile(as.biro, as.auditor.id)).toMatchObject({ mayManage: false });
  });
});

describe("competence when assigning the team (audit plan form)", () => {
  it("shows each auditor's competence and marks one without an internal-auditor training", async () => {
    const { auditFormOptions } = await import("../../../lib/audits/options-data");
    await db().auditorCompetence.deleteMany({ where: { userId: as.auditor.id } });
    const without = (await auditFormOptions(as.manajer, null)).auditors.find((a) => a.id === as.auditor.id);
    expect(without?.competence).toEqual({ count: 0, latest: null, internalAuditor: false });
    await addCompetence(as.auditor, training(as.auditor.id, { title: "Pelatihan Auditor Internal 2026" }), null);
    const trained = (await auditFormOptions(as.manajer, null)).auditors.find((a) => a.id === as.auditor.id);
    expect(trained?.competence).toEqual({ count: 1, latest: "Pelatihan Auditor Internal 2026", internalAuditor: true });
  });
});
