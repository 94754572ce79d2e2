// Section c1 of the management review and the dashboard's IKM trend, on seeded data: every figure
// equals what the SKM list shows for the same filter (the figure's own href), through the list's
// data function.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitScope } from "../../../lib/auth/scope";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { compileSatisfaction } from "../../../lib/satisfaction/input-data";
import { listSurveys } from "../../../lib/satisfaction/data";
import { surveyListQuerySchema } from "../../../lib/satisfaction/schema";
import { ikmTrend } from "../../../lib/satisfaction/summary-data";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { ensureSurvey } from "../../../seeds/factories/satisfaction";
import { unitId } from "../../helpers/users";

let connection: DatabaseConnection;
const as = {} as Record<"kadis" | "biro" | "kaltim", SessionUser>;
const db = () => connection.prisma;
const year = new Date().getUTCFullYear() - 1;

beforeAll(async () => {
  const opened = await openDemoDatabase(
    { kadis: "kadis@dinsos.nttprov.go.id", biro: "biro.organisasi@nttprov.go.id", kaltim: "mutu@bpsmb.kaltimprov.go.id" },
    { objectives: false, satisfaction: true },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 120_000);
afterAll(closeTestDatabase);

/** The list's data for a figure's href, as the page would parse it. */
async function listOf(user: SessionUser, href: string) {
  const params = Object.fromEntries(new URL(href, "http://portal").searchParams);
  return listSurveys(user, surveyListQuerySchema.parse(params));
}

async function dinsos() {
  return db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true, path: true } });
}

describe("section c1 (customer satisfaction and complaints)", () => {
  it("gives figures that equal the SKM list behind each href", async () => {
    const agency = await dinsos();
    const period = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
    const section = await compileSatisfaction(db(), { agencyId: agency.id, agencyPath: agency.path, period });
    const figure = (label: string) => {
      const f = section.figures.find((x) => x.label === label);
      if (!f?.href) throw new Error(`no figure ${label}`);
      return f;
    };
    const count = figure("Survei kepuasan (SKM) dalam periode");
    const list = await listOf(as.kadis, count.href!);
    expect(count.value).toBe(list.total);
    // Five Dinas Sosial units, two semesters each, in the seeded year.
    expect(list.total).toBe(10);
    expect(figure("Rata-rata IKM").value).toBe(list.meanIkm);
    expect(figure("Pengaduan diterima").value).toBe(list.complaintsReceived);
    expect(figure("Pengaduan selesai ditangani").value).toBe(list.complaintsResolved);
    let categorised = 0;
    for (const c of ["A", "B", "C", "D"]) {
      const f = section.figures.find((x) => x.label.startsWith(`Survei bermutu ${c} `))!;
      const filtered = await listOf(as.kadis, f.href!);
      expect(f.value).toBe(filtered.total);
      expect(filtered.rows.every((r) => r.category === c)).toBe(true);
      categorised += filtered.total;
    }
    expect(categorised).toBe(list.total);
    // One row per survey, and the trend's last point is the period's year.
    expect(section.tables[0].rows).toHaveLength(10);
    expect(section.tables[1].rows).toHaveLength(9);
    expect(section.charts[0].series[0].points.at(-1)?.label).toBe(String(year));
    expect(section.note).toBeUndefined();
  });

  it("leaves out other agencies and surveys whose period ends outside the review period", async () => {
    const agency = await dinsos();
    const firstHalf = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 5, 30)) };
    const section = await compileSatisfaction(db(), { agencyId: agency.id, agencyPath: agency.path, period: firstHalf });
    expect(section.figures[0].value).toBe(5);
    const empty = await compileSatisfaction(db(), { agencyId: agency.id, agencyPath: agency.path, period: { from: new Date(Date.UTC(2001, 0, 1)), to: new Date(Date.UTC(2001, 11, 31)) } });
    expect(empty.figures[0].value).toBe(0);
    expect(empty.tables).toEqual([]);
    expect(empty.note).toMatch(/Belum ada hasil SKM/);
  });

  it("shows a survey entered later as long as the pack is compiled live", async () => {
    const agency = await dinsos();
    const period = { from: new Date(Date.UTC(2019, 0, 1)), to: new Date(Date.UTC(2019, 11, 31)) };
    await ensureSurvey(db(), { unitId: await unitId(db(), "ntt.dinsos.pfm"), year: 2019, periodType: "TAHUNAN", periodNo: 1, respondents: 30, nrrs: Array(9).fill(3.6), complaintsReceived: 2, complaintsResolved: 1 });
    const section = await compileSatisfaction(db(), { agencyId: agency.id, agencyPath: agency.path, period });
    expect(section.figures.find((f) => f.label === "Rata-rata IKM")?.value).toBe(90);
    expect(section.figures.find((f) => f.label === "Mutu pelayanan rata-rata")?.value).toBe("A (Sangat Baik)");
    expect(section.figures.find((f) => f.label === "Persentase pengaduan selesai ditangani")?.value).toBe(50);
  });
});

describe("ikmTrend (leadership dashboard)", () => {
  it("gives per year the mean IKM the SKM list shows for that year, inside the scope", async () => {
    const years = [year - 1, year, year + 1];
    for (const user of [as.kadis, as.biro, as.kaltim]) {
      const trend = await ikmTrend(db(), unitScope(user, "satisfaction.read"), years);
      expect(trend.map((p) => p.year)).toEqual(years);
      for (const point of trend) {
        const list = await listOf(user, point.href);
        expect(point.surveys).toBe(list.total);
        expect(point.ikm).toBe(list.meanIkm);
      }
    }
  });

  it("narrows the links as the caller narrowed the scope", async () => {
    const lansia = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.uptd-lansia" }, select: { id: true, path: true } });
    const trend = await ikmTrend(db(), { kind: "paths", paths: [lansia.path] }, [year], { unitId: lansia.id });
    const list = await listOf(as.kadis, trend[0].href);
    expect(trend[0].href).toContain(`unitId=${lansia.id}`);
    expect(trend[0].surveys).toBe(2);
    expect(list.total).toBe(2);
    expect(trend[0].ikm).toBe(list.meanIkm);
  });

  it("gives nothing for a reader without the permission", async () => {
    const trend = await ikmTrend(db(), { kind: "none" }, [year]);
    expect(trend[0]).toMatchObject({ ikm: null, surveys: 0 });
  });
});
