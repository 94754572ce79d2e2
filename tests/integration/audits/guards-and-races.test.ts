// Beyond the happy path for three audit records: auditor competence (add, delete), the opening and
// closing meetings, and the report text. The wrong role and the right role on another unit or
// agency are refused and change nothing; two writers at once (truly parallel on PostgreSQL, on two
// pooled connections): exactly one wins, the other is told, and nothing is lost.
import { describe, expect, it } from "vitest";
import { addCompetence, deleteCompetence } from "../../../lib/audits/competence-mutations";
import type { CompetenceFormValues } from "../../../lib/audits/competence-schema";
import { saveMeeting } from "../../../lib/audits/meeting-mutations";
import { saveReportText, type ReportTextValues } from "../../../lib/audits/report-mutations";
import type { MeetingValues } from "../../../lib/audits/schema";
import { createAudit } from "../../helpers/audit-factory";
import { DEMO_USERS, demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const ROUNDS = 4;
const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "auditor", "auditor2", "kabid", "pegawai", "bpsmb", "kaltimAuditor", "biro"), { sops: false });

/** The call is refused with `message` and nothing in the database changed (the rows given and the history). */
const refusedUnchanged = (call: () => Promise<unknown>, message: RegExp, rows: () => Promise<unknown>) =>
  expectRefusedUnchanged(call, message, async () => [await rows(), await db().activity.count()]);

let auditSerial = 0;
/** An audit of Dinas Sosial being held (PELAKSANAAN): the demo auditor leads, the Linjamsos auditor is a member. */
async function heldAudit(): Promise<string> {
  auditSerial += 1;
  return createAudit(db(), {
    agencyCode: "ntt.dinsos", number: `AI/GUARD/${auditSerial}`, unitCodes: ["ntt.dinsos.dayasos"], clauses: ["9.2"],
    team: [{ email: DEMO_USERS.auditor, role: "KETUA" }, { email: DEMO_USERS.auditor2, role: "ANGGOTA" }],
  });
}

describe("auditor competence", () => {
  const training = (overrides: Partial<CompetenceFormValues> = {}): CompetenceFormValues => ({
    userId: as.auditor.id, kind: "PELATIHAN", title: "Pelatihan Auditor Internal ISO 9001:2015", provider: "LPK Mutu Nusantara",
    issuedOn: "2025-03-14", validUntil: null, internalAuditor: true, note: null, ...overrides,
  });
  const rows = () => db().auditorCompetence.findMany({ where: { userId: as.auditor.id }, orderBy: { id: "asc" } });

  it("add: the wrong role (pegawai, auditee, pimpinan) and another auditor are refused; so is the manajer mutu of another agency", async () => {
    for (const user of [as.pegawai, as.kabid, as.kadis, as.auditor2]) await refusedUnchanged(() => addCompetence(user, training(), null), /tidak berwenang/, rows);
    await refusedUnchanged(() => addCompetence(as.bpsmb, training(), null), /tidak berwenang/, rows);
    await refusedUnchanged(() => addCompetence(as.kaltimAuditor, training(), null), /tidak berwenang/, rows);
  });

  it("delete: the same refusals, and the item stays", async () => {
    const { id } = await addCompetence(as.auditor, training({ title: "Pelatihan ISO 19011" }), null);
    for (const user of [as.pegawai, as.kabid, as.kadis, as.auditor2, as.biro, as.bpsmb, as.kaltimAuditor]) {
      await refusedUnchanged(() => deleteCompetence(user, { id, version: 1 }), /tidak berwenang/, rows);
    }
    expect(await db().auditorCompetence.count({ where: { id } })).toBe(1);
  });

  it("two adds at once for one auditor: both kept, each with its history row", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { winners, refusals } = await race([
        () => addCompetence(as.auditor, training({ title: `Pelatihan A ${round}` }), null),
        () => addCompetence(as.manajer, training({ title: `Pelatihan B ${round}` }), null),
      ]);
      expect(winners).toEqual([0, 1]);
      expect(refusals).toEqual([]);
      const added = await db().auditorCompetence.findMany({ where: { title: { in: [`Pelatihan A ${round}`, `Pelatihan B ${round}`] } }, select: { id: true } });
      expect(added).toHaveLength(2);
      expect(await db().activity.count({ where: { entity: "auditor_competence", action: "create", entityId: { in: added.map((a) => a.id) } } })).toBe(2);
    }
  });

  it("two deletes of one item at once: exactly one removes it and is recorded, the other is told", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await addCompetence(as.auditor, training({ title: `Dihapus ${round}` }), null);
      const { winners, refusals } = await race([() => deleteCompetence(as.auditor, { id, version: 1 }), () => deleteCompetence(as.manajer, { id, version: 1 })]);
      expect(winners).toHaveLength(1);
      // In parallel the loser finds the row gone under its version (STALE); queued, it finds no row at all.
      expect(refusals).toHaveLength(1);
      expect(["STALE", "NOT_FOUND"]).toContain(refusals[0]);
      expect(await db().auditorCompetence.count({ where: { id } })).toBe(0);
      expect(await db().activity.count({ where: { entity: "auditor_competence", entityId: id, action: "delete" } })).toBe(1);
    }
  });
});

describe("opening and closing meetings", () => {
  const meeting = (auditId: string, overrides: Partial<MeetingValues> = {}): MeetingValues => ({
    auditId, kind: "PEMBUKAAN", version: null, date: "2026-03-02", time: "08:00", notes: "Ketua auditor menyampaikan lingkup, jadwal dan metode audit.",
    attendance: "Yohanes Kefi — Ketua auditor\nDrs. Agustinus Lelo — Kepala Bidang Dayasos", agreedDeadlines: null, divergingOpinions: null, ...overrides,
  });
  const rowsOf = (auditId: string) => () => db().auditMeeting.findMany({ where: { auditId }, include: { attendees: true }, orderBy: { kind: "asc" } });

  it("the wrong role (a team member who is not the lead, the auditee, the pimpinan) and another agency's manajer mutu are refused", async () => {
    const auditId = await heldAudit();
    for (const user of [as.auditor2, as.kabid, as.kadis, as.pegawai, as.biro, as.bpsmb, as.kaltimAuditor]) {
      await refusedUnchanged(() => saveMeeting(user, meeting(auditId)), /tidak berwenang/, rowsOf(auditId));
    }
    // And on an existing meeting.
    await saveMeeting(as.auditor, meeting(auditId, { kind: "PENUTUPAN" }));
    for (const user of [as.auditor2, as.bpsmb]) {
      await refusedUnchanged(() => saveMeeting(user, meeting(auditId, { kind: "PENUTUPAN", version: 1, notes: "Diubah orang lain." })), /tidak berwenang/, rowsOf(auditId));
    }
  });

  it("two first recordings of one meeting at once: one kept with its attendance, the other told", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const auditId = await heldAudit();
      const { winners, refusals } = await race([
        () => saveMeeting(as.auditor, meeting(auditId, { notes: "Catatan A", attendance: "Yohanes Kefi — Ketua auditor" })),
        () => saveMeeting(as.manajer, meeting(auditId, { notes: "Catatan B", attendance: "Maria Goreti Bria — Manajer mutu\nDrs. Agustinus Lelo — Kepala Bidang" })),
      ]);
      expect(winners).toHaveLength(1);
      // In parallel the second insert meets the unique key (CONFLICT); queued, it finds the meeting recorded (STALE).
      expect(refusals).toHaveLength(1);
      expect(["STALE", "CONFLICT"]).toContain(refusals[0]);
      const rows = await rowsOf(auditId)();
      expect(rows).toHaveLength(1);
      expect(rows[0].notes).toBe(winners[0] === 0 ? "Catatan A" : "Catatan B");
      expect(rows[0].attendees).toHaveLength(winners[0] === 0 ? 1 : 2);
      expect(await db().activity.count({ where: { entity: "audit", entityId: auditId, action: "meeting" } })).toBe(1);
    }
  });

  it("two edits with the same version: one wins whole (notes and attendance), the other is told it is stale", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const auditId = await heldAudit();
      await saveMeeting(as.auditor, meeting(auditId, { kind: "PENUTUPAN", agreedDeadlines: "30 hari." }));
      const { winners, refusals } = await race([
        () => saveMeeting(as.auditor, meeting(auditId, { kind: "PENUTUPAN", version: 1, notes: "Edit A", attendance: "Satu — A", agreedDeadlines: "14 hari." })),
        () => saveMeeting(as.manajer, meeting(auditId, { kind: "PENUTUPAN", version: 1, notes: "Edit B", attendance: "Satu — B\nDua — B\nTiga — B", divergingOpinions: "Auditi tidak sepakat." })),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const [row] = await rowsOf(auditId)();
      const a = winners[0] === 0;
      expect(row).toMatchObject({ version: 2, notes: a ? "Edit A" : "Edit B", agreedDeadlines: a ? "14 hari." : null, divergingOpinions: a ? null : "Auditi tidak sepakat." });
      expect(row.attendees.map((x) => x.name).sort()).toEqual(a ? ["Satu"] : ["Dua", "Satu", "Tiga"]);
      expect(await db().activity.count({ where: { entity: "audit", entityId: auditId, action: "meeting" } })).toBe(2);
    }
  });
});

describe("the report text", () => {
  const text = (auditId: string, version: number | null, conclusion: string): ReportTextValues => ({ auditId, version, summary: `Ringkasan ${conclusion}`, strengths: null, conclusion });
  const rowsOf = (auditId: string) => () => db().auditReport.findMany({ where: { auditId } });

  it("the wrong role (auditee, manajer mutu and pimpinan outside the team) and an auditor of another agency are refused", async () => {
    const auditId = await heldAudit();
    for (const user of [as.kabid, as.manajer, as.kadis, as.pegawai, as.biro, as.bpsmb, as.kaltimAuditor]) {
      await refusedUnchanged(() => saveReportText(user, text(auditId, null, "Tidak berhak.")), /tidak berwenang|Hanya auditor yang ditugaskan/, rowsOf(auditId));
    }
    await saveReportText(as.auditor2, text(auditId, null, "Efektif."));
    for (const user of [as.kabid, as.manajer, as.kaltimAuditor]) {
      await refusedUnchanged(() => saveReportText(user, text(auditId, 1, "Diubah orang lain.")), /tidak berwenang|Hanya auditor yang ditugaskan/, rowsOf(auditId));
    }
  });

  it("two first saves at once: one report, the other writer told it is stale", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const auditId = await heldAudit();
      const { winners, refusals } = await race([() => saveReportText(as.auditor, text(auditId, null, "A")), () => saveReportText(as.auditor2, text(auditId, null, "B"))]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const rows = await rowsOf(auditId)();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ version: 1, conclusion: winners[0] === 0 ? "A" : "B", summary: winners[0] === 0 ? "Ringkasan A" : "Ringkasan B" });
      expect(await db().activity.count({ where: { entity: "audit_report", entityId: rows[0].id } })).toBe(1);
    }
  });

  it("two edits with the same version: one wins, the other is told; the version moves once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const auditId = await heldAudit();
      const { id } = await saveReportText(as.auditor, text(auditId, null, "Awal"));
      const { winners, refusals } = await race([() => saveReportText(as.auditor, text(auditId, 1, "A")), () => saveReportText(as.auditor2, text(auditId, 1, "B"))]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect(await db().auditReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, conclusion: winners[0] === 0 ? "A" : "B" });
      expect(await db().activity.count({ where: { entity: "audit_report", entityId: id, action: "update" } })).toBe(1);
    }
  });
});
