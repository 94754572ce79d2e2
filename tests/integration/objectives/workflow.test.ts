// Sasaran mutu as the workflow runs it: who may do what, the transitions, measurements,
// achievement, stale edits, and what each role may read.
import { describe, expect, it } from "vitest";
import { getObjective, listObjectives } from "../../../lib/objectives/data";
import { recordMeasurement } from "../../../lib/objectives/measurement-mutations";
import { createObjective, transitionObjective, updateObjective } from "../../../lib/objectives/mutations";
import { saveObjectiveRevision, transitionObjectiveRevision } from "../../../lib/objectives/revision-mutations";
import type { ObjectiveFormValues } from "../../../lib/objectives/schema";
import { getOverview } from "../../../lib/objectives/overview-data";
import { listRecordActivity } from "../../../lib/activity/data";
import { describeChange } from "../../../lib/activity/diff";
import { historyNames } from "../../../lib/objectives/data";
import { objectiveHistoryOptions } from "../../../lib/objectives/history-format";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";

const TODAY = new Date("2026-11-23T08:00:00Z");

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "kabid", "pegawai", "bpsmb", "biro"));

async function newObjective(overrides: Partial<ObjectiveFormValues> = {}): Promise<ObjectiveFormValues> {
  return {
    unitId: await unitId(db(), "ntt.dinsos.rehsos"), year: 2026, code: "SM-09",
    statement: "Rujukan rehabilitasi sosial ditindaklanjuti paling lambat 2 hari kerja.", perspective: "PELANGGAN",
    indicator: "Persentase rujukan ditindaklanjuti ≤ 2 hari kerja", formula: null, measureUnit: "%", direction: "MINIMAL",
    target: 90, targetLow: null, targetHigh: null, baseline: null, valueMin: null, valueMax: null, frequency: "BULANAN", ownerId: as.pegawai.id,
    dataSource: "Register rujukan", processes: null, sopIds: [], policyId: null, commitmentNo: null, ...overrides,
  };
}

const load = (id: string) => db().qualityObjective.findUniqueOrThrow({ where: { id } });

describe("the objective workflow", () => {
  let id: string;

  it("starts as a draft written by the manajer mutu", async () => {
    id = (await createObjective(as.manajer, await newObjective())).id;
    expect((await load(id)).status).toBe("DRAF");
  });

  it("is refused to a PEGAWAI, who cannot create or edit", async () => {
    await expect(createObjective(as.pegawai, await newObjective({ code: "SM-10" }))).rejects.toThrow(/tidak berwenang/);
    const o = await load(id);
    await expect(updateObjective(as.pegawai, id, o.version, await newObjective({ statement: "Diubah oleh pegawai tanpa hak." }))).rejects.toThrow(/tidak berwenang/);
  });

  it("refuses a second objective with the same code in the unit and year", async () => {
    await expect(createObjective(as.manajer, await newObjective())).rejects.toThrow(/sudah dipakai/);
  });

  it("cannot be approved before it is submitted", async () => {
    const o = await load(id);
    await expect(transitionObjective(as.kadis, { id, version: o.version, transition: "approve", note: null })).rejects.toThrow(/tidak dapat di-setujui/);
  });

  it("is submitted, and a unit head cannot approve it", async () => {
    let o = await load(id);
    await transitionObjective(as.manajer, { id, version: o.version, transition: "submit", note: null });
    o = await load(id);
    expect(o.status).toBe("DIAJUKAN");
    await expect(transitionObjective(as.kabid, { id, version: o.version, transition: "approve", note: null })).rejects.toThrow(/tidak berwenang/);
  });

  it("goes back with a note, is corrected and approved by the pimpinan", async () => {
    let o = await load(id);
    await transitionObjective(as.kadis, { id, version: o.version, transition: "return", note: "Target terlalu rendah dibanding capaian tahun lalu." });
    o = await load(id);
    expect([o.status, o.returnNote]).toEqual(["DIKEMBALIKAN", "Target terlalu rendah dibanding capaian tahun lalu."]);
    await updateObjective(as.manajer, id, o.version, await newObjective({ target: 95 }));
    o = await load(id);
    await transitionObjective(as.manajer, { id, version: o.version, transition: "submit", note: null });
    o = await load(id);
    await transitionObjective(as.kadis, { id, version: o.version, transition: "approve", note: null });
    o = await load(id);
    expect([o.status, o.target, o.approvedBy]).toEqual(["DISETUJUI", 95, "Dr. Theresia Adu, M.Si"]);
    const history = await db().activity.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(history.map((h) => h.action)).toEqual(["create", "submit", "return", "update", "submit", "approve"]);
  });

  it("refuses an edit from a stale page and keeps the other change", async () => {
    const o = await load(id);
    await expect(transitionObjective(as.kadis, { id, version: o.version - 1, transition: "close", note: "x" })).rejects.toThrow(/telah diubah/);
    expect((await load(id)).status).toBe("DISETUJUI");
  });

  it("takes measurements from its PIC, and asks for an analysis when the target is missed", async () => {
    await recordMeasurement(as.pegawai, { objectiveId: id, period: 1, version: null, value: 97, note: null, analysis: null, evidenceUrl: null }, null, TODAY);
    await expect(
      recordMeasurement(as.pegawai, { objectiveId: id, period: 2, version: null, value: 90, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/tuliskan analisis/);
    const result = await recordMeasurement(
      as.pegawai,
      { objectiveId: id, period: 2, version: null, value: 90, note: null, analysis: "Petugas cuti bersamaan.", evidenceUrl: null },
      { name: "rekap-februari.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4 bukti") },
      TODAY,
    );
    expect(result.achieved).toBe(false);
    const detail = await getObjective(as.pegawai, id, TODAY);
    expect(detail?.periods.slice(0, 3).map((p) => p.achievement)).toEqual(["TERCAPAI", "TIDAK_TERCAPAI", "BELUM_DIUKUR"]);
    // Approved today, so March was over long before: it is not due, never late.
    expect(detail?.periods[2].late).toBe(false);
    expect(detail?.periods[11].open).toBe(true);
    expect(detail?.periods[1].measurement?.evidence?.fileName).toBe("rekap-februari.pdf");
  });

  it("refuses a measurement from someone who is neither PIC nor manajer mutu", async () => {
    await expect(
      recordMeasurement(as.kabid, { objectiveId: id, period: 3, version: null, value: 99, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/Hanya PIC/);
  });

  it("refuses a period that has not started", async () => {
    await expect(
      recordMeasurement(as.pegawai, { objectiveId: id, period: 12, version: null, value: 99, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/belum dimulai/);
  });

  it("corrects a measurement only from its current version", async () => {
    const m = await db().objectiveMeasurement.findFirstOrThrow({ where: { objectiveId: id, period: 1 } });
    await expect(
      recordMeasurement(as.pegawai, { objectiveId: id, period: 1, version: null, value: 98, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/sudah diukur/);
    await recordMeasurement(as.pegawai, { objectiveId: id, period: 1, version: m.version, value: 98, note: "Koreksi rekap", analysis: null, evidenceUrl: null }, null, TODAY);
    expect((await db().objectiveMeasurement.findFirstOrThrow({ where: { objectiveId: id, period: 1 } })).value).toBe(98);
  });

  it("refuses an implausible value (1000000,5 %) with a field error on the value, and stores nothing", async () => {
    const before = await db().objectiveMeasurement.count({ where: { objectiveId: id } });
    const attempt = recordMeasurement(as.pegawai, { objectiveId: id, period: 2, version: null, value: 1000000.5, note: null, analysis: null, evidenceUrl: null }, null, TODAY);
    await expect(attempt).rejects.toMatchObject({ reason: "INVALID", fieldErrors: { value: ["Nilai harus antara 0 % dan 100 %."] } });
    await expect(
      recordMeasurement(as.pegawai, { objectiveId: id, period: 2, version: null, value: -1, note: null, analysis: "x", evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/antara 0 % dan 100 %/);
    expect(await db().objectiveMeasurement.count({ where: { objectiveId: id } })).toBe(before);
  });

  it("is revised as a pending draft while the definition in force stays measured", async () => {
    const o = await load(id);
    const { revisionId } = await saveObjectiveRevision(as.manajer, {
      id, revisionId: null, version: o.version, reason: "Target dinaikkan sesuai Renstra perubahan.", values: await newObjective({ target: 99 }),
    });
    const inForce = await load(id);
    expect([inForce.status, inForce.revisionNo, inForce.target]).toEqual(["DISETUJUI", 1, 95]);
    // A measurement taken meanwhile is judged against the target in force (95), not the draft's 99.
    const result = await recordMeasurement(as.pegawai, { objectiveId: id, period: 3, version: null, value: 97, note: null, analysis: null, evidenceUrl: null }, null, TODAY);
    expect(result.achieved).toBe(true);
    const overview = await getOverview(as.kadis, { year: 2026 }, TODAY);
    expect(overview.heatmap.some((r) => r.id === id)).toBe(true);
    const detail = await getObjective(as.kadis, id, TODAY);
    expect(detail?.pendingRevision).toMatchObject({ id: revisionId, revisionNo: 2, status: "DRAF" });
    // The pimpinan sees no approval button before the draft is submitted.
    expect(detail?.pendingRevision?.transitions.map((t) => t.name)).toEqual([]);
  });

  it("refuses a second pending revision, and a stale edit of the draft", async () => {
    const o = await load(id);
    await expect(
      saveObjectiveRevision(as.manajer, { id, revisionId: null, version: o.version, reason: "Revisi kedua bersamaan.", values: await newObjective({ target: 98 }) }),
    ).rejects.toThrow(/sudah memiliki draf revisi/);
    const draft = await db().objectiveRevision.findFirstOrThrow({ where: { objectiveId: id, status: "DRAF" } });
    await saveObjectiveRevision(as.manajer, { id, revisionId: draft.id, version: draft.version, reason: "Target dinaikkan sesuai Renstra perubahan.", values: await newObjective({ target: 99.5 }) });
    await expect(
      saveObjectiveRevision(as.manajer, { id, revisionId: draft.id, version: draft.version, reason: "Dari halaman lama.", values: await newObjective({ target: 80 }) }),
    ).rejects.toThrow(/telah diubah/);
    const kept = await db().objectiveRevision.findUniqueOrThrow({ where: { id: draft.id } });
    expect((kept.definition as { target: number }).target).toBe(99.5);
  });

  it("replaces the definition in force when the pimpinan approves the revision; past results keep their target", async () => {
    let draft = await db().objectiveRevision.findFirstOrThrow({ where: { objectiveId: id, status: "DRAF" } });
    await transitionObjectiveRevision(as.manajer, { id: draft.id, version: draft.version, transition: "submit", note: null });
    draft = await db().objectiveRevision.findUniqueOrThrow({ where: { id: draft.id } });
    await transitionObjectiveRevision(as.kadis, { id: draft.id, version: draft.version, transition: "return", note: "Sertakan dasar Renstra." });
    draft = await db().objectiveRevision.findUniqueOrThrow({ where: { id: draft.id } });
    expect([draft.status, draft.returnNote]).toEqual(["DIKEMBALIKAN", "Sertakan dasar Renstra."]);
    expect((await load(id)).target).toBe(95);
    await transitionObjectiveRevision(as.manajer, { id: draft.id, version: draft.version, transition: "submit", note: null });
    draft = await db().objectiveRevision.findUniqueOrThrow({ where: { id: draft.id } });
    await transitionObjectiveRevision(as.kadis, { id: draft.id, version: draft.version, transition: "approve", note: null });
    const promoted = await load(id);
    expect([promoted.status, promoted.revisionNo, promoted.target]).toEqual(["DISETUJUI", 2, 99.5]);
    const history = await db().objectiveRevision.findMany({ where: { objectiveId: id }, orderBy: { revisionNo: "asc" } });
    expect(history.map((r) => [r.revisionNo, r.status, (r.definition as { target: number }).target])).toEqual([[1, "DISETUJUI", 95], [2, "DISETUJUI", 99.5]]);
    const detail = await getObjective(as.manajer, id, TODAY);
    expect(detail?.periods[0].achievement).toBe("TERCAPAI"); // 98 against the 95 in force then
    expect(detail?.pendingRevision).toBeNull();
    const actions = await db().activity.findMany({ where: { entityId: id, action: { in: ["revise", "submit", "return", "approve"] } }, orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(actions.slice(-4).map((a) => [a.action, (a.after as { revisionNo?: number }).revisionNo])).toEqual([["submit", 2], ["return", 2], ["submit", 2], ["approve", 2]]);
  });

  it("can discard a draft revision, leaving the definition in force", async () => {
    const o = await load(id);
    const { revisionId } = await saveObjectiveRevision(as.manajer, { id, revisionId: null, version: o.version, reason: "Percobaan yang dibatalkan.", values: await newObjective({ target: 50 }) });
    const draft = await db().objectiveRevision.findUniqueOrThrow({ where: { id: revisionId } });
    await expect(transitionObjectiveRevision(as.kadis, { id: revisionId, version: draft.version, transition: "discard", note: null })).rejects.toThrow(/tidak berwenang/);
    await transitionObjectiveRevision(as.manajer, { id: revisionId, version: draft.version, transition: "discard", note: null });
    expect((await db().objectiveRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("DIBATALKAN");
    expect((await load(id)).target).toBe(99.5);
  });

  it("refuses direct edits once submitted or approved", async () => {
    const o = await load(id);
    await expect(updateObjective(as.manajer, id, o.version, await newObjective({ target: 10 }))).rejects.toThrow(/gunakan Revisi/);
    const other = (await createObjective(as.manajer, await newObjective({ code: "SM-11" }))).id;
    const draft = await load(other);
    await transitionObjective(as.manajer, { id: other, version: draft.version, transition: "submit", note: null });
    const submitted = await load(other);
    await expect(updateObjective(as.manajer, other, submitted.version, await newObjective({ code: "SM-11", target: 10 }))).rejects.toThrow(/tidak dapat diubah langsung/);
  });

  it("is closed with a reason, which drops a pending revision and stops the late flags", async () => {
    let o = await load(id);
    await saveObjectiveRevision(as.manajer, { id, revisionId: null, version: o.version, reason: "Akan ditutup.", values: await newObjective({ target: 60 }) });
    o = await load(id);
    await expect(transitionObjective(as.manajer, { id, version: o.version, transition: "close", note: null })).rejects.toThrow(/alasan penutupan/);
    await transitionObjective(as.manajer, { id, version: o.version, transition: "close", note: "Layanan dialihkan ke UPTD." });
    const closed = await load(id);
    expect([closed.status, closed.closedReason]).toEqual(["DITUTUP", "Layanan dialihkan ke UPTD."]);
    expect(await db().objectiveRevision.count({ where: { objectiveId: id, status: { in: ["DRAF", "DIAJUKAN", "DIKEMBALIKAN"] } } })).toBe(0);
    await expect(
      recordMeasurement(as.pegawai, { objectiveId: id, period: 4, version: null, value: 99, note: null, analysis: null, evidenceUrl: null }, null, TODAY),
    ).rejects.toThrow(/sudah ditutup/);
  });
});

describe("the change history as the screens show it", () => {
  it("shows labels and values of real rows: units, months, results, statuses", async () => {
    const o = await db().qualityObjective.findFirstOrThrow({ where: { code: "SM-09", year: 2026 }, include: { unit: true } });
    const entries = await listRecordActivity(as.manajer, "objective", o.id, o.unit.path);
    const options = objectiveHistoryOptions({ frequency: o.frequency, year: o.year, measureUnit: o.measureUnit, names: await historyNames(entries) });
    const lines = (action: string) => entries.filter((e) => e.action === action).reverse().map((e) => describeChange(e.before, e.after, options));
    expect(lines("update")[0]).toEqual(["target: 90 % → 95 %"]);
    expect(lines("approve")[0]).toEqual(["status: Diajukan → Disetujui (aktif)"]);
    expect(lines("measure")[0]).toEqual(["periode: Jan 2026", "realisasi: 97 %", "hasil: Tercapai"]);
    expect(lines("measure")[1]).toEqual(["periode: Feb 2026", "realisasi: 90 %", "hasil: Tidak tercapai"]);
    // The correction of January: the period stays named, the value changes.
    expect(lines("measure")).toContainEqual(["periode: Jan 2026", "realisasi: 97 % → 98 %"]);
    expect(lines("submit")).toContainEqual(["revisi: 2", "status: Draf revisi → Revisi diajukan"]);
    expect(lines("create")[0]).toEqual(expect.arrayContaining(["unit: Bidang Rehabilitasi Sosial", "tahun: 2026", "kode: SM-09"]));
    const all = entries.flatMap((e) => describeChange(e.before, e.after, options)).join("\n");
    expect(all).not.toMatch(/tercapai: ya|periode: \d|: true|: false/);
  });
});

describe("reading objectives", () => {
  it("limits a unit head to their subtree and the pimpinan to their agency", async () => {
    const kabid = await listObjectives(as.kabid, { page: 1 }, TODAY);
    expect(new Set(kabid.rows.map((r) => r.unitName))).toEqual(new Set(["Bidang Pemberdayaan Sosial"]));
    const kadis = await listObjectives(as.kadis, { page: 1 }, TODAY);
    expect(kadis.rows.every((r) => r.unitName !== "Seksi Pengembangan Jasa Pengujian, Kalibrasi dan Sertifikasi Mutu Barang")).toBe(true);
    expect(kadis.total).toBeGreaterThan(kabid.total);
  });

  it("hides another agency's objectives", async () => {
    const bpsmbObjective = await db().qualityObjective.findFirstOrThrow({ where: { unit: { code: { startsWith: "kaltim" } } } });
    expect(await getObjective(as.kadis, bpsmbObjective.id, TODAY)).toBeNull();
    expect(await getObjective(as.bpsmb, bpsmbObjective.id, TODAY)).not.toBeNull();
  });

  it("lets a province-level manajer mutu read every agency of the province", async () => {
    const biro = await listObjectives(as.biro, { page: 1, year: 2026 }, TODAY);
    expect(biro.rows.some((r) => r.unitName === "Sub Bagian Kepegawaian dan Umum")).toBe(true);
    expect(biro.rows.some((r) => r.unitName.includes("Pengujian"))).toBe(false);
  });

  it("filters by achievement and shows late measurements in the overview", async () => {
    const missed = await listObjectives(as.kadis, { page: 1, year: 2025, achievement: "TIDAK_TERCAPAI" }, TODAY);
    expect(missed.rows.every((r) => r.achievement === "TIDAK_TERCAPAI")).toBe(true);
    const dinsos = await unitId(db(), "ntt.dinsos");
    const overview = await getOverview(as.kadis, { unitId: dinsos, year: 2026 }, TODAY);
    expect(overview.late.some((l) => l.code === "SM-01" && l.periodLabel === "Okt 2026")).toBe(true);
    expect(overview.statusCounts.DIAJUKAN).toBeGreaterThan(0);
    const perspective = overview.byPerspective.find((p) => p.key === "PELANGGAN");
    expect(perspective?.percent).not.toBeNull();
  });
});

describe("plausible measured values", () => {
  async function approved(values: ObjectiveFormValues) {
    const oid = (await createObjective(as.manajer, values)).id;
    let o = await load(oid);
    await transitionObjective(as.manajer, { id: oid, version: o.version, transition: "submit", note: null });
    o = await load(oid);
    await transitionObjective(as.kadis, { id: oid, version: o.version, transition: "approve", note: null });
    return oid;
  }
  const measure = (objectiveId: string, value: number, period = 1) =>
    recordMeasurement(as.pegawai, { objectiveId, period, version: null, value, note: null, analysis: "Analisis uji.", evidenceUrl: null }, null, TODAY);

  it("keeps a count from going negative", async () => {
    const oid = await approved(await newObjective({ code: "SM-B1", measureUnit: "orang", target: 50 }));
    await expect(measure(oid, -3)).rejects.toMatchObject({ fieldErrors: { value: ["Nilai tidak boleh negatif."] } });
    await measure(oid, 1_250_000); // no upper bound for a count
  });

  it("applies the objective's own bounds, kept in its revision definition", async () => {
    const oid = await approved(await newObjective({ code: "SM-B2", measureUnit: "indeks", target: 3, valueMin: 1, valueMax: 4 }));
    const o = await load(oid);
    expect([o.valueMin, o.valueMax]).toEqual([1, 4]);
    const revision = await db().objectiveRevision.findFirstOrThrow({ where: { objectiveId: oid } });
    expect(revision.definition).toMatchObject({ valueMin: 1, valueMax: 4 });
    await expect(measure(oid, 5)).rejects.toMatchObject({ fieldErrors: { value: ["Nilai harus antara 1 indeks dan 4 indeks."] } });
    await expect(measure(oid, 0.5)).rejects.toThrow(/antara 1 indeks dan 4 indeks/);
    await measure(oid, 3.5);
    const detail = await getObjective(as.manajer, oid, TODAY);
    expect(detail?.valueBounds).toEqual({ min: 1, max: 4 });
  });
});
