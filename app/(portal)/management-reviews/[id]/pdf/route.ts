// GET /management-reviews/<id>/pdf: the minutes and RTL as a PDF file, for a reader of the meeting.
import { createElement } from "react";
import { NextResponse } from "next/server";
import { MinutesPdf } from "@/components/management-reviews/minutes-pdf";
import { getCurrentUser } from "@/lib/auth/session";
import { getReview, printHeaderLines } from "@/lib/management-reviews/data";
import { renderPdf } from "@/lib/pdf/frame";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  const review = await getReview(user, (await params).id);
  if (!review) return NextResponse.json({ message: "Tinjauan manajemen tidak ditemukan." }, { status: 404 });
  const pdf = await renderPdf(createElement(MinutesPdf, { review, headerLines: await printHeaderLines(review.agency.path), printedAt: new Date() }));
  const name = `Notulen-${review.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
