// PLACEHOLDER: replaced at merge
// Section (a) and the open-RTL tile belong to the review-meeting branch; this stand-in keeps the
// exact exports so the input pack and the dashboard compile until then.
import type { UnitScope } from "../../auth/scope";
import type { PrismaClient, Tx } from "../../db";
import type { SectionCompiler } from "../input-types";

export const compileRtlStatus: SectionCompiler = async () => ({
  figures: [],
  tables: [],
  charts: [],
  note: "Status RTL tinjauan sebelumnya disusun oleh modul rapat tinjauan manajemen.",
});

export async function openRtlCount(_db: Tx | PrismaClient, _scope: UnitScope, _today: Date = new Date()): Promise<{ count: number; overdue: number; href: string }> {
  return { count: 0, overdue: 0, href: "/management-reviews/actions?status=open" };
}
