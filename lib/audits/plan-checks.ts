// What a plan names must exist and belong where it should: units and SOPs of the audit's agency,
// known clauses, and auditors who hold the AUDITOR role in the agency or, for an audit silang, in
// another agency of the same province. Used by the plan's mutations inside their transaction.
import type { Tx } from "../db";
import { conflict } from "../errors";
import { agencyOf, type AgencyUnit } from "../org/agency";
import type { AuditFormValues } from "./schema";

const CLAUSE_CODE = /^(4|5|6|7|8|9|10)(\.\d{1,2}){0,3}$/;
const provinceOf = (path: string) => path.split("/").filter(Boolean)[0] ?? "";

export interface CheckedTeamMember {
  userId: string;
  role: "KETUA" | "ANGGOTA";
  crossAgency: boolean;
}

export async function checkAgency(tx: Tx, agencyId: string): Promise<AgencyUnit> {
  const unit = await tx.unit.findUnique({ where: { id: agencyId }, select: { path: true, active: true } });
  if (!unit || !unit.active) throw conflict("Perangkat Daerah tidak ditemukan atau sudah nonaktif.", "agencyId");
  const agency = await agencyOf(tx, unit.path);
  if (agency.id !== agencyId) throw conflict("Pilih Perangkat Daerah, bukan unit di bawahnya.", "agencyId");
  return agency;
}

export async function checkPlanReferences(tx: Tx, agency: AgencyUnit, values: AuditFormValues): Promise<CheckedTeamMember[]> {
  const units = await tx.unit.findMany({ where: { id: { in: values.units.map((u) => u.unitId) } }, select: { id: true, path: true, active: true } });
  if (units.length !== values.units.length || units.some((u) => !u.active || !u.path.startsWith(agency.path))) {
    throw conflict(`Pilih unit auditi yang aktif di ${agency.name}.`, "units");
  }
  const sops = await tx.sop.findMany({ where: { id: { in: values.sopIds } }, select: { id: true, unit: { select: { path: true } } } });
  if (sops.length !== values.sopIds.length || sops.some((s) => !s.unit.path.startsWith(agency.path))) {
    throw conflict(`Pilih SOP milik ${agency.name}.`, "sopIds");
  }
  const badClause = values.clauses.find((c) => !CLAUSE_CODE.test(c));
  if (badClause) throw conflict(`Klausul "${badClause}" tidak dikenal; tulis nomor klausul ISO 9001:2015 4 sampai 10, mis. 7.5.`, "clauses");
  if (values.clauses.length > 0 && (await tx.isoClause.count()) > 0) {
    // A main clause ("7") names all its sub-clauses; a sub-clause ("7.5") names itself.
    const known = await tx.isoClause.findMany({
      where: { OR: [{ code: { in: values.clauses } }, { mainCode: { in: values.clauses } }] },
      select: { code: true, mainCode: true },
    });
    const unknown = values.clauses.find((c) => !known.some((k) => k.code === c || k.mainCode === c));
    if (unknown) throw conflict(`Klausul ${unknown} tidak ada dalam pustaka klausul ISO 9001:2015.`, "clauses");
  }
  return checkTeam(tx, agency, values.team);
}

async function checkTeam(tx: Tx, agency: AgencyUnit, team: AuditFormValues["team"]): Promise<CheckedTeamMember[]> {
  const users = await tx.user.findMany({
    where: { id: { in: team.map((m) => m.userId) } },
    select: { id: true, name: true, active: true, unit: { select: { path: true } }, grants: { where: { role: "AUDITOR" }, select: { unit: { select: { path: true } } } } },
  });
  return team.map((member) => {
    const user = users.find((u) => u.id === member.userId);
    if (!user || !user.active) throw conflict("Auditor tidak ditemukan atau akunnya nonaktif.", "team");
    const auditorPaths = user.grants.map((g) => g.unit?.path ?? "/");
    if (auditorPaths.length === 0) throw conflict(`${user.name} tidak memegang peran Auditor.`, "team");
    const inAgency = auditorPaths.some((p) => p === "/" || p.startsWith(agency.path) || agency.path.startsWith(p));
    if (inAgency) return { ...member, crossAgency: false };
    // Audit silang: an auditor of another agency of the same province, for this audit only.
    if (auditorPaths.some((p) => provinceOf(p) === provinceOf(agency.path))) return { ...member, crossAgency: true };
    throw conflict(`${user.name} adalah auditor di provinsi lain dan tidak dapat ditugaskan pada audit ${agency.name}.`, "team");
  });
}
