import "server-only";
// The register's rows for the CSV/XLSX export: the list's filters and scope, no paging.
import type { SessionUser } from "../auth/types";
import { listForExport } from "./data";
import { toExportRow, type CaExportRow } from "./export-files";
import { isOverdue } from "./rules";
import type { CaListQuery } from "./schema";

export async function buildCaExportRows(user: SessionUser, query: CaListQuery, now: Date = new Date()): Promise<CaExportRow[]> {
  const rows = await listForExport(user, query, now);
  return rows.map((ca) => toExportRow({ ...ca, overdue: isOverdue(ca, now) }));
}
