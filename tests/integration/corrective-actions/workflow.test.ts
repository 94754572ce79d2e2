// Tindakan perbaikan as the workflow runs it: every gate and its refusal, the verifier rule, the
// not-effective loop into a new round, bad input, permissions and what each role may read.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { getCorrectiveAction, listCorrectiveActions } from "../../../lib/corrective-actions/data";
import { transitionCorrectiveAction } from "../../../lib/corrective-actions/mutations";
import { openCorrectiveAction } from "../../../lib/corrective-actions/open-mutations";
import { recordItemDone, savePlan } from "../../../lib/corrective-actions/plan-mutations";
import { todayDate } from "../../../lib/corrective-actions/rules";
import { caListQuerySchema, planSchema, type PlanInput } from "../../../lib/corrective-actions/schema";
import { saveSettings } from "../../../lib/corrective-actions/settings-mutations";
import type { CaTransition } from "../../../lib/corrective-actions/workflow";
import { raiseFinding } from "../../../lib/findings/raise-mutations";
import { acceptedFindingWithAction } from "../../../seeds/factories/corrective-actions";
import { ensureUser } from "../../../seeds/factories/org";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { sessionFor, unitId } from "../../helpers/users";

const day = (offset: number) => new Date(todayDate().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const TEXT = { name: "bukti.txt", type: "text/plain", bytes: new TextEncoder().encode("Daftar hadir sosialisasi SOP, 12 peserta.") };

const demo = useDemoDatabase(demoUsers("manajer", "auditor", "kabid", "lansia", "kadis", "bpsmb"), { sops: false });
const db = demo.db;
/** The demo accounts, and a second auditor of the agency added below. */
const as = demo.as as typeof demo.as & { auditor2: SessionUser };
beforeAll(async () => {
  // A second auditor of the agency, who implements nothing, to verify.
  const agency = await unitId(db(), "ntt.dinsos");
  await ensureUser(db(), {
    email: "auditor2@dinsos.test", name: "Auditor Kedua", unitId: await unitId(db(), "ntt.dinsos.sekretariat"), password: "PortalMutu#2026",
    grants: [{ role: "AUDITOR", unitId: agency }],
  });
  as.auditor2 = await sessionFor(db(), "auditor2@dinsos.test");
});

const load = (id: string) => db().correctiveAction.findUniqueOrThrow({ where: { id }, include: { items: true, causes: true } });

async function newCa(category: "KTS_MAYOR" | "KTS_MINOR" = "KTS_MINOR", auditId: string | null = null) {
  return acceptedFindingWithAction(db(), as.manajer, {
    unitId: await unitId(db(), "ntt.dinsos.dayasos"), category, auditId,
    statement: "Disposisi surat permohonan bantuan tidak tercatat pada buku agenda.", evidence: "3 dari 20 surat Maret tanpa nomor agenda.",
  });
}

function plan(id: string, version: number, overrides: Partial<PlanInput> = {}) {
  return planSchema.parse({
    id, version, correction: "Surat yang belum tercatat dicatat ulang hari ini.",
    whys: ["Surat tidak dicatat", "Petugas agenda cuti", "Tidak ada pengganti"],
    causes: [{ category: "METODE", description: "SOP tidak menunjuk petugas pengganti." }],
    items: [{ description: "Revisi SOP agenda: tunjuk petugas pengganti.", picId: as.kabid.id, dueDate: day(10), sopId: null }],
    ...overrides,
  });
}

async function go(user: SessionUser, id: string, transition: CaTransition, note: string | null = null) {
  const ca = await load(id);
  await transitionCorrectiveAction(user, { id, version: ca.version, transition, note });
  return load(id);
}

/** A round planned, approved, done with evidence, reported, and past its waiting period. */
async function implemented(id: string, pic: SessionUser = as.kabid) {
  await savePlan(as.kabid, plan(id, (await load(id)).version, { items: [{ description: "Tunjuk petugas pengganti.", picId: pic.id, dueDate: day(5), sopId: null }] }));
  await go(as.kabid, id, "submit");
  await go(as.manajer, id, "approve");
  const item = (await load(id)).items[0]!;
  await recordItemDone(as.kabid, { itemId: item.id, version: item.version, note: "Surat tugas pengganti terbit." }, TEXT);
  await go(as.kabid, id, "complete");
  await db().correctiveAction.update({ where: { id }, data: { implementedAt: new Date(Date.now() - 30 * 86_400_000) } });
}

describe("opening a corrective action", () => {
  it("opens round 1 of an accepted KTS finding, due after the category's days, and only once", async () => {
    const { findingId, correctiveActionId } = await newCa("KTS_MAYOR");
    const ca = await load(correctiveActionId);
    expect(ca).toMatchObject({ round: 1, status: "TERBUKA" });
    expect(ca.dueDate.toISOString().slice(0, 10)).toBe(day(30));
    const again = await db().$transaction((tx) => openCorrectiveAction(tx, as.manajer, findingId));
    expect(again.id).toBe(correctiveActionId);
    expect(await db().correctiveAction.count({ where: { findingId } })).toBe(1);
  });

  it("refuses a finding not yet accepted and an observation", async () => {
    const unit = await unitId(db(), "ntt.dinsos.dayasos");
    const open = (category: "KTS_MINOR" | "OBSERVASI", accept: boolean) =>
      db().$transaction(async (tx) => {
        const f = await raiseFinding(tx, as.manajer, { source: "MANDIRI", category, unitId: unit, statement: "Pernyataan uji.", evidence: "Bukti uji." });
        if (accept) await tx.finding.update({ where: { id: f.id }, data: { status: "DITERIMA" } });
        return openCorrectiveAction(tx, as.manajer, f.id);
      });
    await expect(open("KTS_MINOR", false)).rejects.toThrow(/setelah temuan diterima/);
    await expect(open("OBSERVASI", true)).rejects.toThrow(/Observasi tidak memerlukan/);
  });
});

describe("the plan (TERBUKA)", () => {
  it("refuses the submit gate while correction, root cause or action is missing, and writes nothing", async () => {
    const { correctiveActionId: id } = await newCa();
    await expect(go(as.kabid, id, "submit")).rejects.toThrow(/koreksi.*belum diisi, belum ada akar masalah, belum ada tindakan perbaikan/);
    await savePlan(as.kabid, plan(id, 1, { items: [] }));
    await expect(go(as.kabid, id, "submit")).rejects.toThrow(/Rencana belum lengkap: belum ada tindakan perbaikan\./);
    expect((await load(id)).status).toBe("TERBUKA");
  });

  it("refuses bad input in the form: a due date in the past and an action without PIC", () => {
    const parsed = planSchema.safeParse({
      id: "x", version: 1, correction: null, whys: [], causes: [],
      items: [{ description: "Tindakan tanpa PIC", picId: "", dueDate: day(-1), sopId: null }],
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("items.0.picId: Pilih PIC tindakan.");
    expect(messages).toContain("items.0.dueDate: Tenggat tidak boleh sebelum hari ini.");
  });

  it("refuses a PIC of another agency, the wrong role, the right role on another unit and a stale edit", async () => {
    const { correctiveActionId: id } = await newCa();
    const item = (picId: string) => [{ description: "Tunjuk petugas pengganti.", picId, dueDate: day(3), sopId: null }];
    await expect(savePlan(as.kabid, plan(id, 1, { items: item(as.bpsmb.id) }))).rejects.toMatchObject({ fieldErrors: { "items.0.picId": [expect.stringMatching(/Dinas Sosial/)] } });
    await expect(savePlan(as.manajer, plan(id, 1))).rejects.toThrow(/tidak berwenang/);
    await expect(savePlan(as.lansia, plan(id, 1))).rejects.toThrow(/tidak berwenang/);
    await savePlan(as.kabid, plan(id, 1));
    await expect(savePlan(as.kabid, plan(id, 1))).rejects.toThrow(/diubah oleh pengguna lain/);
    const ca = await load(id);
    expect(ca.version).toBe(2);
    expect(ca.correction).toBe("Surat yang belum tercatat dicatat ulang hari ini.");
    expect(ca.whys).toHaveLength(3);
    expect(ca.causes.map((c) => c.category)).toEqual(["METODE"]);
    expect(ca.items.map((i) => i.picId)).toEqual([as.kabid.id]);
  });
});

describe("the gates", () => {
  it("refuses skipping a gate", async () => {
    const { correctiveActionId: id } = await newCa();
    await expect(go(as.manajer, id, "approve")).rejects.toThrow(/Terbuka \(analisis\) tidak dapat di-setujui rencana/);
    await expect(go(as.kabid, id, "complete")).rejects.toThrow(/tidak dapat di-laporkan selesai/);
    await expect(go(as.auditor2, id, "verify_effective", "Efektif.")).rejects.toThrow(/tidak dapat/);
    expect((await load(id)).status).toBe("TERBUKA");
  });

  it("approval: the manajer mutu or the audit's lead auditor; not another auditor, not the auditee", async () => {
    const agency = await unitId(db(), "ntt.dinsos");
    const audit = await db().audit.create({
      data: {
        agencyId: agency, number: "AUD/CA/1", title: "Audit uji", objectives: "Uji", criteria: "ISO 9001:2015", clauses: [],
        startDate: new Date("2026-03-01"), endDate: new Date("2026-03-02"), team: { create: [{ userId: as.auditor2.id, role: "KETUA" }] },
      },
    });
    const { correctiveActionId: id } = await newCa("KTS_MINOR", audit.id);
    await savePlan(as.kabid, plan(id, 1));
    await go(as.kabid, id, "submit");
    await expect(go(as.auditor, id, "approve")).rejects.toThrow(/manajer mutu atau ketua tim audit/);
    await expect(go(as.kabid, id, "approve")).rejects.toThrow(/tidak berwenang/);
    await expect(go(as.bpsmb, id, "approve")).rejects.toThrow(/tidak berwenang/);
    expect((await go(as.auditor2, id, "approve")).status).toBe("RENCANA_DISETUJUI");
  });

  it("a returned plan goes back to the unit with the note", async () => {
    const { correctiveActionId: id } = await newCa();
    await savePlan(as.kabid, plan(id, 1));
    await go(as.kabid, id, "submit");
    await expect(go(as.manajer, id, "return")).rejects.toThrow(/apa yang perlu diperbaiki/);
    const ca = await go(as.manajer, id, "return", "Akar masalah belum sampai ke penyebab.");
    expect(ca).toMatchObject({ status: "TERBUKA", returnNote: "Akar masalah belum sampai ke penyebab." });
  });

  it("done needs every action recorded with evidence; evidence too large or of a forbidden type is refused", async () => {
    const { correctiveActionId: id } = await newCa();
    await savePlan(as.kabid, plan(id, 1, { items: [
      { description: "Revisi SOP agenda.", picId: as.kabid.id, dueDate: day(5), sopId: null },
      { description: "Sosialisasi SOP hasil revisi.", picId: as.kabid.id, dueDate: day(9), sopId: null },
    ] }));
    await go(as.kabid, id, "submit");
    const [first, second] = (await go(as.manajer, id, "approve")).items.sort((a, b) => a.position - b.position);
    await expect(go(as.kabid, id, "complete")).rejects.toThrow(/Masih ada 2 tindakan/);
    await expect(recordItemDone(as.kabid, { itemId: first!.id, version: first!.version, note: "SOP direvisi." }, null)).rejects.toThrow(/Lampirkan berkas bukti/);
    const big = { name: "besar.pdf", type: "application/pdf", bytes: new Uint8Array(6 * 1024 * 1024) };
    await expect(recordItemDone(as.kabid, { itemId: first!.id, version: first!.version, note: "SOP direvisi." }, big)).rejects.toThrow(/terlalu besar/);
    const exe = { name: "bukti.exe", type: "application/octet-stream", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) };
    await expect(recordItemDone(as.kabid, { itemId: first!.id, version: first!.version, note: "SOP direvisi." }, exe)).rejects.toThrow(/tidak didukung/);
    await expect(recordItemDone(as.lansia, { itemId: first!.id, version: first!.version, note: "SOP direvisi." }, TEXT)).rejects.toThrow(/tidak berwenang/);
    expect(await db().attachment.count({ where: { correctiveActionEvidence: { some: { itemId: first!.id } } } })).toBe(0);
    await recordItemDone(as.kabid, { itemId: first!.id, version: first!.version, note: "SOP direvisi." }, TEXT);
    await expect(recordItemDone(as.kabid, { itemId: first!.id, version: first!.version, note: "Lagi." }, TEXT)).rejects.toThrow(/diubah oleh pengguna lain/);
    await expect(go(as.kabid, id, "complete")).rejects.toThrow(/Masih ada 1 tindakan/);
    await recordItemDone(as.kabid, { itemId: second!.id, version: second!.version, note: "Sosialisasi 12 pegawai." }, TEXT);
    const ca = await go(as.kabid, id, "complete");
    expect(ca.status).toBe("DILAKSANAKAN");
    expect(ca.implementedById).toBe(as.kabid.id);
  });
});

describe("verification", () => {
  it("waits the category's period after implementation before verifying", async () => {
    const { correctiveActionId: id } = await newCa();
    await implemented(id);
    await db().correctiveAction.update({ where: { id }, data: { implementedAt: new Date() } });
    await expect(go(as.auditor2, id, "start_verification")).rejects.toThrow(/baru dapat diverifikasi mulai/);
    await saveSettings(as.manajer, { agencyId: await unitId(db(), "ntt.dinsos"), version: null, dueDaysMayor: 30, dueDaysMinor: 60, waitDaysMayor: 14, waitDaysMinor: 0 });
    expect((await go(as.auditor2, id, "start_verification")).status).toBe("VERIFIKASI");
  });

  it("the verifier is never a person who implemented the actions; the auditee cannot close", async () => {
    const { correctiveActionId: id, findingId } = await newCa();
    await implemented(id, as.auditor);
    await expect(go(as.auditor, id, "start_verification")).rejects.toThrow(/ikut melaksanakan/);
    await go(as.auditor2, id, "start_verification");
    await expect(go(as.kabid, id, "verify_effective", "Efektif.")).rejects.toThrow(/tidak berwenang/);
    await expect(go(as.bpsmb, id, "verify_effective", "Efektif.")).rejects.toThrow(/tidak berwenang/);
    await expect(go(as.auditor, id, "verify_effective", "Efektif.")).rejects.toThrow(/ikut melaksanakan/);
    expect((await load(id)).status).toBe("VERIFIKASI");
    expect((await db().finding.findUniqueOrThrow({ where: { id: findingId } })).status).toBe("DITERIMA");
  });

  it("not effective ends the round and opens the next; effective closes the finding", async () => {
    const { correctiveActionId: id, findingId } = await newCa();
    await implemented(id);
    await go(as.auditor2, id, "start_verification");
    await expect(go(as.auditor2, id, "verify_not_effective")).rejects.toThrow(/alasan/);
    const first = await go(as.auditor2, id, "verify_not_effective", "Bulan April masih ada 2 surat tanpa nomor agenda.");
    expect(first).toMatchObject({ status: "TIDAK_EFEKTIF", verifiedById: as.auditor2.id });
    const second = await db().correctiveAction.findFirstOrThrow({ where: { findingId, round: 2 } });
    expect(second.status).toBe("TERBUKA");
    // The earlier round is read-only.
    await expect(savePlan(as.kabid, plan(id, first.version))).rejects.toThrow(/tidak dapat diubah/);
    await implemented(second.id);
    await go(as.auditor2, second.id, "start_verification");
    const closed = await go(as.auditor2, second.id, "verify_effective", "Mei-Juni: 40 surat, semua bernomor agenda.");
    expect(closed).toMatchObject({ status: "DITUTUP", verificationNote: "Mei-Juni: 40 surat, semua bernomor agenda." });
    expect((await db().finding.findUniqueOrThrow({ where: { id: findingId } })).status).toBe("DITUTUP");
    const actions = await db().activity.findMany({ where: { entityId: { in: [id, second.id, findingId] } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["verify_not_effective", "verify_effective", "close", "record_done", "plan", "approve"]));
    const detail = await getCorrectiveAction(as.kabid, second.id);
    expect(detail!.rounds.map((r) => [r.round, r.status])).toEqual([[2, "DITUTUP"], [1, "TIDAK_EFEKTIF"]]);
    expect(detail!.current.transitions).toEqual([]);
  });
});

describe("reading and settings", () => {
  it("each reads its own scope: the unit's auditee, not another unit's, not another agency", async () => {
    const { correctiveActionId: id } = await newCa();
    const q = caListQuerySchema.parse({});
    expect((await listCorrectiveActions(as.kabid, q)).rows.map((r) => r.id)).toContain(id);
    expect((await listCorrectiveActions(as.manajer, q)).rows.map((r) => r.id)).toContain(id);
    expect((await listCorrectiveActions(as.lansia, q)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listCorrectiveActions(as.bpsmb, q)).total).toBe(0);
    expect(await getCorrectiveAction(as.bpsmb, id)).toBeNull();
    expect(await getCorrectiveAction(as.lansia, id)).toBeNull();
  });

  it("the overdue filter lists a running round past its due date and not a closed one", async () => {
    const { correctiveActionId: id } = await newCa();
    await db().correctiveAction.update({ where: { id }, data: { dueDate: new Date(`${day(-3)}T00:00:00Z`) } });
    const overdue = await listCorrectiveActions(as.manajer, caListQuerySchema.parse({ overdue: "1" }));
    expect(overdue.rows.find((r) => r.id === id)?.overdue).toBe(true);
    await db().correctiveAction.update({ where: { id }, data: { status: "DITUTUP" } });
    expect((await listCorrectiveActions(as.manajer, caListQuerySchema.parse({ overdue: "1" }))).rows.map((r) => r.id)).not.toContain(id);
  });

  it("settings: only the agency's manajer mutu, with the version seen; new rounds use them", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    const row = await db().correctiveActionSetting.findUnique({ where: { agencyId } });
    const values = { agencyId, version: row?.version ?? null, dueDaysMayor: 20, dueDaysMinor: 45, waitDaysMayor: 10, waitDaysMinor: 0 };
    await expect(saveSettings(as.bpsmb, values)).rejects.toThrow(/tidak berwenang/);
    await expect(saveSettings(as.kabid, values)).rejects.toThrow(/tidak berwenang/);
    await saveSettings(as.manajer, values);
    await expect(saveSettings(as.manajer, values)).rejects.toThrow(/diubah oleh pengguna lain/);
    const { correctiveActionId } = await newCa("KTS_MINOR");
    expect((await load(correctiveActionId)).dueDate.toISOString().slice(0, 10)).toBe(day(45));
  });
});
