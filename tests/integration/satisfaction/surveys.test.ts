// SKM surveys against a migrated database with the demo organisation: entry and edit by the
// manajer mutu or the unit's auditee, refusals for the wrong role, another unit and another agency
// (nothing written), stale edits, duplicate periods, and reads inside the reader's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { getSurvey, listSurveys, unitIkmHistory } from "../../../lib/satisfaction/data";
import { createSurvey, updateSurvey } from "../../../lib/satisfaction/mutations";
import { surveyListQuerySchema } from "../../../lib/satisfaction/schema";
import { seedSatisfaction } from "../../../seeds/satisfaction";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { refusal, surveyValues } from "./helpers";

let connection: DatabaseConnection;
const as = {} as Record<"manajer" | "kabid" | "kadis" | "pegawai" | "kaltim" | "biro", SessionUser>;
const db = () => connection.prisma;
const units: Record<string, string> = {};

beforeAll(async () => {
  const opened = await openDemoDatabase(
    {
      manajer: "manajer.mutu@dinsos.nttprov.go.id", kabid: "kabid.dayasos@dinsos.nttprov.go.id", kadis: "kadis@dinsos.nttprov.go.id",
      pegawai: "pegawai@dinsos.nttprov.go.id", kaltim: "mutu@bpsmb.kaltimprov.go.id", biro: "biro.organisasi@nttprov.go.id",
    },
    { objectives: false, satisfaction: true },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
  for (const code of ["ntt.dinsos.sekretariat.keuangan", "ntt.dinsos.dayasos", "ntt.dinsos.rehsos", "ntt.dinsos.uptd-lansia", "kaltim.disperindagkop.bpsmb"]) {
    units[code] = await unitId(db(), code);
  }
}, 120_000);
afterAll(closeTestDatabase);

const surveysOf = (unit: string) => db().satisfactionSurvey.count({ where: { unitId: units[unit] } });

describe("the demo data", () => {
  it("holds two years and more of SKM per service unit, and loads idempotently", async () => {
    const lansia = await db().satisfactionSurvey.findMany({ where: { unitId: units["ntt.dinsos.uptd-lansia"] }, select: { year: true } });
    expect(new Set(lansia.map((s) => s.year)).size).toBeGreaterThanOrEqual(2);
    expect(await db().satisfactionSurvey.count({ where: { complaintsReceived: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await seedSatisfaction(db())).toBe(0);
    const counted = await db().satisfactionSurvey.findFirstOrThrow({ where: { entryMode: "RESPONDEN" }, select: { elements: { select: { count1: true } } } });
    expect(counted.elements).toHaveLength(9);
    expect(counted.elements.every((e) => e.count1 !== null)).toBe(true);
  });
});

describe("recording a survey", () => {
  it("the manajer mutu records one: IKM, category, elements and an activity row", async () => {
    const { id } = await createSurvey(as.manajer, surveyValues(units["ntt.dinsos.sekretariat.keuangan"]));
    const row = await db().satisfactionSurvey.findUniqueOrThrow({ where: { id }, select: { ikm: true, category: true, periodStart: true, periodEnd: true, version: true, _count: { select: { elements: true } } } });
    expect(Number(row.ikm)).toBe(80);
    expect(row.category).toBe("B");
    expect(row.periodStart.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(row.periodEnd.toISOString().slice(0, 10)).toBe("2026-03-31");
    expect(row._count.elements).toBe(9);
    const activity = await db().activity.findMany({ where: { entity: "satisfaction_survey", entityId: id }, select: { action: true, actorId: true } });
    expect(activity).toEqual([{ action: "create", actorId: as.manajer.id }]);
  });

  it("the unit's auditee records his own unit's survey as respondent counts", async () => {
    const values = surveyValues(units["ntt.dinsos.dayasos"], {
      entryMode: "RESPONDEN", respondents: 40,
      elements: Array.from({ length: 9 }, () => ({ count1: "0", count2: "0", count3: "10", count4: "30" })),
    });
    const { id } = await createSurvey(as.kabid, values);
    const detail = await getSurvey(as.kabid, id);
    // NRR (30 + 120) / 40 = 3.75 → IKM 93.75 → A.
    expect(detail?.elements[0].nrr).toBe(3.75);
    expect(detail?.ikm).toBe(93.75);
    expect(detail?.category).toBe("A");
    expect(detail?.mayEdit).toBe(true);
  });

  it("refuses the wrong role, another unit and another agency, writing nothing", async () => {
    const before = await db().satisfactionSurvey.count();
    const activity = await db().activity.count({ where: { entity: "satisfaction_survey" } });
    expect(await refusal(() => createSurvey(as.kadis, surveyValues(units["ntt.dinsos.rehsos"])))).toBe("FORBIDDEN");
    expect(await refusal(() => createSurvey(as.pegawai, surveyValues(units["ntt.dinsos.rehsos"])))).toBe("FORBIDDEN");
    // The auditee of Bidang Dayasos on Bidang Rehsos: right role, another unit.
    expect(await refusal(() => createSurvey(as.kabid, surveyValues(units["ntt.dinsos.rehsos"])))).toBe("FORBIDDEN");
    // The manajer mutu of BPSMB Kaltim on a unit of Dinas Sosial NTT: right role, another agency.
    expect(await refusal(() => createSurvey(as.kaltim, surveyValues(units["ntt.dinsos.rehsos"])))).toBe("FORBIDDEN");
    // The province reader reads but never writes.
    expect(await refusal(() => createSurvey(as.biro, surveyValues(units["ntt.dinsos.rehsos"])))).toBe("FORBIDDEN");
    expect(await db().satisfactionSurvey.count()).toBe(before);
    expect(await db().activity.count({ where: { entity: "satisfaction_survey" } })).toBe(activity);
  });

  it("refuses a second survey of the same unit and period with the field named", async () => {
    const unit = units["ntt.dinsos.sekretariat.keuangan"];
    const count = await surveysOf("ntt.dinsos.sekretariat.keuangan");
    expect(await refusal(() => createSurvey(as.manajer, surveyValues(unit)))).toBe("CONFLICT");
    expect(await surveysOf("ntt.dinsos.sekretariat.keuangan")).toBe(count);
  });
});

describe("editing a survey", () => {
  async function fresh(periodNo: number) {
    return createSurvey(as.manajer, surveyValues(units["ntt.dinsos.sekretariat.keuangan"], { periodNo, periodType: "TRIWULAN", year: 2025 }));
  }

  it("saves with the version seen, recomputes the IKM and records before and after", async () => {
    const { id } = await fresh(1);
    await updateSurvey(as.manajer, { id, version: 1, values: surveyValues(units["ntt.dinsos.sekretariat.keuangan"], { periodNo: 1, year: 2025, periodType: "TRIWULAN", complaintsReceived: 6, complaintsResolved: 6 }, "2,5") });
    const row = await db().satisfactionSurvey.findUniqueOrThrow({ where: { id }, select: { ikm: true, category: true, version: true, complaintsReceived: true, elements: { select: { nrr: true } } } });
    expect(Number(row.ikm)).toBe(62.5);
    expect(row.category).toBe("D");
    expect(row.version).toBe(2);
    expect(row.complaintsReceived).toBe(6);
    expect(row.elements.map((e) => Number(e.nrr))).toEqual(Array(9).fill(2.5));
    const update = await db().activity.findFirstOrThrow({ where: { entity: "satisfaction_survey", entityId: id, action: "update" }, select: { before: true, after: true } });
    expect(update.before).toMatchObject({ ikm: 80, category: "B", U1: 3.2 });
    expect(update.after).toMatchObject({ ikm: 62.5, category: "D", U1: 2.5, complaintsReceived: 6 });
  });

  it("refuses a stale version, the wrong role and another agency, changing nothing", async () => {
    const { id } = await fresh(2);
    const values = surveyValues(units["ntt.dinsos.sekretariat.keuangan"], { periodNo: 2, year: 2025, periodType: "TRIWULAN" }, "4");
    await updateSurvey(as.manajer, { id, version: 1, values: surveyValues(units["ntt.dinsos.sekretariat.keuangan"], { periodNo: 2, year: 2025, periodType: "TRIWULAN" }, "3") });
    expect(await refusal(() => updateSurvey(as.manajer, { id, version: 1, values }))).toBe("STALE");
    expect(await refusal(() => updateSurvey(as.kadis, { id, version: 2, values }))).toBe("FORBIDDEN");
    expect(await refusal(() => updateSurvey(as.kabid, { id, version: 2, values }))).toBe("FORBIDDEN");
    expect(await refusal(() => updateSurvey(as.kaltim, { id, version: 2, values }))).toBe("FORBIDDEN");
    // Moving it onto a unit outside one's scope is refused too.
    expect(await refusal(() => updateSurvey(as.manajer, { id, version: 2, values: { ...values, unitId: units["kaltim.disperindagkop.bpsmb"] } }))).toBe("FORBIDDEN");
    const row = await db().satisfactionSurvey.findUniqueOrThrow({ where: { id }, select: { ikm: true, version: true, unitId: true } });
    expect(Number(row.ikm)).toBe(75);
    expect(row.version).toBe(2);
    expect(row.unitId).toBe(units["ntt.dinsos.sekretariat.keuangan"]);
  });

  it("refuses moving a survey onto a period the unit already has", async () => {
    const { id } = await fresh(3);
    expect(await refusal(() => updateSurvey(as.manajer, { id, version: 1, values: surveyValues(units["ntt.dinsos.sekretariat.keuangan"], { periodNo: 1, year: 2025, periodType: "TRIWULAN" }) }))).toBe("CONFLICT");
  });
});

describe("reading surveys", () => {
  const query = (q: Record<string, unknown> = {}) => surveyListQuerySchema.parse(q);

  it("shows each reader only the surveys inside their scope", async () => {
    const dinsos = await listSurveys(as.kadis, query());
    const kaltim = await listSurveys(as.kaltim, query());
    const province = await listSurveys(as.biro, query());
    expect(dinsos.total).toBeGreaterThan(0);
    expect(kaltim.total).toBeGreaterThan(0);
    const bpsmb = await db().satisfactionSurvey.count({ where: { unitId: units["kaltim.disperindagkop.bpsmb"] } });
    expect(kaltim.total).toBe(bpsmb);
    // The NTT province reader sees every NTT agency, Kaltim never.
    expect(province.total).toBe(await db().satisfactionSurvey.count({ where: { unit: { code: { startsWith: "ntt." } } } }));
    const foreign = await db().satisfactionSurvey.findFirstOrThrow({ where: { unitId: units["kaltim.disperindagkop.bpsmb"] }, select: { id: true } });
    expect(await getSurvey(as.kadis, foreign.id)).toBeNull();
    await expect(listSurveys(as.pegawai, query())).rejects.toThrow();
  });

  it("filters by unit, year, category and period end, with complaint totals over the whole filter", async () => {
    const year = new Date().getUTCFullYear() - 1;
    const list = await listSurveys(as.kadis, query({ year: String(year), unitId: units["ntt.dinsos.uptd-lansia"] }));
    expect(list.total).toBe(2);
    expect(list.rows.every((r) => r.year === year && r.unitName.includes("Lanjut Usia") )).toBe(true);
    const rows = await db().satisfactionSurvey.findMany({ where: { year, unitId: units["ntt.dinsos.uptd-lansia"] }, select: { complaintsReceived: true, ikm: true } });
    expect(list.complaintsReceived).toBe(rows.reduce((s, r) => s + r.complaintsReceived, 0));
    const secondHalf = await listSurveys(as.kadis, query({ from: `${year}-07-01`, to: `${year}-12-31`, unitId: units["ntt.dinsos.uptd-lansia"] }));
    expect(secondHalf.total).toBe(1);
    const categoryD = await listSurveys(as.kadis, query({ category: "D" }));
    expect(categoryD.rows.every((r) => r.category === "D")).toBe(true);
  });

  it("gives a unit's IKM history oldest first, inside the reader's scope only", async () => {
    const history = await unitIkmHistory(as.kadis, units["ntt.dinsos.uptd-lansia"]);
    expect(history.length).toBe(await db().satisfactionSurvey.count({ where: { unitId: units["ntt.dinsos.uptd-lansia"] } }));
    const year = new Date().getUTCFullYear();
    expect(history[0].label).toBe(`Tahun ${year - 2}`);
    // The seeds add this year's first semester once it has ended.
    expect(history.at(-1)?.label).toBe(new Date() >= new Date(Date.UTC(year, 6, 1)) ? `Semester I ${year}` : `Semester II ${year - 1}`);
    expect(await unitIkmHistory(as.kaltim, units["ntt.dinsos.uptd-lansia"])).toEqual([]);
  });
});
