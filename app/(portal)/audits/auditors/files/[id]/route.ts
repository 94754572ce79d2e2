// GET /audits/auditors/files/<id>: a competence evidence file the user may read.
import { NextResponse } from "next/server";
import { attachmentResponse } from "@/lib/attachments/download";
import { getCompetenceFile } from "@/lib/audits/competence-data";
import { getCurrentUser } from "@/lib/auth/session";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  const file = await getCompetenceFile(user, (await params).id);
  if (!file) return NextResponse.json({ message: "Berkas tidak ditemukan." }, { status: 404 });
  return attachmentResponse(file);
}
