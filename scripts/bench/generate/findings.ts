// 8,000 findings: those raised from audit checklists first, then other sources, spread over ten
// years; corrective actions in every state (a finding judged not effective has a second round).
import { addDays, day, idOf, insertRows, randomFor, scaled, TODAY, YEARS, type Random, type Row } from "./context";
import type { AuditFacts } from "./audits";
import type { Agency, Generation } from "./model";

const STATEMENTS = [
  "Rekaman pelaksanaan SOP tidak lengkap untuk periode yang diperiksa",
  "Waktu penyelesaian layanan melebihi standar waktu SOP",
  "Formulir yang digunakan bukan revisi yang berlaku",
  "Hasil survei kepuasan belum dianalisis dan ditindaklanjuti",
  "Sasaran mutu unit belum diukur sesuai frekuensi yang ditetapkan",
  "Kalibrasi peralatan ukur tidak tercatat",
  "Pengaduan masyarakat belum dicatat dalam register",
  "Kompetensi petugas layanan belum dibuktikan dengan rekaman pelatihan",
];
const OTHER_SOURCES = [["PENGADUAN", 3], ["SASARAN_MUTU", 2], ["MANDIRI", 2], ["TINJAUAN_MANAJEMEN", 1], ["AUDIT_EKSTERNAL", 1]] as const;
const OPEN_CA = ["TERBUKA", "RENCANA_DIAJUKAN", "RENCANA_DISETUJUI", "DILAKSANAKAN", "VERIFIKASI"] as const;

export async function generateFindings(g: Generation, audits: AuditFacts[]): Promise<void> {
  const rnd = randomFor("findings");
  const total = scaled(g.scale, "findings");
  const perAgency = Math.max(1, Math.floor(total / g.agencies.length));
  const findings: Row[] = [];
  const cas: Row[] = [];
  const causes: Row[] = [];
  const items: Row[] = [];
  const n = { finding: 0, ca: 0, cause: 0, item: 0 };
  const byAgency = new Map<number, AuditFacts[]>();
  for (const a of audits) byAgency.set(a.agencyIndex, [...(byAgency.get(a.agencyIndex) ?? []), a]);
  for (const agency of g.agencies) {
    const seqByYear = new Map<number, number>();
    const agencyAudits = (byAgency.get(agency.index) ?? []).filter((a) => a.status === "SELESAI");
    const fromAudits = agencyAudits.flatMap((a) => a.nonconformities.map((nc) => ({ audit: a, nc })));
    const count = perAgency + (agency.index < total - perAgency * g.agencies.length ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const linked = k < fromAudits.length ? fromAudits[k] : null;
      const year = linked?.audit.year ?? YEARS[Math.min(YEARS.length - 1, Math.floor((k / count) * YEARS.length))];
      const raisedAt = linked ? linked.audit.endDate : addDays(day(year, 1, 5), rnd.int(0, year === TODAY.getUTCFullYear() ? 320 : 350));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const category = linked ? linked.nc.answer : rnd.weighted([["KTS_MINOR", 6], ["OBSERVASI", 3], ["KTS_MAYOR", 1]] as const);
      const unitId = linked?.nc.unitId ?? rnd.pick(agency.units).id;
      const ageDays = (TODAY.getTime() - raisedAt.getTime()) / 86_400_000;
      const status = statusOf(rnd, ageDays, category);
      const id = idOf("finding", ++n.finding);
      const reporter = linked ? g.agencies[linked.audit.agencyIndex].auditors[0] : agency.manajerMutu;
      const closedAt = status === "DITUTUP" ? addDays(raisedAt, rnd.int(20, 120)) : null;
      findings.push([
        id, agency.unit.id, unitId, year, `TMN/${agency.unit.shortName}/${year}/${String(seq).padStart(3, "0")}`,
        linked ? "AUDIT_INTERNAL" : rnd.weighted(OTHER_SOURCES), category, rnd.pick(STATEMENTS), "Ruang layanan", linked?.nc.sopId ?? null,
        "Sampel 10 berkas layanan bulan berjalan; 3 tidak lengkap.", linked?.nc.clauseCode ?? "8.5", linked?.audit.id ?? null,
        linked?.nc.itemId ?? null, status, reporter.id, raisedAt, addDays(raisedAt, 30),
        status === "DISANGGAH" ? "Rekaman tersedia di arsip fisik." : null, status === "DISANGGAH" ? agency.pimpinan.id : null,
        status === "DICABUT" || (status === "DITUTUP" && category === "OBSERVASI") ? "Diputuskan oleh ketua auditor." : null,
        status !== "TERBUKA" && status !== "DISANGGAH" ? addDays(raisedAt, 5) : null, closedAt, reporter.id, raisedAt, closedAt ?? raisedAt,
      ]);
      g.events.push({ at: raisedAt, actor: reporter, entity: "finding", entityId: id, action: "create", after: { category, status: "TERBUKA" } });
      if (closedAt) g.events.push({ at: closedAt, actor: agency.manajerMutu, entity: "finding", entityId: id, action: "close" });
      if (category !== "OBSERVASI" && (status === "DITERIMA" || status === "DITUTUP")) {
        const rounds = status === "DITUTUP" && rnd.chance(0.1) ? 2 : 1;
        for (let round = 1; round <= rounds; round++) {
          const last = round === rounds;
          const caStatus = !last ? "TIDAK_EFEKTIF" : status === "DITUTUP" ? "DITUTUP" : rnd.pick(OPEN_CA);
          addCorrectiveAction(g, rnd, agency, { findingId: id, unitId, round, status: caStatus, start: addDays(raisedAt, 5 + (round - 1) * 40), closedAt }, n, cas, causes, items);
        }
      }
    }
  }
  await insertRows(g.client, "Finding", [
    "id", "agencyId", "unitId", "year", "number", "source", "category", "statement", "location", "sopId", "evidence", "clauseCode", "auditId",
    "checklistItemId", "status", "raisedById", "raisedAt", "dueDate", "disputeReason", "disputedById", "decisionNote", "acceptedAt", "closedAt",
    "createdById", "createdAt", "updatedAt",
  ], findings);
  await insertRows(g.client, "CorrectiveAction", [
    "id", "findingId", "round", "unitId", "status", "correction", "whys", "dueDate", "submittedById", "submittedAt", "approvedById", "approvedAt",
    "implementedAt", "verifiedById", "verifiedAt", "verificationNote", "closedAt", "createdById", "createdAt", "updatedAt",
  ], cas);
  await insertRows(g.client, "CorrectiveActionCause", ["id", "correctiveActionId", "position", "category", "description"], causes);
  await insertRows(g.client, "CorrectiveActionItem", ["id", "correctiveActionId", "position", "description", "picId", "dueDate", "status", "implementationNote", "doneById", "doneAt", "createdAt", "updatedAt"], items);
}

function statusOf(rnd: Random, ageDays: number, category: string): string {
  if (ageDays > 365) return rnd.weighted([["DITUTUP", 95], ["DICABUT", 4], ["DITERIMA", 1]] as const);
  if (ageDays > 120) return rnd.weighted([["DITUTUP", 60], ["DITERIMA", 30], ["DICABUT", 5], ["DISANGGAH", 5]] as const);
  if (category === "OBSERVASI") return rnd.weighted([["TERBUKA", 5], ["DITUTUP", 5]] as const);
  return rnd.weighted([["TERBUKA", 4], ["DITERIMA", 4], ["DISANGGAH", 1], ["DITUTUP", 1]] as const);
}

const STAGE: Record<string, number> = { TERBUKA: 0, RENCANA_DIAJUKAN: 1, RENCANA_DISETUJUI: 2, DILAKSANAKAN: 3, VERIFIKASI: 4, DITUTUP: 5, TIDAK_EFEKTIF: 5 };

function addCorrectiveAction(
  g: Generation, rnd: Random, agency: Agency,
  ca: { findingId: string; unitId: string; round: number; status: string; start: Date; closedAt: Date | null },
  n: { ca: number; cause: number; item: number }, cas: Row[], causes: Row[], items: Row[],
) {
  const id = idOf("ca", ++n.ca);
  const stage = STAGE[ca.status];
  const at = (s: number) => (stage >= s ? addDays(ca.start, s * 7) : null);
  const due = addDays(ca.start, 60);
  const pic = agency.staff.find((u) => u.unitId === ca.unitId) ?? agency.manajerMutu;
  const verifier = agency.auditors[0];
  const closed = ca.status === "DITUTUP" ? (ca.closedAt ?? at(5)) : ca.status === "TIDAK_EFEKTIF" ? at(5) : null;
  cas.push([
    id, ca.findingId, ca.round, ca.unitId, ca.status, "Berkas yang kurang segera dilengkapi.", ["Petugas belum memahami SOP", "Sosialisasi SOP belum dilakukan"], due,
    stage >= 1 ? pic.id : null, at(1), stage >= 2 ? agency.manajerMutu.id : null, at(2), at(3), stage >= 5 ? verifier.id : null, at(5),
    stage >= 5 ? (ca.status === "TIDAK_EFEKTIF" ? "Ketidaksesuaian berulang pada sampel baru." : "Efektif: sampel ulang sesuai.") : null, closed, pic.id, ca.start, closed ?? at(stage) ?? ca.start,
  ]);
  if (stage >= 1) {
    causes.push([idOf("cause", ++n.cause), id, 0, "METODE", "SOP belum disosialisasikan kepada petugas baru."]);
    if (rnd.chance(0.5)) causes.push([idOf("cause", ++n.cause), id, 1, "MANUSIA", "Beban kerja petugas layanan tinggi."]);
    const done = stage >= 3;
    items.push([idOf("caitem", ++n.item), id, 0, "Sosialisasi ulang SOP kepada seluruh petugas.", pic.id, due, done ? "SELESAI" : "BELUM", done ? "Sosialisasi dilaksanakan." : null, done ? pic.id : null, at(3), ca.start, at(3) ?? ca.start]);
  }
  g.events.push({ at: ca.start, actor: pic, entity: "corrective_action", entityId: id, action: "create" });
  if (closed) g.events.push({ at: closed, actor: verifier, entity: "corrective_action", entityId: id, action: "close" });
}
