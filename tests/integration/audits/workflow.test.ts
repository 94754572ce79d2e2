// Every transition of the audit (DIRENCANAKAN → PERSIAPAN → PELAKSANAAN → PELAPORAN → SELESAI, or
// DIBATALKAN with a reason) and its refusals; the opening and closing meetings; two writers at once.
import { beforeAll, describe, expect, it } from "vitest";
import { saveMeeting } from "../../../lib/audits/meeting-mutations";
import { createAudit, transitionAudit, updateAudit } from "../../../lib/audits/mutations";
import { addScheduleItem } from "../../../lib/audits/schedule-mutations";
import type { MeetingValues } from "../../../lib/audits/schema";
import type { AuditTransition } from "../../../lib/audits/workflow";
import type { SessionUser } from "../../../lib/auth/types";
import { useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";
import { ACCOUNTS, planValues } from "./fixtures";

const { db, as } = useDemoDatabase(ACCOUNTS, { sops: false });

const team = () => [{ userId: as.auditor.id, role: "KETUA" as const }, { userId: as.auditor2.id, role: "ANGGOTA" as const }];
const load = (id: string) => db().audit.findUniqueOrThrow({ where: { id } });
const newAudit = async (members = team()) => (await createAudit(as.manajer, await planValues(db(), members))).id;
async function step(user: SessionUser, id: string, transition: AuditTransition, note: string | null = null) {
  const a = await load(id);
  await transitionAudit(user, { id, version: a.version, transition, note });
  return load(id);
}

describe("the audit workflow", () => {
  let id: string;
  beforeAll(async () => {
    id = await newAudit();
  });

  it("cannot be published without a team with a lead auditor", async () => {
    const empty = await newAudit([]);
    await expect(step(as.manajer, empty, "publish")).rejects.toThrow("Tetapkan tim audit dengan satu ketua (lead auditor) sebelum rencana diterbitkan.");
    expect((await load(empty)).status).toBe("DIRENCANAKAN");
  });

  it("skipping a state is refused", async () => {
    await expect(step(as.manajer, id, "start")).rejects.toThrow(/Audit berstatus Direncanakan tidak dapat di-mulai pelaksanaan/);
    await expect(step(as.manajer, id, "finish")).rejects.toThrow(/tidak dapat di-selesaikan audit/);
  });

  it("is refused to the pimpinan, the lead auditor and another agency's manajer mutu", async () => {
    for (const user of [as.kadis, as.auditor, as.bpsmb]) await expect(step(user, id, "publish")).rejects.toThrow(/tidak berwenang/);
    expect((await load(id)).status).toBe("DIRENCANAKAN");
  });

  it("publish: DIRENCANAKAN → PERSIAPAN, stamped and recorded", async () => {
    const a = await step(as.manajer, id, "publish");
    expect(a.status).toBe("PERSIAPAN");
    expect(a.publishedAt).not.toBeNull();
    expect(await db().activity.count({ where: { entityId: id, action: "publish" } })).toBe(1);
  });

  it("a stale transition is refused", async () => {
    const a = await load(id);
    await expect(transitionAudit(as.manajer, { id, version: a.version - 1, transition: "start", note: null })).rejects.toThrow(/telah diubah oleh pengguna lain/);
  });

  it("start: PERSIAPAN → PELAKSANAAN", async () => {
    expect((await step(as.manajer, id, "start")).status).toBe("PELAKSANAAN");
  });

  it("report: PELAKSANAAN → PELAPORAN", async () => {
    expect((await step(as.manajer, id, "report")).status).toBe("PELAPORAN");
  });

  it("finish waits for the locked report, then PELAPORAN → SELESAI", async () => {
    await expect(step(as.manajer, id, "finish")).rejects.toThrow("Audit baru dapat diselesaikan setelah laporan audit disetujui, diterima dan dikunci.");
    // The report owner (audit-checklist) sets reportLockedAt when the report is locked.
    await db().audit.update({ where: { id }, data: { reportLockedAt: new Date() } });
    expect((await step(as.manajer, id, "finish")).status).toBe("SELESAI");
    await expect(step(as.manajer, id, "cancel", "Terlambat.")).rejects.toThrow(/Selesai tidak dapat di-batalkan audit/);
  });

  it("cancel needs a reason and is allowed from every open state", async () => {
    for (const path of [[], ["publish"], ["publish", "start"], ["publish", "start", "report"]] as AuditTransition[][]) {
      const other = await newAudit();
      for (const t of path) await step(as.manajer, other, t);
      await expect(step(as.manajer, other, "cancel", null)).rejects.toThrow("Tuliskan alasan pembatalan.");
      const a = await step(as.manajer, other, "cancel", "Unit sedang direorganisasi.");
      expect(a.status).toBe("DIBATALKAN");
      expect(a.cancelReason).toBe("Unit sedang direorganisasi.");
    }
  });
});

describe("opening and closing meetings", () => {
  let id: string;
  const meeting = (overrides: Partial<MeetingValues> = {}): MeetingValues => ({
    auditId: id, kind: "PEMBUKAAN", version: null, date: "2026-09-14", time: "08:00", notes: "Ketua auditor menyampaikan lingkup, jadwal dan metode audit.",
    attendance: "Yohanes Kefi — Ketua auditor\nDrs. Agustinus Lelo — Kepala Bidang Dayasos", agreedDeadlines: null, divergingOpinions: null, ...overrides,
  });

  beforeAll(async () => {
    id = await newAudit();
  });

  it("are not recorded before the audit is held", async () => {
    await expect(saveMeeting(as.manajer, meeting())).rejects.toThrow(/Rapat dicatat saat audit dilaksanakan/);
  });

  it("are recorded by the lead auditor with attendance; a member or an outsider is refused", async () => {
    await step(as.manajer, id, "publish");
    await step(as.manajer, id, "start");
    await expect(saveMeeting(as.auditor2, meeting())).rejects.toThrow(/tidak berwenang/);
    await expect(saveMeeting(as.kabid, meeting())).rejects.toThrow(/tidak berwenang/);
    await saveMeeting(as.auditor, meeting());
    const m = await db().auditMeeting.findFirstOrThrow({ where: { auditId: id, kind: "PEMBUKAAN" }, include: { attendees: { orderBy: { sortOrder: "asc" } } } });
    expect(m.attendees.map((a) => [a.name, a.position])).toEqual([["Yohanes Kefi", "Ketua auditor"], ["Drs. Agustinus Lelo", "Kepala Bidang Dayasos"]]);
    expect(m.heldAt.toISOString()).toBe("2026-09-14T00:00:00.000Z");
  });

  it("the closing meeting keeps agreed deadlines and diverging opinions; a stale edit is refused", async () => {
    await saveMeeting(as.manajer, meeting({ kind: "PENUTUPAN", time: "15:00", agreedDeadlines: "Tindakan perbaikan KTS minor paling lambat 30 Oktober 2026.", divergingOpinions: "Auditi belum sepakat atas temuan T/2026/002." }));
    const m = await db().auditMeeting.findFirstOrThrow({ where: { auditId: id, kind: "PENUTUPAN" } });
    expect(m.divergingOpinions).toBe("Auditi belum sepakat atas temuan T/2026/002.");
    await saveMeeting(as.auditor, meeting({ kind: "PENUTUPAN", version: m.version, notes: "Temuan dibacakan dan disepakati." }));
    await expect(saveMeeting(as.manajer, meeting({ kind: "PENUTUPAN", version: m.version, notes: "Perubahan basi." }))).rejects.toThrow(/telah diubah oleh pengguna lain/);
    await expect(saveMeeting(as.manajer, meeting({ kind: "PENUTUPAN", version: null, notes: "Dicatat lagi dari formulir kosong." }))).rejects.toThrow(/telah diubah oleh pengguna lain/);
    expect((await db().auditMeeting.findFirstOrThrow({ where: { auditId: id, kind: "PENUTUPAN" } })).notes).toBe("Temuan dibacakan dan disepakati.");
  });
});

describe("two writers at once", () => {
  it("two edits of one plan with the same version: one wins, the other is told", async () => {
    for (let round = 0; round < 4; round++) {
      const id = await newAudit();
      const a = await load(id);
      const { winners, refusals } = await race([
        async () => updateAudit(as.manajer, id, a.version, await planValues(db(), team(), { title: `Judul A ${round}` })),
        async () => updateAudit(as.manajer, id, a.version, await planValues(db(), team(), { title: `Judul B ${round}` })),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect((await load(id)).title).toBe(`Judul ${winners[0] === 0 ? "A" : "B"} ${round}`);
      expect(await db().auditTeamMember.count({ where: { auditId: id } })).toBe(2);
    }
  });

  it("publish and cancel at once: exactly one transition happens", async () => {
    for (let round = 0; round < 4; round++) {
      const id = await newAudit();
      const a = await load(id);
      const { winners, refusals } = await race([
        () => transitionAudit(as.manajer, { id, version: a.version, transition: "publish", note: null }),
        () => transitionAudit(as.manajer, { id, version: a.version, transition: "cancel", note: "Batal." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect((await load(id)).status).toBe(winners[0] === 0 ? "PERSIAPAN" : "DIBATALKAN");
    }
  });

  it("two sessions booking one auditor in overlapping slots of two audits: one is kept", async () => {
    const dayasos = await unitId(db(), "ntt.dinsos.dayasos");
    for (let round = 0; round < 4; round++) {
      const [x, y] = [await newAudit(), await newAudit()];
      const slot = { kind: "SESI_UNIT" as const, unitId: dayasos, date: "2026-09-15", startTime: `${10 + round}:00`, endTime: `${10 + round}:45`, place: null, note: null, auditorIds: [as.auditor2.id] };
      const { winners, refusals } = await race([
        () => addScheduleItem(as.manajer, { ...slot, auditId: x }),
        () => addScheduleItem(as.manajer, { ...slot, auditId: y }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().auditScheduleItem.count({ where: { auditId: { in: [x, y] } } })).toBe(1);
    }
  });
});
