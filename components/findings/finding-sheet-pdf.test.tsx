// The lembar renders to a real PDF file (builtin font, no browser), with and without rounds.
import { describe, expect, it } from "vitest";
import type { CaRoundView } from "@/lib/corrective-actions/types";
import type { FindingDetail } from "@/lib/findings/types";
import { renderPdf } from "@/lib/pdf/frame";
import { FindingSheetPdf } from "./finding-sheet-pdf";

const finding = {
  id: "f1", number: "KTS/DINSOS/2026/007", unitId: "u1", unitName: "Bidang Pemberdayaan Sosial", category: "KTS_MINOR", status: "DITERIMA",
  source: "AUDIT_INTERNAL", statement: "Daftar penerima tidak diverifikasi.", clauseCode: "8.5.1", sopTitle: "Penyaluran bantuan", auditNumber: "AI/2026/01",
  raisedAt: new Date("2026-03-02"), dueDate: new Date("2026-04-02"), ageDays: 10, overdue: false, version: 2, agencyName: "Dinas Sosial", unitPath: "/p/a/u1/",
  location: "Penyaluran", sopId: "s1", sopNumber: "12", sopStepNo: 3, evidence: "3 dari 10 berkas tanpa paraf.", clauseTitle: "Pengendalian produksi",
  reference: null, auditId: "a1", auditTitle: "Audit internal", objectiveId: null, objectiveCode: null, objectiveStatement: null, measurementPeriod: null,
  raisedByName: "Yohanes Kefi", disputeReason: null, disputedAt: null, decisionNote: null, decidedAt: null, decidedByName: null,
  acceptedAt: new Date("2026-03-03"), closedAt: null, files: [], transitions: [], canAddEvidence: false, timeline: [],
} as unknown as FindingDetail;

const round: CaRoundView = {
  id: "c1", round: 1, version: 3, status: "DITUTUP", dueDate: new Date("2026-05-01"), overdue: false, correction: "Berkas diverifikasi ulang.",
  whys: ["Verifikator cuti", "Tidak ada pengganti"], causes: [{ category: "METODE", description: "SOP tidak menunjuk pengganti." }],
  items: [{ id: "i1", version: 1, description: "Revisi SOP", picId: "p", picName: "Kabid", dueDate: new Date("2026-04-01"), overdue: false, sop: null, status: "SELESAI", implementationNote: "SOP revisi 2", doneBy: "Kabid", doneAt: new Date("2026-03-20"), evidence: [] }],
  returnNote: null, submittedAt: null, approvedBy: "Manajer", approvedAt: null, implementedAt: null, verifiableFrom: null,
  verifiedBy: "Auditor", verifiedAt: new Date("2026-04-10"), verificationNote: "Efektif.", transitions: [], canPlan: false, canRecordDone: false,
};

describe("FindingSheetPdf", () => {
  it("renders a PDF document with the rounds", async () => {
    const pdf = await renderPdf(<FindingSheetPdf finding={finding} rounds={[round]} headerLines={["PEMERINTAH PROVINSI NTT"]} printedAt={new Date("2026-04-11T02:00:00Z")} />);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
  }, 30_000);

  it("renders an observasi without rounds", async () => {
    const pdf = await renderPdf(<FindingSheetPdf finding={{ ...finding, category: "OBSERVASI" }} rounds={[]} headerLines={[]} printedAt={new Date()} />);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 30_000);
});
