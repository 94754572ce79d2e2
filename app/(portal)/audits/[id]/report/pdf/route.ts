// GET /audits/<id>/report/pdf: the Laporan Audit Internal as a PDF file, for a reader of the audit.
import { createElement } from "react";
import { NextResponse } from "next/server";
import { ReportPdf } from "@/components/audits/report/report-pdf";
import { getAuditReportView } from "@/lib/audits/report-data";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { renderPdf } from "@/lib/pdf/frame";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "audit.read")) return NextResponse.json({ message: "Anda tidak berwenang membuka laporan ini." }, { status: 403 });
  const view = await getAuditReportView(user, (await params).id);
  if (!view) return NextResponse.json({ message: "Laporan audit tidak ditemukan." }, { status: 404 });
  const pdf = await renderPdf(createElement(ReportPdf, { view, printedAt: new Date() }));
  const name = `Laporan-Audit-${view.audit.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
