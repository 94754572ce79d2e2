// GET /documents/retention/destructions/<id>/pdf: the Berita Acara Pemusnahan as a PDF file, for its keepers and approvers.
import { createElement } from "react";
import { NextResponse } from "next/server";
import { DestructionPdf } from "@/components/documents/retention/destruction-pdf";
import { getCurrentUser } from "@/lib/auth/session";
import { destructionHeaderLines, getDestruction } from "@/lib/documents/destruction-data";
import { renderPdf } from "@/lib/pdf/frame";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  const ba = await getDestruction(user, (await params).id);
  if (!ba) return NextResponse.json({ message: "Berita acara pemusnahan tidak ditemukan." }, { status: 404 });
  const pdf = await renderPdf(createElement(DestructionPdf, { ba, headerLines: await destructionHeaderLines(ba.agency.path), printedAt: new Date() }));
  const name = `Berita-Acara-Pemusnahan-${ba.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
