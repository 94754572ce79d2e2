// GET /corrective-actions/evidence/<id>: an evidence file of a corrective action the user may read.
import { NextResponse } from "next/server";
import { attachmentResponse } from "@/lib/attachments/download";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { readableEvidence } from "@/lib/corrective-actions/data";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "corrective_action.read")) return NextResponse.json({ message: "Anda tidak berwenang membuka bukti ini." }, { status: 403 });
  const evidence = await readableEvidence(user, (await params).id);
  if (!evidence) return NextResponse.json({ message: "Berkas bukti tidak ditemukan." }, { status: 404 });
  return attachmentResponse(evidence);
}
