// GET /findings/<id>/pdf: the Lembar Ketidaksesuaian dan Tindakan Perbaikan as a PDF file, for the
// same readers as the print view (finding.read and the finding's scope).
import { createElement } from "react";
import { NextResponse } from "next/server";
import { FindingSheetPdf } from "@/components/findings/finding-sheet-pdf";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { findingCorrectiveActions, getCorrectiveAction } from "@/lib/corrective-actions/data";
import { getFinding } from "@/lib/findings/data";
import { renderPdf } from "@/lib/pdf/frame";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "finding.read")) return NextResponse.json({ message: "Anda tidak berwenang membuka lembar ini." }, { status: 403 });
  const finding = await getFinding(user, (await params).id);
  if (!finding) return NextResponse.json({ message: "Temuan tidak ditemukan." }, { status: 404 });
  const latest = (await findingCorrectiveActions(user, finding.id))[0];
  const rounds = latest ? ((await getCorrectiveAction(user, latest.id))?.rounds ?? []) : [];
  const pdf = await renderPdf(createElement(FindingSheetPdf, { finding, rounds, headerLines: [], printedAt: new Date() }));
  const name = `Lembar-Ketidaksesuaian-${finding.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
