// GET /corrective-actions/export?format=csv|xlsx&<the register's filters>: the rounds the user may read.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { buildCaExportRows } from "@/lib/corrective-actions/export-data";
import { toCaCsv, toCaXlsx } from "@/lib/corrective-actions/export-files";
import { caListQuerySchema } from "@/lib/corrective-actions/schema";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "corrective_action.read")) return NextResponse.json({ message: "Anda tidak berwenang mengekspor tindakan perbaikan." }, { status: 403 });
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === "xlsx" ? "xlsx" : params.format === "csv" ? "csv" : null;
  if (!format) return NextResponse.json({ message: "Format ekspor harus csv atau xlsx." }, { status: 400 });
  const rows = await buildCaExportRows(user, caListQuerySchema.parse(params));
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new NextResponse(toCaCsv(rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="tindakan-perbaikan-${stamp}.csv"` },
    });
  }
  return new NextResponse(Buffer.from(toCaXlsx(rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="tindakan-perbaikan-${stamp}.xlsx"`,
    },
  });
}
