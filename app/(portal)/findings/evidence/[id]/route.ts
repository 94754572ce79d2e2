// GET /findings/evidence/<attachment id>: an evidence file of a finding the user may read.
import { NextResponse } from "next/server";
import { attachmentResponse } from "@/lib/attachments/download";
import { getCurrentUser } from "@/lib/auth/session";
import { getFindingEvidenceFile } from "@/lib/findings/data";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  const file = await getFindingEvidenceFile(user, (await params).id);
  if (!file) return NextResponse.json({ message: "Berkas bukti tidak ditemukan." }, { status: 404 });
  return attachmentResponse(file);
}
