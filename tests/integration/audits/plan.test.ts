// The audit plan as the manajer mutu builds it: numbering, scope, the team (audit silang), who may
// write it, stale edits; the schedule with the independence rule (ISO 9001:2015 9.2.2 c), double
// booking and slots inside the audit's dates; and who reads an audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAudit, listAuditeeAudits, listAudits, listAuditsForSop, listMyAudits } from "../../../lib/audits/data";
import { listFindingsOf } from "../../../lib/findings/data";
import { raiseFinding } from "../../../lib/findings/raise-mutations";
import { createAudit, transitionAudit, updateAudit } from "../../../lib/audits/mutations";
import { addScheduleItem, removeScheduleItem } from "../../../lib/audits/schedule-mutations";
import { auditFormSchema, scheduleItemSchema, type ScheduleItemValues } from "../../../lib/audits/schema";
import { isAssignedAuditor } from "../../../lib/audits/team-rules";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { seedAudits } from "../../../seeds/audits";
import { ACCOUNTS, createSop, placedAuditors, planValues } from "./fixtures";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;

beforeAll(async () => {
  const opened = await openDemoDatabase(ACCOUNTS, { sops: false, audits: true });
  connection = opened.connection;
  Object.assign(as, opened.as, await placedAuditors(opened.connection.prisma));
}, 120_000);
afterAll(closeTestDatabase);

const team = () => [{ userId: as.auditor.id, role: "KETUA" as const }, { userId: as.auditor2.id, role: "ANGGOTA" as const }];
const load = (id: string) => db().audit.findUniqueOrThrow({ where: { id }, include: { units: true, sops: true, team: true } });

describe("the demo audits", () => {
  it("hold last year's completed rounds, this year's round 1 held and round 2 planned with an audit-silang auditor; seeding again adds nothing", async () => {
    const audits = await db().audit.findMany({ orderBy: { number: "asc" }, select: { number: true, status: true, reportLockedAt: true, team: { select: { crossAgency: true } } } });
    expect(audits.map((a) => [a.number, a.status])).toEqual([
      ["AI/DINAS-SOSIAL/2025/01", "SELESAI"], ["AI/DINAS-SOSIAL/2025/02", "SELESAI"], ["AI/DINAS-SOSIAL/2026/01", "SELESAI"], ["AI/DINAS-SOSIAL/2026/02", "DIRENCANAKAN"],
    ]);
    expect(audits.filter((a) => a.status === "SELESAI").every((a) => a.reportLockedAt !== null)).toBe(true);
    expect(audits[3].team.some((m) => m.crossAgency)).toBe(true);
    expect(await seedAudits(db())).toBe(0);
  });
});

describe("creating a plan", () => {
  it("numbers it per agency and year and keeps its scope and team", async () => {
    const sopA = await createSop(db(), "ntt.dinsos.dayasos", "SOP Penyaluran Bantuan Sosial");
    const sopB = await createSop(db(), "ntt.dinsos.dayasos", "SOP Verifikasi Data Penerima");
    const first = await createAudit(as.manajer, await planValues(db(), team(), { sopIds: [sopA, sopB] }));
    const second = await createAudit(as.manajer, await planValues(db(), team()));
    // The demo data holds 2026/01 and 2026/02 of Dinas Sosial.
    expect(first.number).toBe("AI/DINAS-SOSIAL/2026/03");
    expect(second.number).toBe("AI/DINAS-SOSIAL/2026/04");
    const audit = await load(first.id);
    expect(audit.status).toBe("DIRENCANAKAN");
    expect(audit.units).toHaveLength(3);
    expect(audit.sops.map((s) => s.sopId).sort()).toEqual([sopA, sopB].sort());
    expect(audit.team.find((m) => m.role === "KETUA")?.userId).toBe(as.auditor.id);
    expect(await db().activity.count({ where: { entityId: first.id, action: "create" } })).toBe(1);

    // The SOP page lists the audits that covered it with their findings on it; the audit page lists its findings.
    await db().$transaction((tx) => raiseFinding(tx, as.auditor, {
      source: "AUDIT_INTERNAL", category: "KTS_MINOR", unitId: audit.units[0].unitId, auditId: first.id, sopId: sopA,
      statement: "Verifikasi data penerima tidak dicatat pada register.", evidence: "3 dari 12 berkas Maret tanpa paraf verifikator.",
    }));
    const covering = await listAuditsForSop(as.kadis, sopA);
    expect(covering.map((a) => [a.number, a.findingCounts.KTS_MINOR])).toEqual([[first.number, 1]]);
    expect(await listAuditsForSop(as.bpsmb, sopA)).toEqual([]);
    expect((await listFindingsOf(as.manajer, { auditId: first.id })).map((f) => [f.category, f.status])).toEqual([["KTS_MINOR", "TERBUKA"]]);
    expect(await listFindingsOf(as.bpsmb, { auditId: first.id })).toEqual([]);
  });

  it("refuses an empty scope and an end before the start, in Indonesian", async () => {
    const parsed = auditFormSchema.safeParse({ ...(await planValues(db(), team())), units: [], startDate: "2026-09-15", endDate: "2026-09-14" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => i.message);
    expect(messages).toContain("Pilih paling sedikit satu unit auditi.");
    expect(messages).toContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
  });

  it("refuses a team without exactly one lead auditor", () => {
    const parsed = auditFormSchema.safeParse({
      agencyId: "x", type: "INTERNAL", title: "Audit uji", objectives: "Tujuan audit uji coba", criteria: "ISO 9001", clauses: [], startDate: "2026-01-01", endDate: "2026-01-01",
      units: [{ unitId: "u" }], sopIds: [], team: [{ userId: "a", role: "ANGGOTA" }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain("Tim audit memerlukan tepat satu ketua (lead auditor).");
  });

  it("is refused to the pimpinan, an auditor and another agency's manajer mutu; nothing is written", async () => {
    const before = await db().audit.count();
    const values = await planValues(db(), team());
    for (const user of [as.kadis, as.auditor, as.bpsmb]) await expect(createAudit(user, values)).rejects.toThrow(/tidak berwenang/);
    expect(await db().audit.count()).toBe(before);
  });

  it("refuses a unit or SOP of another agency", async () => {
    const biroSop = await createSop(db(), "ntt.biro-organisasi", "SOP Evaluasi Kelembagaan");
    await expect(createAudit(as.manajer, await planValues(db(), team(), { sopIds: [biroSop] }))).rejects.toThrow(/Pilih SOP milik Dinas Sosial/);
    const v = await planValues(db(), team());
    await expect(createAudit(as.manajer, { ...v, units: [{ unitId: await unitId(db(), "ntt.bkd"), representative: null }] })).rejects.toThrow(/unit auditi yang aktif/);
  });

  it("takes an auditor of another agency of the province as a cross-agency member, and refuses one of another province", async () => {
    const { id } = await createAudit(as.manajer, await planValues(db(), [...team(), { userId: as.biroAuditor.id, role: "ANGGOTA" }]));
    expect((await load(id)).team.find((m) => m.userId === as.biroAuditor.id)?.crossAgency).toBe(true);
    await expect(createAudit(as.manajer, await planValues(db(), [...team(), { userId: as.kaltimAuditor.id, role: "ANGGOTA" }]))).rejects.toThrow(/provinsi lain/);
    await expect(createAudit(as.manajer, await planValues(db(), [{ userId: as.kabid.id, role: "KETUA" }]))).rejects.toThrow(/tidak memegang peran Auditor/);
  });
});

describe("editing a plan", () => {
  it("changes it with the version the user saw; a stale edit is refused and writes nothing", async () => {
    const { id } = await createAudit(as.manajer, await planValues(db(), team()));
    const a = await load(id);
    await updateAudit(as.manajer, id, a.version, await planValues(db(), team(), { title: "Audit internal putaran 2 (diperbarui)" }));
    await expect(updateAudit(as.manajer, id, a.version, await planValues(db(), team(), { title: "Perubahan yang basi" }))).rejects.toThrow(/telah diubah oleh pengguna lain/);
    expect((await load(id)).title).toBe("Audit internal putaran 2 (diperbarui)");
    await expect(updateAudit(as.bpsmb, id, a.version + 1, await planValues(db(), team()))).rejects.toThrow(/tidak berwenang/);
  });
});

describe("the schedule", () => {
  let auditId: string;
  const dayasos = () => unitId(db(), "ntt.dinsos.dayasos");
  const session = async (overrides: Partial<ScheduleItemValues>): Promise<ScheduleItemValues> => ({
    auditId, kind: "SESI_UNIT", unitId: await dayasos(), date: "2026-09-14", startTime: "09:00", endTime: "11:00", place: null, note: null, auditorIds: [as.auditor.id], ...overrides,
  });

  beforeAll(async () => {
    const members = [...team(), { userId: as.uptd.id, role: "ANGGOTA" as const }, { userId: as.seksi.id, role: "ANGGOTA" as const }, { userId: as.auditeeRole.id, role: "ANGGOTA" as const }];
    const v = await planValues(db(), members);
    v.units.push({ unitId: await unitId(db(), "ntt.dinsos.uptd-lansia.budi-agung"), representative: null }, { unitId: await unitId(db(), "ntt.dinsos.pfm"), representative: null });
    auditId = (await createAudit(as.manajer, v)).id;
  });

  it("adds a session on an independent unit, with its auditors", async () => {
    const { id } = await addScheduleItem(as.manajer, await session({}));
    const item = await db().auditScheduleItem.findUniqueOrThrow({ where: { id }, include: { auditors: true } });
    expect(item.auditors.map((a) => a.userId)).toEqual([as.auditor.id]);
    expect(item.startsAt.toISOString()).toBe("2026-09-14T01:00:00.000Z");
  });

  it("refuses the auditor's own unit and names the conflict", async () => {
    await expect(addScheduleItem(as.manajer, await session({ unitId: await unitId(db(), "ntt.dinsos.rehsos"), startTime: "13:00", endTime: "14:00" })))
      .rejects.toThrow("Yohanes Kefi, S.E. tidak independen terhadap Bidang Rehabilitasi Sosial: unit tersebut adalah unit kerjanya sendiri.");
  });

  it("refuses a sub-unit of the auditor's unit", async () => {
    await expect(addScheduleItem(as.manajer, await session({ unitId: await unitId(db(), "ntt.dinsos.uptd-lansia.budi-agung"), auditorIds: [as.uptd.id] })))
      .rejects.toThrow(/Auditor UPTD Lansia tidak independen terhadap Seksi Kesejahteraan Sosial Budi Agung: unit tersebut berada di bawah unit kerjanya/);
  });

  it("refuses the unit above the auditor's unit", async () => {
    await expect(addScheduleItem(as.manajer, await session({ unitId: await unitId(db(), "ntt.dinsos.uptd-lansia"), auditorIds: [as.seksi.id] })))
      .rejects.toThrow(/Auditor Seksi Budi Agung tidak independen terhadap UPTD .*: unit tersebut membawahi unit kerjanya/);
  });

  it("refuses a unit on which the auditor holds a role other than AUDITOR", async () => {
    await expect(addScheduleItem(as.manajer, await session({ unitId: await unitId(db(), "ntt.dinsos.pfm"), auditorIds: [as.auditeeRole.id] })))
      .rejects.toThrow(/Auditor Berperan Auditi tidak independen terhadap Bidang Penanganan Fakir Miskin: ia memegang peran Auditi \/ Kepala Unit/);
  });

  it("refuses a double booking in an overlapping slot, also across audits", async () => {
    await expect(addScheduleItem(as.manajer, await session({ startTime: "10:00", endTime: "12:00" }))).rejects.toThrow(/Yohanes Kefi, S.E. sudah dijadwalkan .* 09\.00–11\.00/);
    const other = (await createAudit(as.manajer, await planValues(db(), team(), { title: "Audit lain pada hari yang sama" }))).id;
    await expect(addScheduleItem(as.manajer, await session({ auditId: other, startTime: "08:00", endTime: "09:30" }))).rejects.toThrow(/sudah dijadwalkan/);
    // Touching slots are fine.
    await addScheduleItem(as.manajer, await session({ auditId: other, startTime: "11:00", endTime: "12:00" }));
  });

  it("refuses a slot outside the audit's dates, an end before the start, and an auditor outside the team", async () => {
    await expect(addScheduleItem(as.manajer, await session({ date: "2026-09-16" }))).rejects.toThrow("Waktu kegiatan harus berada dalam tanggal audit.");
    const parsed = scheduleItemSchema.safeParse(await session({ startTime: "11:00", endTime: "10:00" }));
    expect(parsed.error?.issues.map((i) => i.message)).toContain("Jam selesai harus setelah jam mulai.");
    await expect(addScheduleItem(as.manajer, await session({ auditorIds: [as.biroAuditor.id], startTime: "14:00", endTime: "15:00" }))).rejects.toThrow("Pilih auditor dari tim audit ini.");
  });

  it("is written only by the agency's manajer mutu, and refused once the audit is held", async () => {
    await expect(addScheduleItem(as.auditor, await session({ startTime: "14:00", endTime: "15:00" }))).rejects.toThrow(/tidak berwenang/);
    await expect(addScheduleItem(as.bpsmb, await session({ startTime: "14:00", endTime: "15:00" }))).rejects.toThrow(/tidak berwenang/);
    const item = await db().auditScheduleItem.findFirstOrThrow({ where: { auditId } });
    await expect(removeScheduleItem(as.kadis, auditId, item.id)).rejects.toThrow(/tidak berwenang/);
    let a = await load(auditId);
    await transitionAudit(as.manajer, { id: auditId, version: a.version, transition: "publish", note: null });
    a = await load(auditId);
    await transitionAudit(as.manajer, { id: auditId, version: a.version, transition: "start", note: null });
    await expect(removeScheduleItem(as.manajer, auditId, item.id)).rejects.toThrow(/Pelaksanaan tidak dapat diubah lagi/);
    await expect(updateAudit(as.manajer, auditId, a.version + 1, await planValues(db(), team()))).rejects.toThrow(/tidak dapat diubah lagi/);
  });

  it("shows the auditor today's sessions in Audit saya", async () => {
    const mine = await listMyAudits(as.auditor, new Date("2026-09-14T03:00:00Z"));
    const row = mine.find((r) => r.id === auditId)!;
    expect(row.myRole).toBe("KETUA");
    expect(row.todaySessions.map((s) => s.unitName)).toEqual(["Bidang Pemberdayaan Sosial"]);
    expect((await listMyAudits(as.auditor, new Date("2026-09-20T03:00:00Z"))).find((r) => r.id === auditId)!.todaySessions).toEqual([]);
  });
});

describe("who reads an audit", () => {
  let id: string;
  beforeAll(async () => {
    const v = await planValues(db(), [...team(), { userId: as.biroAuditor.id, role: "ANGGOTA" }], { title: "Audit silang Bidang Dayasos" });
    v.units = [v.units[0]];
    id = (await createAudit(as.manajer, v)).id;
    const a = await load(id);
    await transitionAudit(as.manajer, { id, version: a.version, transition: "publish", note: null });
  });

  it("an auditee reads a plan only once it is published", async () => {
    const v = await planValues(db(), team(), { title: "Rencana yang belum terbit" });
    const draft = (await createAudit(as.manajer, v)).id;
    expect(await getAudit(as.kabid, draft)).toBeNull();
    expect((await listAudits(as.kabid, { page: 1 })).rows.map((r) => r.id)).not.toContain(draft);
    expect((await getAudit(as.auditor2, draft))?.access).toBe("agency");
  });

  it("the agency, the team and the auditee of an audited unit read it; others do not", async () => {
    expect((await getAudit(as.kadis, id))?.access).toBe("agency");
    expect((await getAudit(as.auditor2, id))?.access).toBe("agency");
    expect((await getAudit(as.biroAuditor, id))?.access).toBe("team");
    expect((await getAudit(as.kabid, id))?.access).toBe("auditee");
    expect((await getAudit(as.biro, id))?.access).toBe("agency"); // province reader (PEMANTAU)
    expect(await getAudit(as.kaupt, id)).toBeNull();
    expect(await getAudit(as.bpsmb, id)).toBeNull();
    expect((await listAudits(as.bpsmb, { page: 1 })).rows.some((r) => r.id === id)).toBe(false);
    expect((await listAudits(as.kabid, { page: 1 })).rows.map((r) => r.id)).toContain(id);
    expect((await listAuditeeAudits(as.kabid)).map((r) => r.id)).toContain(id);
    expect((await listAuditeeAudits(as.kaupt)).map((r) => r.id)).not.toContain(id);
  });

  it("an unassigned auditor is not an assigned auditor; the cross-agency grant ends with the audit", async () => {
    expect(await isAssignedAuditor(db(), id, as.auditor.id)).toBe(true);
    expect(await isAssignedAuditor(db(), id, as.uptd.id)).toBe(false);
    expect(await isAssignedAuditor(db(), id, as.biroAuditor.id)).toBe(true);
    const a = await load(id);
    await transitionAudit(as.manajer, { id, version: a.version, transition: "cancel", note: "Dijadwalkan ulang pada putaran berikutnya." });
    expect(await isAssignedAuditor(db(), id, as.biroAuditor.id)).toBe(false);
    expect(await getAudit(as.biroAuditor, id)).toBeNull();
    expect(await isAssignedAuditor(db(), id, as.auditor.id)).toBe(true);
  });
});
