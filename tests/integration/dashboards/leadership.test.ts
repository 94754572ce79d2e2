// The leadership dashboard and the province comparison on the demo data: every tile equals the
// total of the list it links to (that list's own data function, read by the same user), for the
// reader's own unit, for a unit picked in the filter and across the province.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProgramme, listProgrammes } from "../../../lib/audits/programme-data";
import type { SessionUser } from "../../../lib/auth/types";
import { listCorrectiveActions } from "../../../lib/corrective-actions/data";
import { caListQuerySchema } from "../../../lib/corrective-actions/schema";
import { leadershipHome, provinceRanking } from "../../../lib/dashboards/leadership-data";
import type { CountTile, LeadershipHome } from "../../../lib/dashboards/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { listFindings } from "../../../lib/findings/data";
import { findingListQuerySchema } from "../../../lib/findings/schema";
import { getOverview } from "../../../lib/objectives/overview-data";
import { listSops } from "../../../lib/sops/data";
import { sopListQuerySchema } from "../../../lib/sops/schema";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const TODAY = new Date();
const YEAR = TODAY.getUTCFullYear();

beforeAll(async () => {
  const opened = await openDemoDatabase(
    {
      kadis: "kadis@dinsos.nttprov.go.id",
      biro: "biro.organisasi@nttprov.go.id",
      bpsmb: "mutu@bpsmb.kaltimprov.go.id",
      pegawai: "pegawai@dinsos.nttprov.go.id",
    },
    { sops: true },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
  // One SOP of the Dinas Sosial whose document's periodic review fell due last year: due for review.
  const sop = await connection.prisma.sop.findFirstOrThrow({ where: { unit: { code: { startsWith: "ntt.dinsos" } } }, orderBy: { title: "asc" } });
  await connection.prisma.controlledDocument.update({ where: { sopId: sop.id }, data: { nextReviewAt: new Date(Date.UTC(YEAR - 1, 0, 15)) } });
}, 300_000);
afterAll(closeTestDatabase);

const paramsOf = (href: string) => {
  const url = new URL(href, "http://portal.test");
  return { path: url.pathname, hash: url.hash, params: Object.fromEntries(url.searchParams) };
};

/** The total the list behind a count tile shows to the reader. */
async function listTotal(reader: SessionUser, tile: CountTile): Promise<number> {
  const { path, params } = paramsOf(tile.href);
  if (path === "/findings") return (await listFindings(reader, findingListQuerySchema.parse(params), TODAY)).total;
  if (path === "/corrective-actions") return (await listCorrectiveActions(reader, caListQuerySchema.parse(params), TODAY)).total;
  if (path === "/sops") {
    const query = sopListQuerySchema.parse(params);
    return (await listSops(reader, { ...query, agencyId: query.agencyId === "semua" ? undefined : query.agencyId }, TODAY)).total;
  }
  throw new Error(`no list known for ${tile.href}`);
}

async function expectTilesEqualLists(reader: SessionUser, home: LeadershipHome) {
  const tiles = [...home.openFindings.categories, ...home.openFindings.ages, home.overdueFindings, home.overdueCorrectiveActions, home.sopsDue];
  for (const tile of tiles) expect({ label: tile.label, value: await listTotal(reader, tile) }).toEqual({ label: tile.label, value: tile.value });
  expect(await listTotal(reader, { label: "Temuan terbuka", value: home.openFindings.total, href: home.openFindings.href })).toBe(home.openFindings.total);

  const { params } = paramsOf(home.objectives.href);
  const overview = await getOverview(reader, { year: Number(params.year), unitId: params.unitId }, TODAY);
  expect(home.objectives.achieved).toBe(overview.byUnit.reduce((n, r) => n + r.achieved, 0));
  expect(home.objectives.measured).toBe(overview.byUnit.reduce((n, r) => n + r.achieved + r.missed, 0));
  expect(home.objectives.late).toBe(overview.late.length);

  const programme = paramsOf(home.programme.href);
  if (programme.path === "/audits/programme") {
    expect((await listProgrammes(reader, { year: Number(programme.params.year) })).filter((p) => p.status !== "DIBATALKAN").length).toBe(home.programme.programmes.length);
  } else {
    const detail = (await getProgramme(reader, programme.path.split("/").at(-1)!))!;
    expect(detail.rounds.length).toBe(home.programme.rounds);
    expect(detail.rounds.filter((r) => r.audits.some((a) => ["PELAKSANAAN", "PELAPORAN", "SELESAI"].includes(a.status))).length).toBe(home.programme.roundsHeld);
  }
}

describe("the leadership dashboard", () => {
  it("shows the pimpinan their agency, each tile equal to the list it opens", async () => {
    const home = (await leadershipHome(as.kadis, undefined, TODAY))!;
    const dinsos = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" } });
    expect(home.focus).toEqual({ unitId: dinsos.id, unitName: dinsos.name });
    expect(home.openFindings.total).toBeGreaterThan(0);
    expect(home.sopsDue.value).toBe(1);
    expect(home.programme.rounds).toBeGreaterThan(0);
    expect(home.openFindings.ages.reduce((n, t) => n + t.value, 0)).toBe(home.openFindings.total);
    expect(home.ikm.map((p) => p.year)).toEqual([YEAR - 2, YEAR - 1, YEAR]);
    for (const tile of [home.openFindings.categories[0], home.overdueCorrectiveActions]) expect(tile.href).toContain(`unitId=${dinsos.id}`);
    await expectTilesEqualLists(as.kadis, home);
  }, 60_000);

  it("narrows every tile to a unit picked in the filter, and ignores a unit outside the reader's scope", async () => {
    const finding = await connection.prisma.finding.findFirstOrThrow({
      where: { status: { in: ["TERBUKA", "DISANGGAH", "DITERIMA"] }, unit: { code: { startsWith: "ntt.dinsos." } } },
      select: { unit: { select: { id: true, name: true } } },
    });
    const whole = (await leadershipHome(as.kadis, undefined, TODAY))!;
    const unit = (await leadershipHome(as.kadis, finding.unit.id, TODAY))!;
    expect(unit.focus).toEqual({ unitId: finding.unit.id, unitName: finding.unit.name });
    expect(unit.openFindings.total).toBeGreaterThan(0);
    expect(unit.openFindings.total).toBeLessThanOrEqual(whole.openFindings.total);
    expect(unit.openFindings.href).toContain(`unitId=${finding.unit.id}`);
    await expectTilesEqualLists(as.kadis, unit);

    const kaltim = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "kaltim.disperindagkop.bpsmb" } });
    const outside = (await leadershipHome(as.kadis, kaltim.id, TODAY))!;
    expect(outside.focus).toEqual(whole.focus);
    expect(outside.openFindings.total).toBe(whole.openFindings.total);
    expect(outside.units.some((u) => u.id === kaltim.id)).toBe(false);
  }, 60_000);

  it("shows a province reader the whole province, equal to the lists they read", async () => {
    const home = (await leadershipHome(as.biro, undefined, TODAY))!;
    const ntt = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt" } });
    expect(home.focus.unitId).toBe(ntt.id);
    const kadis = (await leadershipHome(as.kadis, undefined, TODAY))!;
    expect(home.openFindings.total).toBeGreaterThanOrEqual(kadis.openFindings.total);
    await expectTilesEqualLists(as.biro, home);
  }, 60_000);

  it("is not the home of a pegawai", async () => {
    expect(await leadershipHome(as.pegawai, undefined, TODAY)).toBeNull();
  });
});

describe("the province comparison", () => {
  it("ranks the province reader's agencies, each row equal to that agency's lists", async () => {
    const rows = await provinceRanking(as.biro, TODAY);
    const agencies = await connection.prisma.unit.findMany({ where: { type: "PERANGKAT_DAERAH", active: true, path: { startsWith: (await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt" } })).path } } });
    expect(rows.map((r) => r.agencyId).sort()).toEqual(agencies.map((a) => a.id).sort());
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    const shares = rows.map((r) => r.percent ?? -1);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const r of rows) {
      for (const tile of [r.openFindings, r.overdueCorrectiveActions, r.sopsDue]) {
        expect({ agency: r.agencyName, label: tile.label, value: await listTotal(as.biro, tile) }).toEqual({ agency: r.agencyName, label: tile.label, value: tile.value });
      }
      const overview = await getOverview(as.biro, { year: YEAR, unitId: r.agencyId }, TODAY);
      expect(r.achieved).toBe(overview.byUnit.reduce((n, u) => n + u.achieved, 0));
    }
    expect(rows.some((r) => r.openFindings.value > 0)).toBe(true);
    // The Kaltim agencies are outside the NTT reader's scope.
    const kaltim = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "kaltim.disperindagkop" } });
    expect(rows.some((r) => r.agencyId === kaltim.id)).toBe(false);
  }, 120_000);

  it("gives each agency the figures its own dashboard shows when focused on it", async () => {
    const rows = await provinceRanking(as.biro, TODAY);
    for (const r of rows) {
      const home = (await leadershipHome(as.biro, r.agencyId, TODAY))!;
      expect({
        agency: r.agencyName, percent: r.percent, achieved: r.achieved, measured: r.measured, openFindings: r.openFindings, overdue: r.overdueCorrectiveActions,
        programme: [r.programmePercent, r.programmeHref], sopsDue: r.sopsDue, openRtl: r.openRtl,
      }).toEqual({
        agency: r.agencyName, percent: home.objectives.percent, achieved: home.objectives.achieved, measured: home.objectives.measured,
        openFindings: { label: "Temuan terbuka", value: home.openFindings.total, href: home.openFindings.href }, overdue: home.overdueCorrectiveActions,
        programme: [home.programme.percent, home.programme.href], sopsDue: home.sopsDue, openRtl: home.rtl.value,
      });
    }
    expect(rows.some((r) => r.measured > 0)).toBe(true);
  }, 120_000);

  it("has no rows for a reader without a province grant", async () => {
    expect(await provinceRanking(as.bpsmb, TODAY)).toEqual([]);
    expect(await provinceRanking(as.kadis, TODAY)).toEqual([]);
  });
});
