// GET /findings/export?format=csv|xlsx&<the register's filters>: the findings the user may read.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { buildFindingExportRows } from "@/lib/findings/export-data";
import { findingsToCsv, findingsToXlsx } from "@/lib/findings/export-files";
import { findingListQuerySchema } from "@/lib/findings/schema";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "finding.read")) return NextResponse.json({ message: "Anda tidak berwenang mengekspor temuan." }, { status: 403 });
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === "xlsx" ? "xlsx" : params.format === "csv" ? "csv" : null;
  if (!format) return NextResponse.json({ message: "Format ekspor harus csv atau xlsx." }, { status: 400 });
  const rows = await buildFindingExportRows(user, findingListQuerySchema.parse(params));
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new NextResponse(findingsToCsv(rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="temuan-${stamp}.csv"` },
    });
  }
  return new NextResponse(Buffer.from(findingsToXlsx(rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="temuan-${stamp}.xlsx"`,
    },
  });
}
