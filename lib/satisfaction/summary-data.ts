// PLACEHOLDER: replaced at merge
// The IKM trend belongs to the satisfaction branch; this stand-in keeps the exact export.
import type { UnitScope } from "../auth/scope";
import type { PrismaClient, Tx } from "../db";

export async function ikmTrend(
  _db: Tx | PrismaClient,
  _scope: UnitScope,
  years: number[],
  listParams: { agencyId?: string; unitId?: string } = {},
): Promise<{ year: number; ikm: number | null; surveys: number; href: string }[]> {
  const base = new URLSearchParams(Object.entries(listParams).filter((e): e is [string, string] => !!e[1]));
  return years.map((year) => ({ year, ikm: null, surveys: 0, href: `/satisfaction?${new URLSearchParams([...base, ["year", String(year)]])}` }));
}
