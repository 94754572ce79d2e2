// Forms of the audit plan, shared by the react-hook-form clients and the server actions.
import { isoDateParam } from "../utils/date-range";
import { z } from "../utils/zod";
import { AUDIT_STATUSES, AUDIT_TYPES, MEETING_KINDS, SCHEDULE_KINDS, TEAM_ROLES } from "./constants";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number("Versi data tidak dikenal; muat ulang halaman.").int().positive();
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const optionalText = (max: number) => z.string().max(max, `Maksimal ${max} karakter.`).nullable().optional().transform(blankToNull);
const requiredText = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max, `Maksimal ${max} karakter.`);
const isoDate = (message: string) => z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((v) => !Number.isNaN(Date.parse(v)), message);
const clockTime = (message: string) => z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, message);

export const auditFormSchema = z
  .object({
    agencyId: id.describe("Perangkat Daerah"),
    type: z.enum(AUDIT_TYPES, "Pilih jenis audit."),
    title: requiredText(5, 200, "Tuliskan judul audit (minimal 5 karakter)."),
    objectives: requiredText(10, 2000, "Tuliskan tujuan audit (minimal 10 karakter)."),
    criteria: requiredText(5, 2000, "Tuliskan kriteria audit, mis. SNI ISO 9001:2015 dan SOP AP terkait."),
    clauses: z.array(z.string().trim().min(1)).max(60, "Paling banyak 60 klausul."),
    startDate: isoDate("Isi tanggal mulai."),
    endDate: isoDate("Isi tanggal selesai."),
    place: optionalText(200),
    units: z
      .array(z.object({ unitId: id, representative: optionalText(200) }))
      .max(50, "Paling banyak 50 unit."),
    sopIds: z.array(id).max(100, "Paling banyak 100 SOP."),
    team: z.array(z.object({ userId: id, role: z.enum(TEAM_ROLES, "Pilih peran dalam tim.") })).max(20, "Paling banyak 20 auditor."),
  })
  .superRefine((v, ctx) => {
    if (typeof v !== "object" || v === null) return;
    // ISO 19011 5.5.2: an audit without scope audits nothing.
    if (Array.isArray(v.units) && v.units.length === 0) ctx.addIssue({ code: "custom", path: ["units"], message: "Pilih paling sedikit satu unit auditi." });
    if (typeof v.startDate === "string" && typeof v.endDate === "string" && v.endDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Tanggal selesai tidak boleh sebelum tanggal mulai." });
    }
    if (Array.isArray(v.units) && new Set(v.units.map((u) => u?.unitId)).size !== v.units.length) {
      ctx.addIssue({ code: "custom", path: ["units"], message: "Setiap unit cukup dipilih sekali." });
    }
    if (Array.isArray(v.team)) {
      if (new Set(v.team.map((m) => m?.userId)).size !== v.team.length) ctx.addIssue({ code: "custom", path: ["team"], message: "Setiap auditor cukup dipilih sekali." });
      const leads = v.team.filter((m) => m?.role === "KETUA").length;
      if (v.team.length > 0 && leads !== 1) ctx.addIssue({ code: "custom", path: ["team"], message: "Tim audit memerlukan tepat satu ketua (lead auditor)." });
    }
  }, { when: () => true }); // also when other fields are invalid, so every message shows on the first submit
export type AuditFormInput = z.input<typeof auditFormSchema>;
export type AuditFormValues = z.output<typeof auditFormSchema>;

export const auditUpdateSchema = z.object({ id, version, values: auditFormSchema });
export type AuditUpdateInput = z.input<typeof auditUpdateSchema>;

export const scheduleItemSchema = z
  .object({
    auditId: id,
    kind: z.enum(SCHEDULE_KINDS, "Pilih jenis kegiatan."),
    unitId: optionalText(50),
    date: isoDate("Isi tanggal kegiatan."),
    startTime: clockTime("Isi jam mulai, mis. 08:00."),
    endTime: clockTime("Isi jam selesai, mis. 10:00."),
    place: optionalText(200),
    note: optionalText(500),
    auditorIds: z.array(id).max(10, "Paling banyak 10 auditor."),
  })
  .superRefine((v, ctx) => {
    if (typeof v !== "object" || v === null) return;
    if (typeof v.startTime === "string" && typeof v.endTime === "string" && v.endTime <= v.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Jam selesai harus setelah jam mulai." });
    }
    if (v.kind === "SESI_UNIT" && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "Pilih unit yang diaudit pada sesi ini." });
    if (v.kind === "SESI_UNIT" && Array.isArray(v.auditorIds) && v.auditorIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["auditorIds"], message: "Pilih paling sedikit satu auditor untuk sesi ini." });
    }
  }, { when: () => true });
export type ScheduleItemInput = z.input<typeof scheduleItemSchema>;
export type ScheduleItemValues = z.output<typeof scheduleItemSchema>;

export const scheduleDeleteSchema = z.object({ auditId: id, itemId: id });

export const meetingSchema = z.object({
  auditId: id,
  kind: z.enum(MEETING_KINDS, "Pilih jenis rapat."),
  /** The meeting's version when editing it; null for the first record. */
  version: z.number().int().positive().nullable(),
  date: isoDate("Isi tanggal rapat."),
  time: clockTime("Isi jam rapat, mis. 08:00."),
  notes: requiredText(5, 4000, "Tuliskan catatan rapat (minimal 5 karakter)."),
  /** One attendee per line: "Nama — jabatan/unit". */
  attendance: requiredText(3, 4000, "Tuliskan daftar hadir, satu orang per baris."),
  agreedDeadlines: optionalText(2000),
  divergingOpinions: optionalText(2000),
});
export type MeetingInput = z.input<typeof meetingSchema>;
export type MeetingValues = z.output<typeof meetingSchema>;

export const auditListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(AUDIT_STATUSES).optional().catch(undefined),
  type: z.enum(AUDIT_TYPES).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  /** The audits of one agency (Perangkat Daerah or UPTD with its own QMS). */
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  /** Held or being held (PELAKSANAAN, PELAPORAN, SELESAI). */
  held: z.enum(["1"]).optional().catch(undefined),
  /** Not cancelled. */
  active: z.enum(["1"]).optional().catch(undefined),
  /** Starting from / until (inclusive, YYYY-MM-DD). */
  from: isoDateParam,
  to: isoDateParam,
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type AuditListQuery = z.output<typeof auditListQuerySchema>;

/** "Nama — jabatan" lines of an attendance list. */
export function parseAttendance(text: string): { name: string; position: string | null }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...rest] = line.split(/\s+[—–-]\s+/);
      return { name: name.trim().slice(0, 200), position: rest.join(" - ").trim().slice(0, 200) || null };
    });
}
