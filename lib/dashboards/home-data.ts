import "server-only";
// The home of each role at "/": the sections of every role the user holds. Figures are counted
// in the database inside the scope of the role's own grants.
import { unitScope, type UnitScope } from "../auth/scope";
import type { Role } from "../auth/roles";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { agencyOf } from "../org/agency";
import { unreadQueue } from "../documents/acknowledgment-data";
import { leadershipHome } from "./leadership-data";
import { figuresOnce, figuresPerAgency, latePeriods, ownAwaitingPeriods } from "./measurement-data";
import { approvalQueue, managerQueue } from "./queue-data";
import { keeperQueue } from "../documents/home-data";
import { documentRevisionQueue } from "../documents/queue-data";
import { recentlyRevisedSops, unitSops } from "./sop-data";
import type { AgencyFigures, RoleHome } from "./types";

const holds = (user: SessionUser, role: Role) => user.grants.some((g) => g.role === role);

/** The scope of one role's grants only (a pimpinan who is also pemantau counts each apart). */
export function roleScope(user: SessionUser, role: Role): UnitScope {
  return unitScope({ ...user, grants: user.grants.filter((g) => g.role === role) }, "dashboard.read");
}

/** The agencies (Perangkat Daerah) inside a scope, by name. */
async function agenciesIn(scope: UnitScope) {
  const db = await getDb();
  const where = scope.kind === "all" ? {} : scope.kind === "none" ? { id: { in: [] } } : { OR: scope.paths.map((p) => ({ path: { startsWith: p } })) };
  const inside = await db.unit.findMany({ where: { ...where, type: "PERANGKAT_DAERAH", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, path: true } });
  if (inside.length > 0 || scope.kind !== "paths") return inside;
  // A grant below an agency (an UPTD): that agency's part of it.
  return Promise.all(scope.paths.map(async (p) => ({ ...(await agencyOf(db, p)), path: p })));
}

/** `unitId`: the leadership dashboard's unit filter (ignored outside the reader's scope). */
export async function getRoleHome(user: SessionUser, today: Date = new Date(), unitId?: string): Promise<RoleHome> {
  const year = today.getUTCFullYear();
  const home: RoleHome = { year, pimpinan: null, manajerMutu: null, pegawai: null, pengendaliDokumen: null, pemantau: null, leadership: null, readRequired: null, documentChecks: null };
  const figuresOf = figuresOnce(year, today);
  const tasks: Promise<void>[] = [
    (async () => {
      home.leadership = await leadershipHome(user, unitId, today, figuresOf);
    })(),
  ];
  tasks.push((async () => {
    const unread = await unreadQueue(user);
    home.readRequired = unread.total === 0 ? null : {
      total: unread.total,
      items: unread.items.map((i) => ({ kind: "Wajib baca", title: i.title, unitName: i.unitName, status: "Belum dikonfirmasi", href: `/documents/${i.documentId}`, at: i.at })),
    };
  })());
  if (holds(user, "PIMPINAN")) {
    tasks.push((async () => {
      const scope = roleScope(user, "PIMPINAN");
      const [approvals, agencyFigures] = await Promise.all([approvalQueue(user), figuresOf(scope)]);
      const grant = user.grants.find((g) => g.role === "PIMPINAN");
      home.pimpinan = { approvals, figures: agencyFigures, agencyId: grant?.unitId ?? null };
    })());
  }
  if (holds(user, "MANAJER_MUTU")) {
    tasks.push((async () => {
      const [late, queue] = await Promise.all([latePeriods(roleScope(user, "MANAJER_MUTU"), year, today, 20), managerQueue(user)]);
      home.manajerMutu = { late, ...queue };
    })());
  }
  if (holds(user, "PEGAWAI")) {
    tasks.push((async () => {
      const [sops, measurements] = await Promise.all([unitSops(user.unitId), ownAwaitingPeriods(user.id, today)]);
      home.pegawai = { unitSops: sops, measurements };
    })());
  }
  if (holds(user, "PENGENDALI_DOKUMEN")) {
    tasks.push((async () => {
      const grant = user.grants.find((g) => g.role === "PENGENDALI_DOKUMEN")!;
      const agency = await agencyOf(await getDb(), grant.unitPath ?? user.unitPath);
      const [recentSops, keeper] = await Promise.all([recentlyRevisedSops(agency.path), keeperQueue(user)]);
      home.pengendaliDokumen = { agencyName: agency.name, recentSops, archive: keeper.items, reviewsDue: keeper.reviewsDue };
    })());
  }
  if (unitScope(user, "document.check").kind !== "none") {
    tasks.push((async () => {
      home.documentChecks = await documentRevisionQueue(user, "check");
    })());
  }
  if (holds(user, "PEMANTAU")) {
    tasks.push((async () => {
      const agencies = await agenciesIn(roleScope(user, "PEMANTAU"));
      const perAgency = await figuresPerAgency(agencies, year, today);
      const rows: AgencyFigures[] = agencies.map((a, i) => ({ agencyId: a.id, agencyName: a.name, ...perAgency[i] }));
      home.pemantau = { agencies: rows };
    })());
  }
  await Promise.all(tasks);
  return home;
}
