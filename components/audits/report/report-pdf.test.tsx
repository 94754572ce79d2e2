// The report renders to a real PDF file with the builtin font (nothing downloaded, no browser).
import { describe, expect, it } from "vitest";
import type { AuditReportView } from "@/lib/audits/checklist-types";
import { renderPdf } from "@/lib/pdf/frame";
import { ReportPdf } from "./report-pdf";

const counts = { SESUAI: 10, KTS_MAYOR: 0, KTS_MINOR: 1, OBSERVASI: 1, TIDAK_BERLAKU: 2, BELUM: 0 };
const view: AuditReportView = {
  headerLines: ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"],
  audit: {
    id: "a1", number: "AI/2026/01", title: "Audit internal semester I", status: "PELAPORAN", agencyName: "Dinas Sosial", agencyPath: "/p/a/",
    startDate: new Date("2026-03-02"), endDate: new Date("2026-03-04"), reportLockedAt: null, objectives: "Menilai penerapan SOP.",
    criteria: "SNI ISO 9001:2015", place: "Kupang", clauses: ["7.5", "9.2"],
  },
  units: [{ id: "u1", name: "Bidang Pemberdayaan Sosial", representative: "Kabid", path: "/p/a/u1/" }],
  sops: [{ id: "s1", title: "Pelaksanaan Audit Internal", number: "17" }],
  team: [{ userId: "x", name: "Yohanes Kefi", role: "KETUA", crossAgency: false }],
  summary: [{ unitId: "u1", unitName: "Bidang Pemberdayaan Sosial", counts, clauses: [{ clauseCode: "7.5", counts }] }],
  findings: [{ id: "f1", number: "T/2026/001", category: "KTS_MINOR", status: "TERBUKA", unitName: "Bidang Pemberdayaan Sosial", statement: "Notulen tidak ditandatangani.", clauseCode: "8.1" }],
  report: { id: "r1", version: 2, status: "DISETUJUI", summary: null, strengths: "Arsip tertata.", conclusion: "Efektif.", approvedBy: "Yohanes Kefi", approvedAt: new Date(), receivedBy: null, receivedAt: null },
  acknowledgments: [],
};

describe("ReportPdf", () => {
  it("renders a PDF document", async () => {
    const pdf = await renderPdf(<ReportPdf view={view} printedAt={new Date("2026-03-10T02:00:00Z")} />);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
  }, 30_000);
});
