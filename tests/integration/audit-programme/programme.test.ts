// The audit programme end to end against the database: drafting with rounds, the approval
// workflow (every transition), bad input, the wrong role, another agency, a stale edit, starting
// from last year's programme, the risk-based priorities and the coverage matrix.
import { describe, expect, it } from "vitest";
import { coverageAgencies, getCoverage } from "../../../lib/audits/coverage-data";
import { getProgramme, programmeFormOptions, programmeRisks } from "../../../lib/audits/programme-data";
import { copyProgramme, createProgramme, transitionProgramme, updateProgramme } from "../../../lib/audits/programme-mutations";
import { programmeFormSchema, type ProgrammeFormValues } from "../../../lib/audits/programme-schema";
import type { SessionUser } from "../../../lib/auth/types";
import { raiseFinding } from "../../../lib/findings/raise-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "kabid", "auditor", "bpsmb", "biro"), { auditProgrammes: true });

const load = (id: string) => db().auditProgramme.findUniqueOrThrow({ where: { id } });
const activityCount = () => db().activity.count();

async function values(year: number, overrides: Partial<ProgrammeFormValues> = {}): Promise<ProgrammeFormValues> {
  const [dayasos, lansia, kepum] = await Promise.all([unitId(db(), "ntt.dinsos.dayasos"), unitId(db(), "ntt.dinsos.uptd-lansia"), unitId(db(), "ntt.dinsos.sekretariat.kepum")]);
  return {
    agencyId: await unitId(db(), "ntt.dinsos"), year,
    objectives: "Memastikan SMM ISO 9001:2015 diterapkan efektif di setiap bidang dan UPTD.",
    rounds: [
      { name: "Audit Internal Semester I", startMonth: 3, endMonth: 4, unitIds: [dayasos, kepum], sopIds: [], clauses: ["4", "5", "7.5", "8"], focus: null },
      { name: "Audit Internal Semester II", startMonth: 9, endMonth: 10, unitIds: [lansia], sopIds: [], clauses: ["9", "10"], focus: "Tindak lanjut temuan semester I" },
    ],
    ...overrides,
  };
}

/** Refused, and the programme (when given) and the history stand. */
const refusedWithoutTrace = (call: () => Promise<unknown>, message: RegExp, recordId?: string) =>
  expectRefusedUnchanged(call, message, async () => [await activityCount(), recordId ? await load(recordId) : null]);

const step = async (actor: SessionUser, id: string, transition: "submit" | "approve" | "return" | "discard" | "reopen", note: string | null = null) =>
  transitionProgramme(actor, { id, version: (await load(id)).version, transition, note });

describe("drafting and the approval workflow", () => {
  it("the manajer mutu drafts a programme with two rounds, the pimpinan returns, then approves; reopened it needs approval again", async () => {
    const { id } = await createProgramme(as.manajer, await values(2030));
    const rounds = await db().auditRound.findMany({ where: { programmeId: id }, orderBy: { roundNo: "asc" }, include: { units: true } });
    expect(rounds.map((r) => [r.roundNo, r.name, r.startMonth, r.endMonth, r.units.length])).toEqual([
      [1, "Audit Internal Semester I", 3, 4, 2], [2, "Audit Internal Semester II", 9, 10, 1],
    ]);
    expect((await load(id)).status).toBe("DRAF");

    await step(as.manajer, id, "submit");
    expect((await load(id)).status).toBe("DIAJUKAN");
    await step(as.kadis, id, "return", "Tambahkan Bidang Rehsos pada putaran II.");
    expect(await load(id)).toMatchObject({ status: "DIKEMBALIKAN", returnNote: "Tambahkan Bidang Rehsos pada putaran II." });

    const v = await values(2030);
    v.rounds[1].unitIds.push(await unitId(db(), "ntt.dinsos.rehsos"));
    await updateProgramme(as.manajer, { id, version: (await load(id)).version, values: v });
    expect(await db().auditRoundUnit.count({ where: { round: { programmeId: id, roundNo: 2 } } })).toBe(2);
    await step(as.manajer, id, "submit");
    await step(as.kadis, id, "approve");
    expect(await load(id)).toMatchObject({ status: "DISETUJUI", approvedById: as.kadis.id });

    const detail = await getProgramme(as.kadis, id);
    expect(detail?.rounds[1].units.map((u) => u.name).sort()).toEqual(["Bidang Rehabilitasi Sosial", "UPTD Kesejahteraan Sosial Lanjut Usia di Kupang"]);
    expect(detail?.mayEdit).toBe(false);

    await refusedWithoutTrace(() => updateProgramme(as.manajer, { id, version: detail!.version, values: v }), /tidak dapat diubah/, id);
    await step(as.manajer, id, "reopen", "Jadwal putaran II bergeser ke November.");
    expect(await load(id)).toMatchObject({ status: "DRAF", approvedAt: null, reopenReason: "Jadwal putaran II bergeser ke November." });
    await step(as.manajer, id, "discard");
    expect((await load(id)).status).toBe("DIBATALKAN");

    const actions = await db().activity.findMany({ where: { entity: "audit_programme", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "submit", "return", "update", "submit", "approve", "reopen", "discard"]);
    // A discarded programme does not block a new one for the same year.
    await expect(createProgramme(as.manajer, await values(2030))).resolves.toHaveProperty("id");
  });

  it("refuses approval by the one who submitted it (separation of duties) and by the manajer mutu", async () => {
    const { id } = await createProgramme(as.manajer, await values(2031));
    await step(as.manajer, id, "submit");
    await refusedWithoutTrace(() => step(as.manajer, id, "approve"), /tidak berwenang/, id);
  });
});

describe("bad input: a clear message, nothing written", () => {
  it("refuses a programme with one round, a round without units or clauses, and an end month before the start", async () => {
    const v = await values(2032);
    const one = programmeFormSchema.safeParse({ ...v, rounds: [v.rounds[0]] });
    expect(one.success).toBe(false);
    expect(one.error?.issues[0].message).toMatch(/paling sedikit 2 putaran/);
    const empty = programmeFormSchema.safeParse({ ...v, rounds: [{ ...v.rounds[0], unitIds: [], clauses: [] }, v.rounds[1]] });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(["Pilih paling sedikit satu unit yang diaudit.", "Pilih paling sedikit satu klausul ISO 9001."]);
    const backwards = programmeFormSchema.safeParse({ ...v, rounds: [{ ...v.rounds[0], startMonth: 6, endMonth: 5 }, v.rounds[1]] });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["rounds", 0, "endMonth"], message: "Bulan selesai tidak boleh sebelum bulan mulai." });
    expect(programmeFormSchema.safeParse({ ...v, rounds: [{ ...v.rounds[0], clauses: ["3.1"] }, v.rounds[1]] }).success).toBe(false);
  });

  it("refuses a unit of another agency, and a second programme for the same year", async () => {
    const v = await values(2033);
    v.rounds[0].unitIds = [await unitId(db(), "ntt.biro-organisasi.tatalaksana")];
    await refusedWithoutTrace(() => createProgramme(as.manajer, v), /Periksa kembali/);
    await createProgramme(as.manajer, await values(2033));
    await refusedWithoutTrace(async () => createProgramme(as.manajer, await values(2033)), /tahun 2033 .* sudah ada/);
  });

  it("refuses a stale edit", async () => {
    const { id } = await createProgramme(as.manajer, await values(2034));
    const seen = (await load(id)).version;
    await updateProgramme(as.manajer, { id, version: seen, values: await values(2034, { objectives: "Tujuan yang diperbarui oleh rekan lain." }) });
    await refusedWithoutTrace(async () => updateProgramme(as.manajer, { id, version: seen, values: await values(2034) }), /diubah pengguna lain|Muat ulang/, id);
  });
});

describe("who may", () => {
  it("refuses the wrong role and the right role of another agency", async () => {
    await refusedWithoutTrace(async () => createProgramme(as.kabid, await values(2035)), /tidak berwenang/);
    await refusedWithoutTrace(async () => createProgramme(as.auditor, await values(2035)), /tidak berwenang/);
    await refusedWithoutTrace(async () => createProgramme(as.bpsmb, await values(2035)), /tidak berwenang/);
    await refusedWithoutTrace(async () => createProgramme(as.biro, await values(2035)), /tidak berwenang/);
    const { id } = await createProgramme(as.manajer, await values(2035));
    await refusedWithoutTrace(() => step(as.kabid, id, "submit"), /tidak berwenang/, id);
    await step(as.manajer, id, "submit");
    await refusedWithoutTrace(() => step(as.bpsmb, id, "approve"), /tidak berwenang/, id);
    await refusedWithoutTrace(() => step(as.biro, id, "approve"), /tidak berwenang/, id);
  });

  it("lets another agency read nothing, the province reader read, and offers only one's own agency in the form", async () => {
    const { id } = await createProgramme(as.manajer, await values(2036));
    expect(await getProgramme(as.bpsmb, id)).toBeNull();
    expect(await getProgramme(as.kabid, id)).toBeNull();
    expect((await getProgramme(as.biro, id))?.transitions).toEqual([]);
    expect((await programmeFormOptions(as.manajer)).agencies.map((a) => a.name)).toEqual(["Dinas Sosial Provinsi Nusa Tenggara Timur"]);
    expect((await programmeFormOptions(as.kabid)).agencies).toEqual([]);
  });
});

describe("start from last year's", () => {
  it("copies objectives, rounds, units and clauses into a new draft; status and approval are reset", async () => {
    const { id } = await createProgramme(as.manajer, await values(2037));
    await step(as.manajer, id, "submit");
    await step(as.kadis, id, "approve");
    const copy = await copyProgramme(as.manajer, { sourceId: id, year: 2038 });
    const p = await db().auditProgramme.findUniqueOrThrow({ where: { id: copy.id }, include: { rounds: { include: { units: true }, orderBy: { roundNo: "asc" } } } });
    expect(p).toMatchObject({ year: 2038, status: "DRAF", approvedAt: null, copiedFromId: id });
    expect(p.rounds.map((r) => [r.name, r.clauses, r.units.length])).toEqual([
      ["Audit Internal Semester I", ["4", "5", "7.5", "8"], 2], ["Audit Internal Semester II", ["9", "10"], 1],
    ]);
    await refusedWithoutTrace(() => copyProgramme(as.manajer, { sourceId: id, year: 2038 }), /sudah ada/);
    await refusedWithoutTrace(() => copyProgramme(as.manajer, { sourceId: id, year: 2036 }), /setelah tahun program asal/);
    await refusedWithoutTrace(() => copyProgramme(as.bpsmb, { sourceId: id, year: 2039 }), /tidak berwenang/);
  });
});

describe("risk-based priorities and coverage", () => {
  it("ranks a unit with an open KTS and a unit never audited above one audited recently", async () => {
    const dayasos = await unitId(db(), "ntt.dinsos.dayasos");
    const rehsos = await unitId(db(), "ntt.dinsos.rehsos");
    const agencyId = await unitId(db(), "ntt.dinsos");
    await db().$transaction((tx) =>
      raiseFinding(tx, as.manajer, { source: "MANDIRI", category: "KTS_MINOR", unitId: dayasos, statement: "Register surat masuk tidak dimutakhirkan.", evidence: "Register Maret kosong." }),
    );
    const audit = await db().audit.create({
      data: {
        agencyId, number: "AUD/RISK/1", title: "Audit Rehsos", objectives: "Uji", criteria: "ISO 9001:2015", clauses: ["7.5", "8.5"],
        startDate: new Date("2026-10-05"), endDate: new Date("2026-10-06"), status: "SELESAI", units: { create: [{ unitId: rehsos }] },
      },
    });
    const risks = await programmeRisks(as.manajer, agencyId, new Date("2026-11-28T00:00:00Z"));
    const row = (id: string) => risks.find((r) => r.unitId === id)!;
    expect(row(dayasos).reasons).toContain("1 KTS belum ditutup");
    expect(row(dayasos).reasons).toContain("belum pernah diaudit");
    expect(row(dayasos).level).toBe("TINGGI");
    expect(row(rehsos)).toMatchObject({ level: "RENDAH", monthsSinceAudit: 1, reasons: [] });
    expect(await programmeRisks(as.bpsmb, agencyId)).toEqual([]);

    // The demo 2026 programme plans Bidang Dayasos in round 1 (clauses 6-10, April-May) and
    // Bidang Rehsos in round 2 (clauses 4, 5, 7, 8, 9).
    const seeded = await db().auditProgramme.findFirstOrThrow({ where: { agencyId, year: 2026 } });
    await db().audit.update({ where: { id: audit.id }, data: { programmeId: seeded.id } });
    const coverage = await getCoverage(as.manajer, agencyId, 2026);
    expect(coverage?.programme?.id).toBe(seeded.id);
    expect(coverage?.matrix[rehsos]).toMatchObject({ "7": "DIAUDIT", "8": "DIAUDIT", "4": "DIRENCANAKAN", "6": "BELUM" });
    expect(coverage?.matrix[dayasos]).toMatchObject({ "6": "DIRENCANAKAN", "10": "DIRENCANAKAN", "4": "BELUM" });
    expect(coverage?.months[9].held).toBe(1);
    expect(coverage?.months[3].planned).toEqual(["Audit Internal Semester I"]);
    expect(coverage?.byUnit[dayasos][9].held).toBe(0);
    expect(coverage?.byUnit[rehsos][9].held).toBe(1);
    expect(await getCoverage(as.bpsmb, agencyId, 2026)).toBeNull();
    expect((await coverageAgencies(as.manajer)).map((a) => a.name)).toEqual(["Dinas Sosial Provinsi Nusa Tenggara Timur"]);
    expect(await coverageAgencies(as.bpsmb)).toEqual([]);
  });
});

describe("two writers at once", () => {
  it("approve and return of one submitted programme: exactly one wins, the history agrees", async () => {
    for (let round = 0; round < 4; round++) {
      const { id } = await createProgramme(as.manajer, await values(2040 + round));
      await step(as.manajer, id, "submit");
      const seen = (await load(id)).version;
      const { winners, refusals } = await race([
        () => transitionProgramme(as.kadis, { id, version: seen, transition: "approve", note: null }),
        () => transitionProgramme(as.kadis, { id, version: seen, transition: "return", note: "Perbaiki jadwal." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect((await load(id)).status).toBe(winners[0] === 0 ? "DISETUJUI" : "DIKEMBALIKAN");
      expect(await db().activity.count({ where: { entityId: id, action: { in: ["approve", "return"] } } })).toBe(1);
    }
  });

  it("two edits of one draft with the same version: one is kept whole, the other is told", async () => {
    for (let round = 0; round < 4; round++) {
      const { id } = await createProgramme(as.manajer, await values(2050 + round));
      const seen = (await load(id)).version;
      const a = await values(2050 + round, { objectives: "Versi A: fokus pada pelayanan publik dan arsip." });
      const b = await values(2050 + round, { objectives: "Versi B: fokus pada sasaran mutu dan tindak lanjut." });
      b.rounds = [...b.rounds, { ...b.rounds[0], name: "Audit Tindak Lanjut", startMonth: 12, endMonth: 12 }];
      const { winners, refusals } = await race([
        () => updateProgramme(as.manajer, { id, version: seen, values: a }),
        () => updateProgramme(as.manajer, { id, version: seen, values: b }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await load(id);
      expect(after.objectives).toBe(winners[0] === 0 ? a.objectives : b.objectives);
      expect(await db().auditRound.count({ where: { programmeId: id } })).toBe(winners[0] === 0 ? 2 : 3);
    }
  });

  it("two programmes for one agency and year at once: one is created, the other gets a conflict", async () => {
    for (let round = 0; round < 3; round++) {
      const v = await values(2060 + round);
      const { winners, refusals } = await race([() => createProgramme(as.manajer, v), () => createProgramme(as.manajer, { ...v })]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().auditProgramme.count({ where: { agencyId: v.agencyId, year: v.year } })).toBe(1);
    }
  });
});
