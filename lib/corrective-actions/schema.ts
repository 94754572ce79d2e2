// Forms of tindakan perbaikan, shared by the react-hook-form clients and the actions.
import { isoDateParam } from "../utils/date-range";
import { z } from "../utils/zod";
import { CA_STATUSES, FISHBONE_CATEGORIES, MAX_CAUSES, MAX_ITEMS, MAX_WHYS } from "./constants";
import { todayDate } from "./rules";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number().int().positive();
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const optionalId = z.string().nullable().optional().transform(blankToNull);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const planItemSchema = z.object({
  description: z.string().trim().min(5, "Tuliskan tindakannya (minimal 5 karakter).").max(1000, "Maksimal 1000 karakter."),
  picId: z.string("Pilih PIC tindakan.").trim().min(1, "Pilih PIC tindakan."),
  dueDate: z
    .string("Isi tenggat.")
    .trim()
    .regex(isoDate, "Isi tenggat dengan tanggal yang valid.")
    .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00.000Z`).getTime()), "Isi tenggat dengan tanggal yang valid.")
    .refine((v) => new Date(`${v}T00:00:00.000Z`) >= todayDate(), "Tenggat tidak boleh sebelum hari ini."),
  sopId: optionalId,
});

export const planCauseSchema = z.object({
  category: z.enum(FISHBONE_CATEGORIES).nullable().optional().transform((v) => v ?? null),
  description: z.string().trim().min(3, "Tuliskan akar masalahnya (minimal 3 karakter).").max(1000, "Maksimal 1000 karakter."),
});

/** The plan of a round while it is open: correction, 5-why chain, root causes and actions. */
export const planSchema = z.object({
  id,
  version,
  correction: z.string().max(2000, "Maksimal 2000 karakter.").nullable().optional().transform(blankToNull),
  whys: z
    .array(z.string().trim().max(500, "Maksimal 500 karakter."))
    .max(MAX_WHYS, `Paling banyak ${MAX_WHYS} "mengapa".`)
    .transform((list) => list.filter((w) => w.length > 0)),
  causes: z.array(planCauseSchema).max(MAX_CAUSES, `Paling banyak ${MAX_CAUSES} akar masalah.`),
  items: z.array(planItemSchema).max(MAX_ITEMS, `Paling banyak ${MAX_ITEMS} tindakan.`),
});
export type PlanInput = z.input<typeof planSchema>;
export type PlanValues = z.output<typeof planSchema>;

/** Recording an action done (multipart: the evidence file comes beside these fields). */
export const itemDoneSchema = z.object({
  itemId: id,
  version: z.coerce.number().int().positive(),
  note: z.string().trim().min(5, "Tuliskan bukti pelaksanaannya (minimal 5 karakter).").max(2000, "Maksimal 2000 karakter."),
});
export type ItemDoneInput = z.input<typeof itemDoneSchema>;
export type ItemDoneValues = z.output<typeof itemDoneSchema>;

const days = (min: number) => z.coerce.number("Isi dengan angka.").int("Isi dengan bilangan bulat.").min(min, `Paling kecil ${min}.`).max(365, "Paling besar 365.");

export const settingsSchema = z.object({
  agencyId: id,
  /** null when the agency has no row yet (the defaults apply). */
  version: z.number().int().positive().nullable(),
  dueDaysMayor: days(1),
  dueDaysMinor: days(1),
  waitDaysMayor: days(0),
  waitDaysMinor: days(0),
});
export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsValues = z.output<typeof settingsSchema>;

export const caListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  auditId: z.string().trim().max(50).optional().catch(undefined),
  findingId: z.string().trim().max(50).optional().catch(undefined),
  sopId: z.string().trim().max(50).optional().catch(undefined),
  clauseCode: z.string().trim().max(20).optional().catch(undefined),
  category: z.enum(["KTS_MAYOR", "KTS_MINOR"]).optional().catch(undefined),
  status: z.enum(CA_STATUSES).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  /** Still running (not DITUTUP nor TIDAK_EFEKTIF). */
  open: z.enum(["1"]).optional().catch(undefined),
  /** Opened from / until (inclusive, YYYY-MM-DD). */
  from: isoDateParam,
  to: isoDateParam,
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type CaListQuery = z.output<typeof caListQuerySchema>;
