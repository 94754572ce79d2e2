import "server-only";
// The leadership dashboard (the home of the PIMPINAN and of province readers) and the province
// comparison: every tile counted in the database (count / groupBy) with the owning list's own
// filter builder, inside the unit the reader focuses on (their grant's unit, or a unit below it
// picked in the filter), and linking to that list with the same filter.
import { programmeProgress, type ProgrammeProgress } from "../audits/programme-progress-data";
import type { UnitScope } from "../auth/scope";
import type { Role } from "../auth/roles";
import type { SessionUser } from "../auth/types";
import { caFilterWhere } from "../corrective-actions/list-where-data";
import { getDb, type Prisma, type PrismaClient, type Tx } from "../db";
import { AGE_BUCKETS, AGE_BUCKET_LABELS, FINDING_CATEGORIES, FINDING_CATEGORY_LABELS } from "../findings/constants";
import { findingFilterWhere } from "../findings/list-where-data";
import { actionFilterWhere } from "../management-reviews/action-where";
import { openRtlCount } from "../management-reviews/inputs/rtl-status-data";
import { ikmTrend } from "../satisfaction/summary-data";
import { sopFilterWhere } from "../sops/list-where-data";
import { listHref } from "../utils/href";
import { achievedShareByPath, figures as objectiveFigures } from "./measurement-data";
import { sumPerAgency } from "./per-agency";
import type { AgencyRanking, CountTile, Figures, LeadershipHome, ProgrammeTile } from "./types";

/** The roles whose home is the leadership dashboard. */
export const LEADERSHIP_ROLES: readonly Role[] = ["PIMPINAN", "PEMANTAU"];

/** The units a set of grants covers, without a unit nested in another one; null: the whole portal. */
export function topPaths(user: SessionUser, roles: readonly Role[]): string[] | null {
  const grants = user.grants.filter((g) => roles.includes(g.role));
  if (grants.some((g) => g.unitPath === null)) return null;
  const paths = [...new Set(grants.map((g) => g.unitPath as string))].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

interface Focus {
  /** The unit every tile counts in (and every link filters on); null: the reader's whole scope. */
  unit: { id: string; name: string; path: string } | null;
  scope: UnitScope;
}

const scopeOfPaths = (paths: string[] | null): UnitScope => (paths === null ? { kind: "all" } : paths.length === 0 ? { kind: "none" } : { kind: "paths", paths });
const inScope = (paths: string[] | null, path: string) => paths === null || paths.some((p) => path.startsWith(p));

async function focusOf(db: Tx | PrismaClient, paths: string[] | null, unitId: string | undefined): Promise<Focus> {
  const picked = unitId ? await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } }) : null;
  if (picked && inScope(paths, picked.path)) return { unit: picked, scope: { kind: "paths", paths: [picked.path] } };
  if (paths && paths.length === 1) {
    const own = await db.unit.findFirst({ where: { path: paths[0] }, select: { id: true, name: true, path: true } });
    if (own) return { unit: own, scope: { kind: "paths", paths: [own.path] } };
  }
  return { unit: null, scope: scopeOfPaths(paths) };
}

const scopeWhere = (scope: UnitScope): Prisma.UnitWhereInput =>
  scope.kind === "all" ? {} : scope.kind === "none" ? { id: { in: [] } } : { OR: scope.paths.map((p) => ({ path: { startsWith: p } })) };

/**
 * Open findings by category and by age, overdue corrective actions: the tiles of the registers.
 * The focus scope already holds the focused unit's subtree, so the filters are built without the
 * unit (which would look it up again for every tile); the links carry it.
 */
async function findingTiles(db: Tx | PrismaClient, focus: Focus, today: Date) {
  const unitId = focus.unit?.id;
  const open = { unitId, open: "1" as const };
  const openWhere = await findingFilterWhere(db, { open: "1" }, today);
  const scoped = (w: Prisma.FindingWhereInput | null): Prisma.FindingWhereInput => ({ AND: [w ?? { id: { in: [] } }, { unit: scopeWhere(focus.scope) }] });
  const [byCategory, byAge, overdueFindings, overdueCas] = await Promise.all([
    db.finding.groupBy({ by: ["category"], where: scoped(openWhere), _count: { _all: true } }),
    Promise.all(AGE_BUCKETS.map(async (age) => db.finding.count({ where: scoped(await findingFilterWhere(db, { open: "1", age }, today)) }))),
    findingFilterWhere(db, { overdue: "1" }, today).then((w) => db.finding.count({ where: scoped(w) })),
    caFilterWhere(db, { overdue: "1" }, today).then((w) => db.correctiveAction.count({ where: { AND: [w ?? { id: { in: [] } }, { unit: scopeWhere(focus.scope) }] } })),
  ]);
  const categories: CountTile[] = FINDING_CATEGORIES.map((category) => ({
    label: FINDING_CATEGORY_LABELS[category],
    value: byCategory.find((g) => g.category === category)?._count._all ?? 0,
    href: listHref("/findings", { ...open, category }),
  }));
  const ages: CountTile[] = AGE_BUCKETS.map((age, i) => ({ label: AGE_BUCKET_LABELS[age], value: byAge[i], href: listHref("/findings", { ...open, age }) }));
  return {
    openFindings: { categories, ages, total: categories.reduce((n, c) => n + c.value, 0), href: listHref("/findings", open) },
    overdueFindings: { label: "Temuan melewati batas waktu", value: overdueFindings, href: listHref("/findings", { unitId, overdue: "1" }) },
    overdueCorrectiveActions: overdueCaTile(unitId, overdueCas),
  };
}

const overdueCaTile = (unitId: string | undefined, value: number): CountTile => ({
  label: "Tindakan perbaikan terlambat", value, href: listHref("/corrective-actions", { unitId, overdue: "1" }),
});

/** The programmes of this year of the agencies in the focus (or of the agency the focused unit lies in). */
async function programmeTiles(db: Tx | PrismaClient, focus: Focus, year: number): Promise<ProgrammeTile> {
  const where: Prisma.AuditProgrammeWhereInput = focus.unit
    ? { year, OR: [{ agency: { path: { startsWith: focus.unit.path } } }, { agencyId: { in: focus.unit.path.split("/").filter(Boolean) } }] }
    : { year, agency: scopeWhere(focus.scope) };
  return programmeTile(await programmeProgress(db, where), year);
}

function programmeTile(programmes: ProgrammeProgress[], year: number): ProgrammeTile {
  const rounds = programmes.reduce((n, p) => n + p.rounds, 0);
  const held = programmes.reduce((n, p) => n + p.roundsHeld, 0);
  return {
    programmes,
    rounds,
    roundsHeld: held,
    percent: rounds === 0 ? null : Math.round((held / rounds) * 1000) / 10,
    href: programmes.length === 1 ? `/audits/programme/${programmes[0].id}` : listHref("/audits/programme", { year }),
  };
}

async function sopsDue(db: Tx | PrismaClient, focus: Focus, today: Date): Promise<CountTile> {
  // As with the findings: the focus scope holds the unit, the filter is built without it.
  const where = await sopFilterWhere(db, { reviewDue: "1" }, today);
  const value = where ? await db.sop.count({ where: { AND: [where, { unit: scopeWhere(focus.scope) }] } }) : 0;
  return sopsDueTile(focus.unit?.id, value);
}

const sopsDueTile = (agencyId: string | undefined, value: number): CountTile => ({
  label: "SOP perlu ditinjau ulang", value, href: listHref("/sops", { agencyId: agencyId ?? "semua", reviewDue: "1" }),
});

/** Units the filter offers: the reader's units and every active unit below them. */
async function filterUnits(db: Tx | PrismaClient, paths: string[] | null) {
  return db.unit.findMany({
    where: { active: true, ...(paths === null ? { type: { in: ["PROVINSI", "PERANGKAT_DAERAH"] } } : scopeWhere(scopeOfPaths(paths))) },
    orderBy: { path: "asc" },
    take: 500,
    select: { id: true, name: true, path: true },
  });
}

/** The leadership home of a user holding PIMPINAN or PEMANTAU, focused on `unitId` when it lies in their scope. */
export async function leadershipHome(
  user: SessionUser,
  unitId: string | undefined,
  today: Date = new Date(),
  figuresOf: (scope: UnitScope) => Promise<Figures> = (scope) => objectiveFigures(scope, today.getUTCFullYear(), today),
): Promise<LeadershipHome | null> {
  if (!user.grants.some((g) => LEADERSHIP_ROLES.includes(g.role))) return null;
  const db = await getDb();
  const paths = topPaths(user, LEADERSHIP_ROLES);
  const focus = await focusOf(db, paths, unitId);
  const year = today.getUTCFullYear();
  const [objectives, registers, programme, sops, rtl, ikm, units] = await Promise.all([
    figuresOf(focus.scope),
    findingTiles(db, focus, today),
    programmeTiles(db, focus, year),
    sopsDue(db, focus, today),
    openRtlCount(db, focus.scope, today),
    ikmTrend(db, focus.scope, [year - 2, year - 1, year], focus.unit ? { unitId: focus.unit.id } : {}),
    filterUnits(db, paths),
  ]);
  const overview = listHref("/objectives/overview", { year, unitId: focus.unit?.id });
  return {
    year,
    focus: focus.unit ? { unitId: focus.unit.id, unitName: focus.unit.name } : { unitId: null, unitName: "Seluruh cakupan Anda" },
    units,
    objectives: { ...objectives, href: overview, lateHref: `${overview}#terlambat` },
    ...registers,
    programme,
    sopsDue: sops,
    rtl: { label: "RTL tinjauan manajemen terbuka", value: rtl.count, overdue: rtl.overdue, href: rtl.href },
    ikm,
  };
}

/** The agencies (Perangkat Daerah) of the province reader's scope, by name. */
export async function provinceAgencies(db: Tx | PrismaClient, user: SessionUser) {
  const paths = topPaths(user, ["PEMANTAU"]);
  if (paths !== null && paths.length === 0) return [];
  return db.unit.findMany({
    where: { type: "PERANGKAT_DAERAH", active: true, ...scopeWhere(scopeOfPaths(paths)) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, path: true },
  });
}

/**
 * One row per agency of the province reader's scope, each figure counted for that agency alone
 * and linking to its list filtered on it; ranked by the share of measured periods achieved.
 * Each figure is one query over all the agencies, grouped by unit and added up per agency
 * (per-agency.ts): the same filters and scope as the agency's own dashboard, not a query per agency.
 */
export async function provinceRanking(user: SessionUser, today: Date = new Date()): Promise<AgencyRanking[]> {
  const db = await getDb();
  const agencies = await provinceAgencies(db, user);
  if (agencies.length === 0) return [];
  const year = today.getUTCFullYear();
  const scope: UnitScope = { kind: "paths", paths: agencies.map((a) => a.path) };
  const inAgencies = { unit: scopeWhere(scope) };
  const aboveIds = [...new Set(agencies.flatMap((a) => a.path.split("/").filter(Boolean)))];
  const none = { id: { in: [] } };
  const [openWhere, overdueCaWhere, sopDueWhere] = await Promise.all([
    findingFilterWhere(db, { open: "1" }, today),
    caFilterWhere(db, { overdue: "1" }, today),
    sopFilterWhere(db, { reviewDue: "1" }, today),
  ]);
  const [units, shares, openFindings, overdueCas, sopsDueCounts, openRtl, programmes] = await Promise.all([
    db.unit.findMany({ where: { OR: [scopeWhere(scope), { id: { in: aboveIds } }] }, select: { id: true, path: true } }),
    achievedShareByPath(scope, year),
    db.finding.groupBy({ by: ["unitId"], where: { AND: [openWhere ?? none, inAgencies] }, _count: { _all: true } }),
    db.correctiveAction.groupBy({ by: ["unitId"], where: { AND: [overdueCaWhere ?? none, inAgencies] }, _count: { _all: true } }),
    db.sop.groupBy({ by: ["unitId"], where: { AND: [sopDueWhere ?? none, inAgencies] }, _count: { _all: true } }),
    db.managementReviewAction.groupBy({ by: ["unitId"], where: { AND: [actionFilterWhere({ status: "open" }, today), inAgencies] }, _count: { _all: true } }),
    // programmeTiles' selection for each agency, for all of them: in its subtree or above it.
    programmeProgress(db, { year, OR: [{ agency: scopeWhere(scope) }, { agencyId: { in: aboveIds } }] }),
  ]);
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const sum = (groups: { unitId: string; _count: { _all: number } }[]) =>
    sumPerAgency(agencies, groups.map((g) => ({ path: pathOf.get(g.unitId) ?? "", n: g._count._all })).filter((g) => g.path !== ""));
  const measured = sumPerAgency(agencies, shares.map((r) => ({ path: r.path, n: r.measured })));
  const achieved = sumPerAgency(agencies, shares.map((r) => ({ path: r.path, n: r.achieved })));
  const [findings, cas, sops, rtl] = [sum(openFindings), sum(overdueCas), sum(sopsDueCounts), sum(openRtl)];
  const rows = agencies.map((a, i): AgencyRanking => {
    const chain = a.path.split("/").filter(Boolean);
    const programme = programmeTile(programmes.filter((p) => (pathOf.get(p.agencyId) ?? "").startsWith(a.path) || chain.includes(p.agencyId)), year);
    return {
      agencyId: a.id, agencyName: a.name, rank: 0,
      percent: measured[i] === 0 ? null : Math.round((achieved[i] / measured[i]) * 1000) / 10, achieved: achieved[i], measured: measured[i],
      objectivesHref: listHref("/objectives/overview", { year, unitId: a.id }),
      openFindings: { label: "Temuan terbuka", value: findings[i], href: listHref("/findings", { unitId: a.id, open: "1" }) },
      overdueCorrectiveActions: overdueCaTile(a.id, cas[i]),
      programmePercent: programme.percent, programmeHref: programme.href,
      sopsDue: sopsDueTile(a.id, sops[i]),
      openRtl: rtl[i],
    };
  });
  const byShare = (r: AgencyRanking) => (r.percent === null ? -1 : r.percent);
  rows.sort((x, y) => byShare(y) - byShare(x) || x.openFindings.value - y.openFindings.value || x.agencyName.localeCompare(y.agencyName, "id"));
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}
