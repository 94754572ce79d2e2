// Who records an auditor's competence: the auditor for themselves, or a manajer mutu over the
// auditor's home unit. Pure, used by the mutations and the pages alike.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";

export function mayManageCompetence(user: SessionUser, auditor: { id: string; unitPath: string }): boolean {
  if (user.mustChangePassword) return false;
  return user.id === auditor.id || can(user, "auditor_competence.manage", { unitPath: auditor.unitPath });
}

/** The provinces (root unit ids) whose auditor pool the user may read; null: every province. */
export function poolProvinces(user: SessionUser): string[] | null {
  if (user.mustChangePassword) return [];
  const roles = ["MANAJER_MUTU", "PIMPINAN", "PEMANTAU"];
  const grants = user.grants.filter((g) => roles.includes(g.role));
  if (grants.some((g) => g.unitPath === null)) return null;
  return [...new Set(grants.map((g) => (g.unitPath as string).split("/").filter(Boolean)[0]))];
}

/** An auditor's competence is read by the auditor, whoever records it, and the province's pool readers. */
export function mayReadAuditor(user: SessionUser, auditor: { id: string; unitPath: string }): boolean {
  if (mayManageCompetence(user, auditor)) return true;
  const provinces = poolProvinces(user);
  return provinces === null || provinces.includes(auditor.unitPath.split("/").filter(Boolean)[0]);
}
