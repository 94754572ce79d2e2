// Forms of tinjauan manajemen, shared by the react-hook-form clients and the server actions.
import { z } from "../utils/zod";
import { ACTION_FILTERS, ACTION_LINK_KINDS, DECISION_TYPES, REVIEW_STATUSES } from "./constants";
import { INPUT_SECTION_KEYS } from "./input-types";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number("Versi data tidak dikenal; muat ulang halaman.").int().positive();
const blankToNull = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? null : v.trim());
const optionalText = (max: number) => z.string().max(max, `Maksimal ${max} karakter.`).nullable().optional().transform(blankToNull);
const requiredText = (min: number, max: number, message: string) => z.string(message).trim().min(min, message).max(max, `Maksimal ${max} karakter.`);
const isoDate = (message: string) => z.string(message).trim().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((v) => !Number.isNaN(Date.parse(v)), message);
const clockTime = (message: string) => z.string(message).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, message);

/** Scheduling a meeting (and changing it while it is only scheduled). */
export const reviewFormSchema = z
  .object({
    agencyId: id,
    title: requiredText(5, 200, "Tuliskan judul rapat (minimal 5 karakter)."),
    periodFrom: isoDate("Isi awal periode yang ditinjau."),
    periodTo: isoDate("Isi akhir periode yang ditinjau."),
    date: isoDate("Isi tanggal rapat."),
    time: clockTime("Isi jam rapat, mis. 09:00."),
    place: requiredText(3, 200, "Tuliskan tempat rapat."),
    chairId: z.string("Pilih pimpinan rapat.").trim().min(1, "Pilih pimpinan rapat."),
    notulisId: z.string("Pilih notulis.").trim().min(1, "Pilih notulis."),
    initialerId: z.string("Pilih pemaraf.").trim().min(1, "Pilih pemaraf."),
    unitIds: z.array(id).max(50, "Paling banyak 50 unit."),
    participantIds: z.array(id).max(100, "Paling banyak 100 orang."),
    agenda: z.array(z.object({ title: requiredText(3, 300, "Tuliskan agenda (minimal 3 karakter).") })).min(1, "Tuliskan paling sedikit satu agenda.").max(20, "Paling banyak 20 agenda."),
  })
  .superRefine((v, ctx) => {
    if (typeof v !== "object" || v === null) return;
    if (typeof v.periodFrom === "string" && typeof v.periodTo === "string" && v.periodTo < v.periodFrom) {
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Akhir periode tidak boleh sebelum awalnya." });
    }
    if (Array.isArray(v.participantIds) && new Set(v.participantIds).size !== v.participantIds.length) {
      ctx.addIssue({ code: "custom", path: ["participantIds"], message: "Setiap peserta cukup dipilih sekali." });
    }
  }, { when: () => true });
export type ReviewFormInput = z.input<typeof reviewFormSchema>;
export type ReviewFormValues = z.output<typeof reviewFormSchema>;

export const reviewUpdateSchema = z.object({ id, version, values: reviewFormSchema });

/** The manajer mutu's narrative of one input of 9.3.2, editable until the meeting starts. */
export const narrativeSchema = z.object({
  reviewId: id,
  version,
  key: z.enum(INPUT_SECTION_KEYS, "Bagian tidak dikenal."),
  narrative: optionalText(8000),
});
export type NarrativeInput = z.input<typeof narrativeSchema>;

/** Attendance of the invited people, recorded at the meeting. */
export const attendanceSchema = z.object({
  reviewId: id,
  version,
  present: z.array(id).max(200),
});

const decisionSchema = z.object({
  type: z.enum(DECISION_TYPES, "Pilih jenis keluaran."),
  agendaIndex: z.number().int().min(0).nullable(),
  text: requiredText(5, 2000, "Tuliskan keputusannya (minimal 5 karakter)."),
});

export const actionItemSchema = z
  .object({
    description: requiredText(5, 1000, "Tuliskan tindak lanjutnya (minimal 5 karakter)."),
    picId: z.string("Pilih PIC.").trim().min(1, "Pilih PIC."),
    dueDate: isoDate("Isi tenggat dengan tanggal yang valid."),
    decisionType: z.union([z.enum(DECISION_TYPES), z.literal("")]).nullable().optional().transform((v) => v || null),
    linkKind: z.enum(ACTION_LINK_KINDS, "Pilih jenis rujukan."),
    linkId: optionalText(50),
    reference: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (typeof v !== "object" || v === null) return;
    if (["SOP", "OBJECTIVE", "FINDING"].includes(v.linkKind) && !v.linkId) ctx.addIssue({ code: "custom", path: ["linkId"], message: "Pilih data yang dirujuk." });
    if (v.linkKind === "REFERENCE" && !v.reference) ctx.addIssue({ code: "custom", path: ["reference"], message: "Tuliskan dokumen atau rujukannya." });
  }, { when: () => true });

/** The minutes per agenda item, the decisions (9.3.3) and the RTL, saved whole while drafted. */
export const minutesSchema = z.object({
  reviewId: id,
  version,
  minutes: z.array(optionalText(8000)).max(20),
  decisions: z.array(decisionSchema).max(50, "Paling banyak 50 keputusan."),
  actions: z.array(actionItemSchema).max(100, "Paling banyak 100 RTL."),
});
export type MinutesInput = z.input<typeof minutesSchema>;
export type MinutesValues = z.output<typeof minutesSchema>;

/** An RTL item reported done by its PIC or the manajer mutu. */
export const actionDoneSchema = z.object({
  id,
  version,
  note: requiredText(5, 2000, "Tuliskan hasil tindak lanjutnya (minimal 5 karakter)."),
});
export type ActionDoneInput = z.input<typeof actionDoneSchema>;

export const acknowledgeSchema = z.object({ reviewId: id });

export const reviewListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type ReviewListQuery = z.output<typeof reviewListQuerySchema>;

/** The RTL list's filters (also the hrefs of section (a) and the dashboard tile). */
export const actionListQuerySchema = z.object({
  status: z.enum(ACTION_FILTERS).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  agencyId: z.string().trim().max(50).optional().catch(undefined),
  reviewId: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type ActionListQuery = z.output<typeof actionListQuerySchema>;
