import "server-only";
// Shared steps of the writes that save an objective's definition (a draft, or a pending
// revision): what the form names must exist and belong to the objective's agency, the code must
// be free, and the SOP links follow the definition.
import type { Tx } from "../db";
import { conflict } from "../errors";
import { agencyOf } from "../org/agency";
import type { ObjectiveFormValues } from "./schema";

export const definitionSelect = {
  unitId: true, year: true, code: true, statement: true, perspective: true, indicator: true, formula: true,
  measureUnit: true, direction: true, target: true, targetLow: true, targetHigh: true, baseline: true,
  valueMin: true, valueMax: true, frequency: true, ownerId: true, dataSource: true, processes: true, policyId: true, commitmentNo: true,
} as const;

type DefinitionColumns = { [K in keyof typeof definitionSelect]: unknown };

/** The definition as kept in a revision row: its columns plus the linked SOPs. */
export function definitionSnapshot(o: DefinitionColumns & { sops: { sopId: string }[] }) {
  const snapshot = Object.fromEntries(Object.keys(definitionSelect).map((k) => [k, o[k as keyof DefinitionColumns]]));
  return { ...snapshot, sopIds: o.sops.map((s) => s.sopId) } as Record<string, unknown> & { sopIds: string[] };
}

/**
 * Checks that what the form names exists and fits the objective's agency: the unit, the PIC (an
 * active user of the same agency), the SOPs (of the same agency) and the policy (in force there).
 */
export async function checkReferences(tx: Tx, values: ObjectiveFormValues): Promise<{ unitPath: string }> {
  const unit = await tx.unit.findUnique({ where: { id: values.unitId }, select: { path: true, active: true } });
  if (!unit || !unit.active) throw conflict("Unit tidak ditemukan atau sudah nonaktif.", "unitId");
  const agency = await agencyOf(tx, unit.path);
  const owner = await tx.user.findUnique({ where: { id: values.ownerId }, select: { active: true, unit: { select: { path: true } } } });
  if (!owner || !owner.active) throw conflict("PIC tidak ditemukan atau sudah nonaktif.", "ownerId");
  if (!owner.unit.path.startsWith(agency.path)) throw conflict(`PIC harus pegawai ${agency.name}.`, "ownerId");
  const sopIds = [...new Set(values.sopIds)];
  if (sopIds.length > 0) {
    const found = await tx.sop.findMany({ where: { id: { in: sopIds } }, select: { unit: { select: { path: true } } } });
    if (found.length !== sopIds.length) throw conflict("Sebagian SOP yang dipilih tidak ada di katalog.", "sopIds");
    if (found.some((s) => !s.unit.path.startsWith(agency.path))) throw conflict(`Pilih SOP milik ${agency.name}.`, "sopIds");
  }
  if (values.policyId) {
    const policy = await tx.qualityPolicy.findUnique({
      where: { id: values.policyId },
      select: { status: true, commitments: true, agency: { select: { path: true } } },
    });
    if (!policy || policy.status !== "DISETUJUI") throw conflict("Pilih kebijakan mutu yang berlaku.", "policyId");
    if (!unit.path.startsWith(policy.agency.path)) throw conflict("Kebijakan mutu ini milik Perangkat Daerah lain.", "policyId");
    if (values.commitmentNo !== null && values.commitmentNo > policy.commitments.length) {
      throw conflict(`Kebijakan mutu ini hanya memiliki ${policy.commitments.length} komitmen.`, "commitmentNo");
    }
  }
  return { unitPath: unit.path };
}

/** A friendly refusal before the unique key would refuse (which the action wrapper also handles). */
export async function assertCodeFree(tx: Tx, values: ObjectiveFormValues, exceptId?: string) {
  const clash = await tx.qualityObjective.findFirst({
    where: { unitId: values.unitId, year: values.year, code: values.code, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (clash) throw conflict(`Kode ${values.code} sudah dipakai sasaran lain unit ini pada tahun ${values.year}.`, "code");
}

/** The objective's columns for a definition (a range clears the single target and back). */
export function definitionData(values: ObjectiveFormValues) {
  const { sopIds: _sopIds, ...definition } = values;
  const ranged = definition.direction === "RENTANG";
  return {
    ...definition,
    target: ranged ? null : definition.target,
    targetLow: ranged ? definition.targetLow : null,
    targetHigh: ranged ? definition.targetHigh : null,
  };
}

export async function writeSopLinks(tx: Tx, objectiveId: string, sopIds: string[]) {
  await tx.objectiveSop.deleteMany({ where: { objectiveId } });
  const unique = [...new Set(sopIds)];
  if (unique.length > 0) await tx.objectiveSop.createMany({ data: unique.map((sopId) => ({ objectiveId, sopId })) });
}
