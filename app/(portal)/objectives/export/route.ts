// GET /objectives/export?format=csv|xlsx&<the list's filters>: the objectives the user may read,
// with their measurements.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { buildExportRows } from "@/lib/objectives/export-data";
import { toCsv, toXlsx } from "@/lib/objectives/export-files";
import { objectiveListQuerySchema } from "@/lib/objectives/schema";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Sesi Anda telah berakhir. Silakan masuk kembali." }, { status: 401 });
  if (!can(user, "objective.read")) return NextResponse.json({ message: "Anda tidak berwenang mengekspor sasaran mutu." }, { status: 403 });
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === "xlsx" ? "xlsx" : params.format === "csv" ? "csv" : null;
  if (!format) return NextResponse.json({ message: "Format ekspor harus csv atau xlsx." }, { status: 400 });
  const rows = await buildExportRows(user, objectiveListQuerySchema.parse(params));
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return new NextResponse(toCsv(rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="sasaran-mutu-${stamp}.csv"` },
    });
  }
  return new NextResponse(Buffer.from(toXlsx(rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="sasaran-mutu-${stamp}.xlsx"`,
    },
  });
}
