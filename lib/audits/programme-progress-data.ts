// How far the audit programmes have come: per programme, its rounds and the rounds with an audit
// held (or being held), its linked audits planned and held. Counted in the database (relation
// counts), for the leadership dashboard and the management review's section (c6).
// No "server-only": the review pack is compiled by the seeds too.
import type { Prisma, PrismaClient, Tx } from "../db";
import { HELD_STATUSES } from "./coverage-rules";
import type { ProgrammeStatus } from "./programme-constants";

export interface ProgrammeProgress {
  id: string;
  year: number;
  agencyId: string;
  agencyName: string;
  status: ProgrammeStatus;
  rounds: number;
  roundsHeld: number;
  audits: number;
  auditsHeld: number;
  /** roundsHeld / rounds, 0–100 to one decimal; null without rounds. */
  percent: number | null;
}

const HELD = { status: { in: [...HELD_STATUSES] } } satisfies Prisma.AuditWhereInput;

/** The programmes matching `where`, not discarded, by year and agency. */
export async function programmeProgress(db: Tx | PrismaClient, where: Prisma.AuditProgrammeWhereInput): Promise<ProgrammeProgress[]> {
  const rows = await db.auditProgramme.findMany({
    where: { AND: [where, { status: { not: "DIBATALKAN" } }] },
    orderBy: [{ year: "desc" }, { agency: { name: "asc" } }],
    select: {
      id: true, year: true, status: true, agencyId: true, agency: { select: { name: true } },
      rounds: { select: { _count: { select: { audits: { where: HELD } } } } },
      _count: { select: { audits: { where: { status: { not: "DIBATALKAN" } } } } },
    },
  });
  const held = rows.length === 0 ? [] : await db.audit.groupBy({ by: ["programmeId"], where: { programmeId: { in: rows.map((r) => r.id) }, ...HELD }, _count: { _all: true } });
  return rows.map((p) => {
    const roundsHeld = p.rounds.filter((r) => r._count.audits > 0).length;
    return {
      id: p.id, year: p.year, agencyId: p.agencyId, agencyName: p.agency.name, status: p.status as ProgrammeStatus,
      rounds: p.rounds.length, roundsHeld, audits: p._count.audits,
      auditsHeld: held.find((h) => h.programmeId === p.id)?._count._all ?? 0,
      percent: p.rounds.length === 0 ? null : Math.round((roundsHeld / p.rounds.length) * 1000) / 10,
    };
  });
}
