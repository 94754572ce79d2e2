// Ten years of audit programmes per agency (approved, two rounds each) and their audits: plan,
// units, SOPs, team, an answered checklist and the report. Past audits are SELESAI; this year's
// second round is in PELAKSANAAN with the agency's bench auditor as KETUA (the checklist save).
import { ISO_CLAUSES } from "../../../seeds/iso-clauses";
import { addDays, day, idOf, insertRows, randomFor, scaled, TODAY, YEARS, type Row } from "./context";
import type { Generation } from "./model";

const ANSWERS = [["SESUAI", 80], ["OBSERVASI", 8], ["KTS_MINOR", 8], ["KTS_MAYOR", 2], ["TIDAK_BERLAKU", 2]] as const;

export interface AuditFacts {
  id: string;
  agencyIndex: number;
  year: number;
  unitIds: string[];
  sopIds: string[];
  status: string;
  endDate: Date;
  leadId: string;
  /** Checklist items answered KTS/OBSERVASI, for the findings raised from them. */
  nonconformities: { itemId: string; unitId: string; answer: string; clauseCode: string | null; sopId: string | null }[];
}

export async function generateAudits(g: Generation): Promise<AuditFacts[]> {
  const rnd = randomFor("audits");
  const perAgencyYear = Math.max(1, Math.round(scaled(g.scale, "audits") / g.agencies.length / YEARS.length));
  const rows = { programme: [] as Row[], round: [] as Row[], audit: [] as Row[], unit: [] as Row[], sop: [] as Row[], team: [] as Row[], item: [] as Row[], report: [] as Row[], roundUnit: [] as Row[] };
  const facts: AuditFacts[] = [];
  let n = { prog: 0, round: 0, audit: 0, item: 0 };
  const currentYear = TODAY.getUTCFullYear();
  for (const agency of g.agencies) {
    for (const year of YEARS) {
      const progId = idOf("prog", ++n.prog);
      const approvedAt = day(year, 1, 20);
      rows.programme.push([progId, agency.unit.id, year, `Memastikan SMM ${agency.unit.shortName} tahun ${year} efektif dan sesuai ISO 9001:2015.`, "DISETUJUI", approvedAt, agency.manajerMutu.id, approvedAt, agency.pimpinan.id, agency.pimpinan.name, agency.manajerMutu.id, day(year, 1, 10), approvedAt]);
      g.events.push({ at: approvedAt, actor: agency.pimpinan, entity: "audit_programme", entityId: progId, action: "approve" });
      for (let k = 0; k < perAgencyYear; k++) {
        const roundId = idOf("round", ++n.round);
        const startMonth = Math.min(12, 3 + Math.floor((k * 9) / perAgencyYear));
        const roundUnits = [rnd.pick(agency.units), rnd.pick(agency.units)].filter((u, i, all) => all.indexOf(u) === i);
        rows.round.push([roundId, progId, k + 1, `Putaran ${k + 1}`, startMonth, Math.min(12, startMonth + 1), ["4", "7", "8", "9", "10"]]);
        for (const u of roundUnits) rows.roundUnit.push([roundId, u.id]);
        const id = idOf("audit", ++n.audit);
        const isOpen = year === currentYear && k === perAgencyYear - 1;
        const start = day(year, startMonth, 10 + rnd.int(0, 8));
        const end = addDays(start, isOpen ? 20 : 3);
        const status = isOpen ? "PELAKSANAAN" : start > TODAY ? "DIRENCANAKAN" : "SELESAI";
        const lead = isOpen ? agency.auditor : rnd.pick(agency.auditors);
        const member = agency.auditors.find((a) => a !== lead) ?? null;
        const clauses = rnd.weighted([[["7.1", "7.5", "8.1", "8.5", "9.1"], 1], [["4.4", "5.2", "6.2", "8.2", "10.2"], 1]] as const);
        const sopIds = agency.sopIds.filter((s) => roundUnits.some((u) => agency.sopUnit.get(s) === u.id)).slice(0, 3);
        rows.audit.push([
          id, agency.unit.id, `AUD/${agency.unit.shortName}/${year}/${String(k + 1).padStart(2, "0")}`, "INTERNAL", `Audit Internal ${agency.unit.shortName} ${year} Putaran ${k + 1}`,
          "Memastikan kesesuaian penerapan SOP AP dan persyaratan ISO 9001:2015.", "ISO 9001:2015, SOP AP yang berlaku", [...clauses], start, end,
          `Ruang Rapat ${agency.unit.shortName}`, status, day(year, startMonth, 1), status === "SELESAI" ? end : null, progId, roundId, agency.manajerMutu.id, day(year, 2, 1), end,
        ]);
        for (const u of roundUnits) rows.unit.push([id, u.id, `Kepala ${u.name}`]);
        for (const s of sopIds) rows.sop.push([id, s]);
        rows.team.push([id, lead.id, "KETUA", start]);
        if (member) rows.team.push([id, member.id, "ANGGOTA", start]);
        const fact: AuditFacts = { id, agencyIndex: agency.index, year, unitIds: roundUnits.map((u) => u.id), sopIds, status, endDate: end, leadId: lead.id, nonconformities: [] };
        let position = 0;
        for (const unit of roundUnits) {
          for (const code of clauses) {
            const clause = ISO_CLAUSES.find((c) => c.code === code)!;
            const answered = status === "SELESAI" || (isOpen && rnd.chance(0.5));
            const answer = answered ? rnd.weighted(ANSWERS) : null;
            const itemId = idOf("item", ++n.item);
            rows.item.push([itemId, id, unit.id, position++, "KLAUSUL", clause.questions[0], code, null, null, answer,
              answer ? `Diperiksa dokumen dan rekaman ${unit.shortName}.` : null, answer ? lead.id : null, answer ? end : null, start, answer ? end : start]);
            if (answer && answer !== "SESUAI" && answer !== "TIDAK_BERLAKU" && !isOpen) fact.nonconformities.push({ itemId, unitId: unit.id, answer, clauseCode: code, sopId: null });
          }
        }
        for (const sopId of sopIds) {
          for (let step = 1; step <= 2; step++) {
            const answered = status === "SELESAI" || (isOpen && rnd.chance(0.5));
            const answer = answered ? rnd.weighted(ANSWERS) : null;
            const itemId = idOf("item", ++n.item);
            rows.item.push([itemId, id, agency.sopUnit.get(sopId)!, position++, "LANGKAH_SOP", `Apakah langkah ${step} SOP dilaksanakan sesuai uraian dan waktunya?`, null, sopId, step, answer,
              answer ? "Dicocokkan dengan rekaman pelaksanaan." : null, answer ? lead.id : null, answer ? end : null, start, answer ? end : start]);
            if (answer && answer !== "SESUAI" && answer !== "TIDAK_BERLAKU" && !isOpen) fact.nonconformities.push({ itemId, unitId: agency.sopUnit.get(sopId)!, answer, clauseCode: "8.1", sopId });
          }
        }
        if (status === "SELESAI") {
          rows.report.push([idOf("report", n.audit), id, "DITERIMA", "Audit berjalan sesuai rencana.", "Komitmen pimpinan dan kelengkapan SOP AP.", "SMM diterapkan dengan efektif dengan beberapa catatan.", lead.id, end, agency.pimpinan.id, addDays(end, 3), end, addDays(end, 3)]);
          g.events.push({ at: end, actor: lead, entity: "audit", entityId: id, action: "finish" });
        }
        g.events.push({ at: day(year, startMonth, 1), actor: agency.manajerMutu, entity: "audit", entityId: id, action: "create" });
        if (isOpen) g.openAuditIds.push(id);
        facts.push(fact);
      }
    }
  }
  await insertRows(g.client, "AuditProgramme", ["id", "agencyId", "year", "objectives", "status", "submittedAt", "submittedById", "approvedAt", "approvedById", "approvedBy", "createdById", "createdAt", "updatedAt"], rows.programme);
  await insertRows(g.client, "AuditRound", ["id", "programmeId", "roundNo", "name", "startMonth", "endMonth", "clauses"], rows.round);
  await insertRows(g.client, "AuditRoundUnit", ["roundId", "unitId"], rows.roundUnit);
  await insertRows(g.client, "Audit", [
    "id", "agencyId", "number", "type", "title", "objectives", "criteria", "clauses", "startDate", "endDate", "place", "status", "publishedAt",
    "reportLockedAt", "programmeId", "roundId", "createdById", "createdAt", "updatedAt",
  ], rows.audit);
  await insertRows(g.client, "AuditUnit", ["auditId", "unitId", "representative"], rows.unit);
  await insertRows(g.client, "AuditSop", ["auditId", "sopId"], rows.sop);
  await insertRows(g.client, "AuditTeamMember", ["auditId", "userId", "role", "createdAt"], rows.team);
  await insertRows(g.client, "ChecklistItem", ["id", "auditId", "unitId", "position", "kind", "question", "clauseCode", "sopId", "sopStepNo", "answer", "evidenceNote", "answeredById", "answeredAt", "createdAt", "updatedAt"], rows.item);
  await insertRows(g.client, "AuditReport", ["id", "auditId", "status", "summary", "strengths", "conclusion", "approvedById", "approvedAt", "receivedById", "receivedAt", "createdAt", "updatedAt"], rows.report);
  return facts;
}
