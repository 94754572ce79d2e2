// GET /audits/<id>/checklist/evidence/<evidenceId>: an evidence file of a checklist answer, for a
// reader of that audit's checklist.
import { NextResponse } from "next/server";
import { getChecklistEvidenceFile } from "@/lib/audits/checklist-data";
import { attachmentResponse } from "@/lib/attachments/download";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "audit.read")) return NextResponse.json({ message: "Anda tidak berwenang membuka bukti ini." }, { status: 403 });
  const file = await getChecklistEvidenceFile(user, (await params).evidenceId);
  if (!file) return NextResponse.json({ message: "Berkas bukti tidak ditemukan." }, { status: 404 });
  return attachmentResponse(file);
}
