// Kebijakan mutu per agency and 1,600 sasaran mutu over ten years with their monthly measurements.
// The measurement's period is the month of the objective's year (unique per objective), so an
// objective holds at most 12: see the report of issue 17 for the figure this gives.
import { day, idOf, insertRows, randomFor, scaled, TODAY, YEARS, type Row } from "./context";
import type { Generation } from "./model";

const INDICATORS = [
  ["Persentase layanan selesai tepat waktu", "%", "MINIMAL", 90],
  ["Indeks kepuasan masyarakat", "nilai", "MINIMAL", 80],
  ["Jumlah pengaduan yang tidak terselesaikan", "pengaduan", "MAKSIMAL", 5],
  ["Persentase berkas lengkap saat verifikasi", "%", "MINIMAL", 95],
] as const;

export async function generateObjectives(g: Generation): Promise<void> {
  const rnd = randomFor("objectives");
  const policies: Row[] = [];
  const objectives: Row[] = [];
  const measurements: Row[] = [];
  const perAgencyYear = Math.max(1, Math.round(scaled(g.scale, "objectives") / g.agencies.length / YEARS.length));
  const months = Math.min(12, g.scale.measurementsPerObjective);
  let n = 0;
  let m = 0;
  for (const agency of g.agencies) {
    const policyId = idOf("policy", agency.index + 1);
    policies.push([policyId, agency.unit.id, 1, `${agency.unit.name} berkomitmen memberikan layanan yang cepat, tepat dan transparan.`,
      ["Layanan tepat waktu", "Kepuasan masyarakat", "Perbaikan berkelanjutan"], "DISETUJUI", day(2017, 1, 5), agency.pimpinan.id, agency.pimpinan.name, day(2017, 1, 2), day(2017, 1, 5)]);
    for (const year of YEARS) {
      for (let k = 0; k < perAgencyYear; k++) {
        const [indicator, unit, direction, target] = INDICATORS[k % INDICATORS.length];
        const owner = rnd.pick(agency.staff);
        const id = idOf("obj", ++n);
        const current = year === TODAY.getUTCFullYear();
        const status = current && k === perAgencyYear - 1 && rnd.chance(0.5) ? "DIAJUKAN" : current ? "DISETUJUI" : "DITUTUP";
        const approved = status !== "DIAJUKAN";
        objectives.push([
          id, owner.unitId, year, `SM-${String(k + 1).padStart(2, "0")}`, `${indicator} mencapai target ${target}${unit === "%" ? "%" : ` ${unit}`}`, k % 2 ? "PROSES_INTERNAL" : "PELANGGAN",
          indicator, unit, direction, target, "BULANAN", owner.id, "Register layanan", policyId, (k % 3) + 1, status, approved ? day(year, 1, 20) : null,
          approved ? agency.pimpinan.id : null, approved ? agency.pimpinan.name : null, status === "DITUTUP" ? day(year + 1, 1, 15) : null, day(year, 1, 10), day(year, 1, 20),
        ]);
        g.objectiveIds.push({ id, agencyIndex: agency.index, unitId: owner.unitId, year, ownerId: owner.id });
        g.events.push({ at: day(year, 1, 10), actor: agency.manajerMutu, entity: "objective", entityId: id, action: "create" });
        if (!approved) continue;
        const lastMonth = current ? TODAY.getUTCMonth() : months;
        for (let period = 1; period <= Math.min(months, lastMonth); period++) {
          const value = direction === "MAKSIMAL" ? rnd.int(0, 9) : Math.round((target - 12 + rnd.next() * 20) * 10) / 10;
          const missed = direction === "MAKSIMAL" ? value > target : value < target;
          const at = day(year, period + 1 > 12 ? 12 : period + 1, 5);
          measurements.push([idOf("meas", ++m), id, period, Math.min(unit === "%" ? 100 : 1000, value), direction, target, missed ? "Volume layanan meningkat; petugas terbatas." : null, owner.id, owner.name, at, at]);
          if (period % 3 === 0) g.events.push({ at, actor: owner, entity: "objective", entityId: id, action: "measure", after: { period, value } });
        }
      }
    }
  }
  await insertRows(g.client, "QualityPolicy", ["id", "agencyId", "versionNo", "statement", "commitments", "status", "approvedAt", "approvedById", "approvedBy", "createdAt", "updatedAt"], policies);
  await insertRows(g.client, "QualityObjective", [
    "id", "unitId", "year", "code", "statement", "perspective", "indicator", "measureUnit", "direction", "target", "frequency", "ownerId", "dataSource",
    "policyId", "commitmentNo", "status", "approvedAt", "approvedById", "approvedBy", "closedAt", "createdAt", "updatedAt",
  ], objectives);
  await insertRows(g.client, "ObjectiveMeasurement", ["id", "objectiveId", "period", "value", "direction", "target", "analysis", "enteredById", "enteredBy", "createdAt", "updatedAt"], measurements);
}
