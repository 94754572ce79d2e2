// The management review's input pack on the demo data: every section is compiled, and every figure
// that links to a list equals what that list (its own data function, read by the agency's manajer
// mutu) shows for the link's filter. Another agency's records never count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudits } from "../../../lib/audits/data";
import { getProgramme } from "../../../lib/audits/programme-data";
import { auditListQuerySchema } from "../../../lib/audits/schema";
import type { SessionUser } from "../../../lib/auth/types";
import { listCorrectiveActions } from "../../../lib/corrective-actions/data";
import { caListQuerySchema } from "../../../lib/corrective-actions/schema";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { listFindings } from "../../../lib/findings/data";
import { findingListQuerySchema } from "../../../lib/findings/schema";
import { compileInputPack } from "../../../lib/management-reviews/input-compile";
import { INPUT_SECTION_KEYS, type InputContext, type InputPack, type PackFigure } from "../../../lib/management-reviews/input-types";
import { listObjectives } from "../../../lib/objectives/data";
import { getOverview } from "../../../lib/objectives/overview-data";
import { objectiveListQuerySchema } from "../../../lib/objectives/schema";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const TODAY = new Date();
const DAY = 86_400_000;
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

beforeAll(async () => {
  const opened = await openDemoDatabase(
    { manajer: "manajer.mutu@dinsos.nttprov.go.id", bpsmb: "mutu@bpsmb.kaltimprov.go.id" },
    { sops: true },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 300_000);
afterAll(closeTestDatabase);

async function contextOf(code: string, from: Date, to: Date): Promise<InputContext> {
  const agency = await connection.prisma.unit.findUniqueOrThrow({ where: { code }, select: { id: true, path: true } });
  return { agencyId: agency.id, agencyPath: agency.path, period: { from: utcDay(from), to: utcDay(to) } };
}

/** What the list behind a figure's link shows to the reader, as a number comparable to the figure. */
async function listValue(reader: SessionUser, figure: PackFigure): Promise<number | null> {
  const url = new URL(figure.href!, "http://portal.test");
  const params = Object.fromEntries(url.searchParams);
  switch (url.pathname) {
    case "/findings":
      return (await listFindings(reader, findingListQuerySchema.parse(params), TODAY)).total;
    case "/corrective-actions":
      return (await listCorrectiveActions(reader, caListQuerySchema.parse(params), TODAY)).total;
    case "/audits":
      return (await listAudits(reader, auditListQuerySchema.parse(params))).total;
    case "/objectives":
      return (await listObjectives(reader, objectiveListQuerySchema.parse(params), TODAY)).total;
    case "/objectives/overview": {
      const overview = await getOverview(reader, { year: Number(params.year), unitId: params.unitId }, TODAY);
      if (url.hash === "#terlambat") return overview.late.length;
      const achieved = overview.byUnit.reduce((n, r) => n + r.achieved, 0);
      const measured = overview.byUnit.reduce((n, r) => n + r.achieved + r.missed, 0);
      if (figure.unit === "%") return measured === 0 ? null : Math.round((achieved / measured) * 1000) / 10;
      return measured;
    }
  }
  const programme = url.pathname.match(/^\/audits\/programme\/([^/]+)$/);
  if (programme) {
    const detail = await getProgramme(reader, programme[1]);
    const rounds = detail!.rounds;
    const held = rounds.filter((r) => r.audits.some((a) => ["PELAKSANAAN", "PELAPORAN", "SELESAI"].includes(a.status))).length;
    return rounds.length === 0 ? null : Math.round((held / rounds.length) * 1000) / 10;
  }
  throw new Error(`no list known for ${figure.href}`);
}

async function expectFiguresEqualLists(pack: InputPack, reader: SessionUser) {
  let checked = 0;
  for (const key of INPUT_SECTION_KEYS) {
    for (const figure of pack[key].figures) {
      if (!figure.href || key === "a" || key === "c1") continue; // a and c1 are the other modules' (tested there)
      expect({ section: key, label: figure.label, value: await listValue(reader, figure) }).toEqual({ section: key, label: figure.label, value: figure.value });
      checked++;
    }
  }
  return checked;
}

describe("the input pack", () => {
  it("has every section of ISO 9.3.2, each figure equal to the list its link opens (Dinas Sosial, last 12 months)", async () => {
    const ctx = await contextOf("ntt.dinsos", new Date(TODAY.getTime() - 365 * DAY), TODAY);
    const pack = await compileInputPack(connection.prisma, ctx);
    expect(Object.keys(pack).sort()).toEqual([...INPUT_SECTION_KEYS].sort());
    for (const key of ["b", "c7", "d", "e"] as const) expect(pack[key].note).toMatch(/naratif/i);
    const checked = await expectFiguresEqualLists(pack, as.manajer);
    expect(checked).toBeGreaterThan(20);
    // The demo data has findings, observations, corrective actions and held audits in the period.
    const value = (key: keyof InputPack, label: string) => pack[key].figures.find((f) => f.label === label)?.value;
    expect(value("c4", "Temuan pada periode")).toBeGreaterThan(0);
    expect(value("f", "Observasi (peluang peningkatan) pada periode")).toBeGreaterThan(0);
    expect(value("c4", "Tindakan perbaikan masih berjalan (saat ini)")).toBeGreaterThan(0);
    expect(value("c6", "Audit terlaksana")).toBeGreaterThan(0);
    expect(pack.c3.tables[0].rows.length).toBeGreaterThan(0);
    expect(pack.c2.charts[0].series[0].points.length).toBeGreaterThan(0);
    expect(pack.c4.charts[0].series.map((s) => s.name)).toEqual(["KTS Mayor", "KTS Minor", "Observasi"]);
  }, 120_000);

  it("compiles the same pack inside a transaction (as the meeting's freeze does)", async () => {
    const ctx = await contextOf("ntt.dinsos", new Date(TODAY.getTime() - 365 * DAY), TODAY);
    const outside = await compileInputPack(connection.prisma, ctx);
    const inside = await connection.prisma.$transaction((tx) => compileInputPack(tx, ctx), { timeout: 60_000 });
    expect(JSON.parse(JSON.stringify(inside))).toEqual(JSON.parse(JSON.stringify(outside)));
  }, 120_000);

  it("counts only the period asked for: a period before any record has no findings or audits", async () => {
    const ctx = await contextOf("ntt.dinsos", new Date(Date.UTC(2001, 0, 1)), new Date(Date.UTC(2001, 11, 31)));
    const pack = await compileInputPack(connection.prisma, ctx);
    expect(pack.c4.figures.find((f) => f.label === "Temuan pada periode")?.value).toBe(0);
    expect(pack.c6.figures.find((f) => f.label === "Audit terlaksana")?.value).toBe(0);
    expect(pack.f.figures[0].value).toBe(0);
    expect(pack.c2.figures.find((f) => f.label === "Sasaran mutu berlaku 2001")?.value).toBe(0);
    await expectFiguresEqualLists(pack, as.manajer);
  }, 120_000);

  it("never counts another agency's records: the Kaltim UPTD's pack equals its own lists", async () => {
    const dinsos = await compileInputPack(connection.prisma, await contextOf("ntt.dinsos", new Date(TODAY.getTime() - 365 * DAY), TODAY));
    const ctx = await contextOf("kaltim.disperindagkop.bpsmb", new Date(TODAY.getTime() - 365 * DAY), TODAY);
    const pack = await compileInputPack(connection.prisma, ctx);
    await expectFiguresEqualLists(pack, as.bpsmb);
    // The Dinas Sosial manajer mutu reads none of the UPTD's findings, and the pack agrees with the UPTD's own reader.
    const bpsmbFindings = pack.c4.figures.find((f) => f.label === "Temuan pada periode")!;
    expect(await listValue(as.manajer, bpsmbFindings)).toBe(0);
    expect(dinsos.c4.figures[0].href).toContain(`agencyId=${(await contextOf("ntt.dinsos", TODAY, TODAY)).agencyId}`);
  }, 120_000);
});
