// The one date-range filter of the lists ("dari" / "sampai" in the URL as YYYY-MM-DD, both
// inclusive): its URL schema and its where-clause on a date or timestamp column.
import { z } from "./zod";

/** An optional YYYY-MM-DD query parameter; anything else is ignored. */
export const isoDateParam = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

const DAY_MS = 86_400_000;

/** `from` and `to` inclusive, on UTC days: { gte: from 00:00, lt: the day after `to` }. */
export function dateRangeWhere(from?: string, to?: string): { gte?: Date; lt?: Date } | null {
  if (!from && !to) return null;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } : {}),
  };
}

/** A date as the URL parameter (its UTC day). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
