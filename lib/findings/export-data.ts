import "server-only";
// The rows of the findings export: the list's filters and scope, every page.
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { formatDate } from "../utils/format";
import { FINDING_CATEGORY_LABELS, FINDING_SOURCE_LABELS, FINDING_STATUS_LABELS } from "./constants";
import { findingListWhere } from "./data";
import type { FindingExportRow } from "./export-files";
import { ageInDays, isOverdue } from "./rules";
import type { FindingListQuery } from "./schema";

export async function buildFindingExportRows(user: SessionUser, query: FindingListQuery, today: Date = new Date()): Promise<FindingExportRow[]> {
  authorize(user, "finding.read");
  const where = await findingListWhere(user, query, today);
  if (!where) return [];
  const db = await getDb();
  const rows = await db.finding.findMany({
    where,
    orderBy: [{ raisedAt: "desc" }, { number: "desc" }],
    select: {
      number: true, raisedAt: true, source: true, category: true, status: true, statement: true, location: true, sopStepNo: true, evidence: true,
      clauseCode: true, reference: true, dueDate: true, closedAt: true, disputeReason: true, decisionNote: true,
      agency: { select: { name: true } }, unit: { select: { name: true } }, sop: { select: { title: true } }, audit: { select: { number: true } },
    },
  });
  return rows.map((f) => ({
    Nomor: f.number, Tanggal: formatDate(f.raisedAt), "Perangkat Daerah": f.agency.name, Unit: f.unit.name, Sumber: FINDING_SOURCE_LABELS[f.source],
    Audit: f.audit?.number ?? null, Kategori: FINDING_CATEGORY_LABELS[f.category], Status: FINDING_STATUS_LABELS[f.status],
    "Pernyataan ketidaksesuaian": f.statement, Lokasi: f.location, SOP: f.sop?.title ?? null, Langkah: f.sopStepNo, "Bukti objektif": f.evidence,
    Klausul: f.clauseCode, Referensi: f.reference, "Batas waktu": f.dueDate ? formatDate(f.dueDate) : null,
    "Umur (hari)": ageInDays(f.raisedAt, today, f.closedAt), Terlambat: isOverdue(f, today) ? "Ya" : "Tidak",
    "Alasan sanggahan": f.disputeReason, Keputusan: f.decisionNote,
  }));
}
