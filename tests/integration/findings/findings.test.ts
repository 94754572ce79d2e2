// Temuan end to end against the database: raising from other sources and from a missed sasaran
// mutu, the response gates (accept, dispute, confirm, reclassify, withdraw, close an observasi)
// and who may do each, bad input, the register's scope and filters, and two writers at once.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { expectedFailure } from "../../../lib/errors";
import { addFindingEvidence, createFinding } from "../../../lib/findings/create-mutations";
import { getFinding, listFindings, listSimilarFindings } from "../../../lib/findings/data";
import { buildFindingExportRows } from "../../../lib/findings/export-data";
import { findingsToCsv } from "../../../lib/findings/export-files";
import { missedObjectivePrefill } from "../../../lib/findings/options-data";
import { findingListQuerySchema } from "../../../lib/findings/schema";
import { transitionFinding } from "../../../lib/findings/workflow-mutations";
import { isAchieved } from "../../../lib/objectives/rules";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { auditWithTeam, ensureClauses, plor } from "./helpers";

const NOW = new Date("2026-11-23T08:00:00Z");

const { db, as } = useDemoDatabase(demoUsers("manajer", "auditor", "kabid", "lansia", "kadis", "bpsmb", "biro"));
beforeAll(async () => {
  await ensureClauses(db());
});

const load = (id: string) => db().finding.findUniqueOrThrow({ where: { id } });
const count = async () => ({ findings: await db().finding.count(), activity: await db().activity.count(), files: await db().attachment.count() });

const refusedWithoutTrace = (call: () => Promise<unknown>, message: RegExp, recordId?: string) =>
  expectRefusedUnchanged(call, message, async () => [await count(), recordId ? await load(recordId) : null]);

async function step(user: SessionUser, id: string, transition: Parameters<typeof transitionFinding>[1]["transition"], note: string | null = null) {
  const f = await load(id);
  await transitionFinding(user, { id, version: f.version, transition, note }, NOW);
  return load(id);
}

const pdf = (size = 200) => ({ name: "bukti.pdf", type: "application/pdf", bytes: new Uint8Array([...new TextEncoder().encode("%PDF-1.4\n"), ...new Uint8Array(size)]) });

/** A measured period of a Dinas Sosial objective that missed (or met) its target, from the demo data. */
async function measuredPeriod(missed: boolean) {
  const rows = await db().objectiveMeasurement.findMany({
    where: { objective: { unit: { code: { startsWith: "ntt.dinsos" } }, approvedAt: { not: null } } },
    select: { period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true, objective: { select: { id: true, unitId: true } } },
  });
  const found = rows.find((m) => isAchieved(m, m.value) !== missed);
  if (!found) throw new Error("demo data has no such measurement");
  return found;
}

describe("raising a finding", () => {
  it("the manajer mutu raises from an external audit: numbered per agency and year, evidence kept, history written", async () => {
    const raised = await createFinding(as.manajer, await plor(db(), { dueDate: "2026-12-31" }), pdf(), NOW);
    expect(raised.number).toMatch(/^T\/2026\/\d{3}$/);
    const f = await load(raised.id);
    expect(f).toMatchObject({ source: "AUDIT_EKSTERNAL", status: "TERBUKA", category: "KTS_MINOR", raisedById: as.manajer.id });
    expect(await db().findingEvidence.count({ where: { findingId: raised.id } })).toBe(1);
    expect(await db().activity.count({ where: { entity: "finding", entityId: raised.id, action: "create" } })).toBe(1);
    const second = await createFinding(as.manajer, await plor(db()), null, NOW);
    expect(Number(second.number.slice(-3))).toBe(Number(raised.number.slice(-3)) + 1);
  });

  it("from a missed sasaran mutu: the prefill names the unit, objective, period and values, and the finding links them", async () => {
    const m = await measuredPeriod(true);
    const prefill = await missedObjectivePrefill(as.manajer, m.objective.id, m.period);
    expect(prefill).not.toBeNull();
    expect(prefill!.unitId).toBe(m.objective.unitId);
    expect(prefill!.statement).toMatch(/tidak tercapai/);
    expect(prefill!.evidence).toContain(String(m.value).replace(".", ","));
    const raised = await createFinding(as.manajer, await plor(db(), {
      source: "SASARAN_MUTU", unitId: prefill!.unitId, objectiveId: m.objective.id, measurementPeriod: m.period,
      statement: prefill!.statement, evidence: prefill!.evidence, reference: prefill!.reference, clauseCode: "9.1.3",
    }), null, NOW);
    expect(await load(raised.id)).toMatchObject({ source: "SASARAN_MUTU", objectiveId: m.objective.id, measurementPeriod: m.period, unitId: m.objective.unitId });
  });

  it("refuses a finding from a period that met its target, or on another unit than the objective's", async () => {
    const met = await measuredPeriod(false);
    await refusedWithoutTrace(async () => createFinding(as.manajer, await plor(db(), {
      source: "SASARAN_MUTU", unitId: met.objective.unitId, objectiveId: met.objective.id, measurementPeriod: met.period,
    }), null, NOW), /tercapai; tidak ada ketidaksesuaian/);
    const missed = await measuredPeriod(true);
    const other = await unitId(db(), missed.objective.unitId === (await unitId(db(), "ntt.dinsos.uptd-lansia")) ? "ntt.dinsos.dayasos" : "ntt.dinsos.uptd-lansia");
    await refusedWithoutTrace(async () => createFinding(as.manajer, await plor(db(), {
      source: "SASARAN_MUTU", unitId: other, objectiveId: missed.objective.id, measurementPeriod: missed.period,
    }), null, NOW), /unit pemilik sasaran/);
  });

  it("bad input: a due date in the past, evidence too large or of a forbidden type: nothing written", async () => {
    await refusedWithoutTrace(async () => createFinding(as.manajer, await plor(db(), { dueDate: "2026-11-22" }), null, NOW), /sebelum hari ini/);
    await refusedWithoutTrace(async () => createFinding(as.manajer, await plor(db()), pdf(11 * 1024 * 1024), NOW), /terlalu besar/);
    // The refusal names the file field, not "evidence" (the PLOR text of objective evidence).
    const refused = await createFinding(as.manajer, await plor(db()), pdf(11 * 1024 * 1024), NOW).catch((e: unknown) => e);
    expect((refused as { fieldErrors?: unknown }).fieldErrors).toEqual({ evidenceFile: [expect.stringMatching(/terlalu besar/)] });
    const exe = { name: "bukti.pdf", type: "application/pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) };
    await refusedWithoutTrace(async () => createFinding(as.manajer, await plor(db()), exe, NOW), /tidak didukung/);
  });

  it("an auditor outside an audit, or an unassigned auditor in an audit, cannot raise; an assigned one can", async () => {
    await refusedWithoutTrace(async () => createFinding(as.auditor, await plor(db()), null, NOW), /manajer mutu/);
    const audit = await auditWithTeam(db(), "ntt.dinsos.dayasos", as.manajer.id);
    await refusedWithoutTrace(async () => createFinding(as.auditor, await plor(db(), { source: "AUDIT_INTERNAL", auditId: audit.id }), null, NOW), /tidak ditugaskan/);
    const assigned = await auditWithTeam(db(), "ntt.dinsos.dayasos", as.manajer.id, [as.auditor.id]);
    const raised = await createFinding(as.auditor, await plor(db(), { source: "AUDIT_INTERNAL", auditId: assigned.id }), null, NOW);
    expect(await load(raised.id)).toMatchObject({ auditId: assigned.id, raisedById: as.auditor.id });
  });

  it("the wrong role and another agency cannot raise", async () => {
    await refusedWithoutTrace(async () => createFinding(as.kabid, await plor(db(), { source: "MANDIRI" }), null, NOW), /tidak berwenang/);
    await refusedWithoutTrace(async () => createFinding(as.bpsmb, await plor(db()), null, NOW), /tidak berwenang/);
  });
});

describe("the response gates", () => {
  it("dispute → the manajer mutu confirms → the auditee accepts; every step recorded with its reason", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    await expect(step(as.kabid, id, "dispute")).rejects.toThrow(/alasan sanggahan/);
    let f = await step(as.kabid, id, "dispute", "Verifikasi dilakukan lisan oleh kepala seksi.");
    expect(f).toMatchObject({ status: "DISANGGAH", disputeReason: "Verifikasi dilakukan lisan oleh kepala seksi.", disputedById: as.kabid.id });
    f = await step(as.manajer, id, "confirm", "SOP mensyaratkan paraf verifikator.");
    expect(f).toMatchObject({ status: "TERBUKA", decisionNote: "SOP mensyaratkan paraf verifikator.", decidedById: as.manajer.id, category: "KTS_MINOR" });
    f = await step(as.kabid, id, "accept");
    expect(f).toMatchObject({ status: "DITERIMA", acceptedById: as.kabid.id });
    const actions = await db().activity.findMany({ where: { entity: "finding", entityId: id }, orderBy: { id: "asc" }, select: { action: true, reason: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "dispute", "confirm", "accept"]);
    expect(actions[1].reason).toBe("Verifikasi dilakukan lisan oleh kepala seksi.");
    const detail = await getFinding(as.kabid, id, NOW);
    expect(detail?.timeline.map((t) => t.action)).toEqual(["create", "dispute", "confirm", "accept"]);
  });

  it("a disputed finding can be reclassified (back to the auditee) or withdrawn (final)", async () => {
    const a = await createFinding(as.manajer, await plor(db(), { category: "KTS_MAYOR" }), null, NOW);
    await step(as.kabid, a.id, "dispute", "Hanya satu berkas, bukan kegagalan sistem.");
    await expect(step(as.manajer, a.id, "reclassify_mayor", "Tetap mayor.")).rejects.toThrow(/sudah berkategori/);
    expect(await step(as.manajer, a.id, "reclassify_minor", "Satu kejadian: minor.")).toMatchObject({ status: "TERBUKA", category: "KTS_MINOR" });
    const b = await createFinding(as.manajer, await plor(db()), null, NOW);
    await step(as.kabid, b.id, "dispute", "Berkas lengkap di arsip bidang.");
    const withdrawn = await step(as.manajer, b.id, "withdraw", "Berkas ditemukan lengkap.");
    expect(withdrawn).toMatchObject({ status: "DICABUT", decisionNote: "Berkas ditemukan lengkap." });
    expect(withdrawn.closedAt).not.toBeNull();
    await refusedWithoutTrace(() => step(as.kabid, b.id, "accept"), /Dicabut tidak dapat/, b.id);
  });

  it("an OBSERVASI closes with a recorded decision; a KTS cannot close that way", async () => {
    const obs = await createFinding(as.manajer, await plor(db(), { category: "OBSERVASI" }), null, NOW);
    await expect(step(as.manajer, obs.id, "close_observation")).rejects.toThrow(/keputusan penutupan/);
    const closed = await step(as.manajer, obs.id, "close_observation", "Dicatat sebagai peluang peningkatan untuk RTM.");
    expect(closed).toMatchObject({ status: "DITUTUP", decisionNote: "Dicatat sebagai peluang peningkatan untuk RTM." });
    const kts = await createFinding(as.manajer, await plor(db()), null, NOW);
    await refusedWithoutTrace(() => step(as.manajer, kts.id, "close_observation", "Tutup saja."), /Hanya observasi/, kts.id);
  });

  it("skipping a gate is refused: accepting a disputed finding, confirming an undisputed one", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    await refusedWithoutTrace(() => step(as.manajer, id, "confirm", "Dikukuhkan."), /Terbuka.*tidak dapat/, id);
    await step(as.kabid, id, "dispute", "Tidak sesuai fakta.");
    await refusedWithoutTrace(() => step(as.kabid, id, "accept"), /Disanggah tidak dapat/, id);
  });

  it("who may respond and decide: not another unit's auditee, not the auditee deciding, not another agency; the lead auditor decides audit findings", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    await refusedWithoutTrace(() => step(as.lansia, id, "accept"), /tidak berwenang/, id);
    await refusedWithoutTrace(() => step(as.manajer, id, "accept"), /tidak berwenang/, id);
    await refusedWithoutTrace(() => step(as.bpsmb, id, "accept"), /tidak berwenang/, id);
    await step(as.kabid, id, "dispute", "Tidak sesuai fakta.");
    await refusedWithoutTrace(() => step(as.kabid, id, "withdraw", "Saya cabut."), /tidak berwenang/, id);
    await refusedWithoutTrace(() => step(as.auditor, id, "withdraw", "Dicabut."), /diputus oleh manajer mutu/, id);

    const audit = await auditWithTeam(db(), "ntt.dinsos.dayasos", as.auditor.id);
    const inAudit = await createFinding(as.auditor, await plor(db(), { source: "AUDIT_INTERNAL", auditId: audit.id }), null, NOW);
    await step(as.kabid, inAudit.id, "dispute", "Tidak sesuai fakta.");
    await refusedWithoutTrace(() => step(as.manajer, inAudit.id, "withdraw", "Dicabut."), /ketua auditor/, inAudit.id);
    expect(await step(as.auditor, inAudit.id, "confirm", "Bukti cukup.")).toMatchObject({ status: "TERBUKA", decidedById: as.auditor.id });
  });

  it("a stale version is refused and changes nothing", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    const f = await load(id);
    await step(as.kabid, id, "dispute", "Tidak sesuai.");
    await refusedWithoutTrace(() => transitionFinding(as.kabid, { id, version: f.version, transition: "accept", note: null }, NOW), /diubah pengguna lain|Muat ulang/, id);
  });

  it("two responses at once: exactly one wins, the other is told it is stale", async () => {
    for (let round = 0; round < 4; round++) {
      const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
      const f = await load(id);
      const results = await Promise.allSettled([
        transitionFinding(as.kabid, { id, version: f.version, transition: "accept", note: null }, NOW),
        transitionFinding(as.kabid, { id, version: f.version, transition: "dispute", note: "Tidak sesuai." }, NOW),
      ]);
      const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
      expect(winners).toHaveLength(1);
      const refusal = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(expectedFailure(refusal.reason)?.ok === false && expectedFailure(refusal.reason)).toMatchObject({ reason: "STALE" });
      expect((await load(id)).status).toBe(winners[0] === 0 ? "DITERIMA" : "DISANGGAH");
      expect(await db().activity.count({ where: { entityId: id, action: { in: ["accept", "dispute"] } } })).toBe(1);
    }
  });
});

describe("reading", () => {
  it("another agency cannot read; the province reader can; the auditee sees only their unit", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    expect(await getFinding(as.bpsmb, id, NOW)).toBeNull();
    expect((await listFindings(as.bpsmb, findingListQuerySchema.parse({}), NOW)).rows.some((r) => r.id === id)).toBe(false);
    expect(await getFinding(as.biro, id, NOW)).not.toBeNull();
    expect(await getFinding(as.lansia, id, NOW)).toBeNull();
    const mine = await listFindings(as.kabid, findingListQuerySchema.parse({}), NOW);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.unitName.includes("Pemberdayaan"))).toBe(true);
  });

  it("the register filters by category, status, source, overdue and exports formula-safe CSV", async () => {
    const danger = await createFinding(as.manajer, await plor(db(), { category: "OBSERVASI", statement: "=HYPERLINK(\"http://x\") arsip tidak tertata", dueDate: "2026-11-24" }), null, NOW);
    const byCategory = await listFindings(as.manajer, findingListQuerySchema.parse({ category: "OBSERVASI", status: "TERBUKA" }), NOW);
    expect(byCategory.rows.map((r) => r.id)).toContain(danger.id);
    expect(byCategory.rows.every((r) => r.category === "OBSERVASI" && r.status === "TERBUKA")).toBe(true);
    const later = new Date("2026-12-01T08:00:00Z");
    const overdue = await listFindings(as.manajer, findingListQuerySchema.parse({ overdue: "1" }), later);
    expect(overdue.rows.find((r) => r.id === danger.id)?.overdue).toBe(true);
    expect((await listFindings(as.manajer, findingListQuerySchema.parse({ overdue: "1" }), NOW)).rows.some((r) => r.id === danger.id)).toBe(false);
    expect((await listFindings(as.manajer, findingListQuerySchema.parse({ source: "PENGADUAN" }), NOW)).rows.some((r) => r.id === danger.id)).toBe(false);
    const csv = findingsToCsv(await buildFindingExportRows(as.manajer, findingListQuerySchema.parse({ category: "OBSERVASI" }), NOW));
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });

  it("could it occur elsewhere: findings of other units with the same clause are suggested", async () => {
    const here = await createFinding(as.manajer, await plor(db(), { clauseCode: "7.5.3" }), null, NOW);
    const there = await createFinding(as.manajer, await plor(db(), { clauseCode: "7.5.3", unitId: await unitId(db(), "ntt.dinsos.uptd-lansia") }), null, NOW);
    const f = await load(here.id);
    const similar = await listSimilarFindings(as.manajer, f);
    expect(similar.map((s) => s.id)).toContain(there.id);
    expect(similar.every((s) => s.id !== here.id)).toBe(true);
    expect(similar.find((s) => s.id === there.id)?.match).toBe("Klausul 7.5.3");
  });

  it("evidence is added to an open finding by the manajer mutu, not by the auditee of another unit", async () => {
    const { id } = await createFinding(as.manajer, await plor(db()), null, NOW);
    await addFindingEvidence(as.manajer, id, pdf());
    expect(await db().findingEvidence.count({ where: { findingId: id } })).toBe(1);
    await refusedWithoutTrace(() => addFindingEvidence(as.lansia, id, pdf()), /tidak berwenang/);
  });
});
