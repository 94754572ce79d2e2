// GET /documents/<id>/revisions/<no>/file: the file of a revision the user may read. A document
// (or a draft) the user may not read is "not found" (404), so its existence is not revealed.
import { NextResponse } from "next/server";
import { attachmentResponse } from "@/lib/attachments/download";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getRevisionFile } from "@/lib/documents/data";

const NOT_FOUND = { message: "Berkas dokumen tidak ditemukan." };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; revisionNo: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "document.read")) return NextResponse.json(NOT_FOUND, { status: 404 });
  const { id, revisionNo } = await params;
  const no = Number(revisionNo);
  if (!Number.isInteger(no) || no < 1) return NextResponse.json(NOT_FOUND, { status: 404 });
  const file = await getRevisionFile(user, id, no);
  if (!file) return NextResponse.json(NOT_FOUND, { status: 404 });
  return attachmentResponse(file);
}
