// What a meeting names must belong to its agency: the chair holds PIMPINAN over the agency, the
// notulis, pemaraf, participants and RTL PICs are active people of the agency, invited units are
// active units of it, and RTL references (SOP, sasaran mutu, temuan) are the agency's own.
import type { Tx } from "../db";
import { conflict } from "../errors";
import { agencyOf, type AgencyUnit } from "../org/agency";
import { ancestorIds } from "../notifications/recipients";

export async function checkAgency(tx: Tx, agencyId: string): Promise<AgencyUnit> {
  const unit = await tx.unit.findUnique({ where: { id: agencyId }, select: { path: true, active: true } });
  if (!unit || !unit.active) throw conflict("Perangkat Daerah tidak ditemukan atau sudah nonaktif.", "agencyId");
  const agency = await agencyOf(tx, unit.path);
  if (agency.id !== agencyId) throw conflict("Pilih Perangkat Daerah, bukan unit di bawahnya.", "agencyId");
  return agency;
}

/** Active users whose home unit is inside the agency, by id (with their unit). */
export async function agencyPeople(tx: Tx, agency: AgencyUnit, ids: string[]) {
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(ids)] }, active: true, unit: { path: { startsWith: agency.path } } },
    select: { id: true, name: true, unitId: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}

export async function checkPeople(
  tx: Tx,
  agency: AgencyUnit,
  values: { chairId: string; notulisId: string; initialerId: string; participantIds: string[]; unitIds: string[] },
): Promise<void> {
  const chair = await tx.user.findFirst({
    where: {
      id: values.chairId, active: true,
      grants: { some: { role: "PIMPINAN", OR: [{ unitId: null }, { unitId: { in: ancestorIds(agency.path) } }] } },
    },
    select: { id: true },
  });
  if (!chair) throw conflict(`Pimpinan rapat adalah pemegang peran Pimpinan ${agency.name}.`, "chairId");
  const people = await agencyPeople(tx, agency, [values.notulisId, values.initialerId, ...values.participantIds]);
  if (!people.has(values.notulisId)) throw conflict(`Pilih notulis dari pegawai aktif ${agency.name}.`, "notulisId");
  if (!people.has(values.initialerId)) throw conflict(`Pilih pemaraf dari pegawai aktif ${agency.name}.`, "initialerId");
  if (values.initialerId === values.chairId) throw conflict("Pemaraf dan penanda tangan adalah dua orang yang berbeda.", "initialerId");
  if (values.participantIds.some((id) => !people.has(id))) throw conflict(`Pilih peserta dari pegawai aktif ${agency.name}.`, "participantIds");
  const units = await tx.unit.findMany({ where: { id: { in: values.unitIds } }, select: { path: true, active: true } });
  if (units.length !== values.unitIds.length || units.some((u) => !u.active || !u.path.startsWith(agency.path))) {
    throw conflict(`Pilih unit undangan yang aktif di ${agency.name}.`, "unitIds");
  }
}
