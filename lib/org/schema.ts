// Forms of the admin screens. Each schema is shared by its react-hook-form form and its action.
import { newPasswordField, type PasswordPolicy } from "../auth/password-policy";
import { ROLES } from "../auth/roles";
import { z } from "../utils/zod";
import { UNIT_TYPES } from "./constants";
import { checkNip, normaliseNip } from "./nip";
import { TIME_ZONES } from "./time-zones";

const id = z.string().trim().min(1, "Data tidak dikenal.");
const version = z.number().int().positive();
/** Blank means "none": forms send "" (or null when resubmitting parsed values). */
const blankToNull = (v: string | null) => (v === null || v.trim() === "" ? null : v.trim());
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Maksimal ${max} karakter.`)
    .nullable()
    .transform(blankToNull);
const requiredId = (message: string) => z.string().trim().min(1, message);

export const unitCreateSchema = z.object({
  name: z.string().trim().min(3, "Nama unit minimal 3 karakter.").max(200, "Nama unit maksimal 200 karakter."),
  shortName: optionalText(60),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, "Kode hanya huruf kecil, angka, titik dan tanda hubung (mis. ntt.dinsos).")
    .max(80, "Kode maksimal 80 karakter."),
  type: z.enum(UNIT_TYPES, "Pilih jenis unit."),
  parentId: z.string().nullable().transform(blankToNull),
});
export type UnitCreateInput = z.input<typeof unitCreateSchema>;

export const unitUpdateSchema = unitCreateSchema.pick({ name: true, shortName: true, code: true }).extend({
  id,
  version,
  /** The agency's time zone (reminders run at REMINDER_HOUR there); unchanged when absent. */
  timeZone: z.enum(TIME_ZONES, "Pilih zona waktu.").optional(),
});
export type UnitUpdateInput = z.input<typeof unitUpdateSchema>;

export const unitMoveSchema = z.object({ id, version, parentId: requiredId("Pilih unit induk baru.") });
export type UnitMoveInput = z.input<typeof unitMoveSchema>;

export const setActiveSchema = z.object({
  id,
  version,
  active: z.boolean(),
  reason: z.string().trim().min(5, "Tuliskan alasan (minimal 5 karakter).").max(500),
});
export type SetActiveInput = z.input<typeof setActiveSchema>;

const nipField = z
  .string()
  .nullable()
  .transform((v) => (blankToNull(v) === null ? null : normaliseNip(v as string)))
  .superRefine((v, ctx) => {
    if (v === null) return;
    const check = checkNip(v);
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.message });
  });

const emailField = z
  .string()
  .nullable()
  .transform((v) => blankToNull(v)?.toLowerCase() ?? null)
  .pipe(z.email("Alamat email tidak valid.").max(254).nullable());

const userProfileShape = {
  name: z.string().trim().min(3, "Nama minimal 3 karakter.").max(150, "Nama maksimal 150 karakter."),
  nip: nipField,
  email: emailField,
  position: optionalText(150),
  unitId: requiredId("Pilih unit."),
};

const needsIdentifier = (v: { nip: string | null; email: string | null }) => v.nip !== null || v.email !== null;
const identifierIssue = { message: "Isi NIP atau email (salah satu dipakai untuk masuk).", path: ["nip"] };

export function userCreateSchema(policy: PasswordPolicy) {
  return z
    .object({ ...userProfileShape, password: newPasswordField(policy), passwordConfirm: z.string() })
    .refine(needsIdentifier, identifierIssue)
    .refine((v) => v.password === v.passwordConfirm, {
      message: "Konfirmasi kata sandi tidak sama.",
      path: ["passwordConfirm"],
    });
}
export type UserCreateInput = z.input<ReturnType<typeof userCreateSchema>>;

export const userUpdateSchema = z.object({ ...userProfileShape, id, version }).refine(needsIdentifier, identifierIssue);
export type UserUpdateInput = z.input<typeof userUpdateSchema>;

export function passwordResetSchema(policy: PasswordPolicy) {
  return z
    .object({ id, version, password: newPasswordField(policy), passwordConfirm: z.string() })
    .refine((v) => v.password === v.passwordConfirm, {
      message: "Konfirmasi kata sandi tidak sama.",
      path: ["passwordConfirm"],
    });
}
export type PasswordResetInput = z.input<ReturnType<typeof passwordResetSchema>>;

export function passwordChangeSchema(policy: PasswordPolicy) {
  return z
    .object({ currentPassword: z.string().min(1, "Isi kata sandi saat ini."), password: newPasswordField(policy), passwordConfirm: z.string() })
    .refine((v) => v.password === v.passwordConfirm, {
      message: "Konfirmasi kata sandi tidak sama.",
      path: ["passwordConfirm"],
    })
    .refine((v) => v.password !== v.currentPassword, {
      message: "Kata sandi baru harus berbeda dari yang lama.",
      path: ["password"],
    });
}
export type PasswordChangeInput = z.input<ReturnType<typeof passwordChangeSchema>>;

export const grantSchema = z.object({
  userId: id,
  role: z.enum(ROLES, "Pilih peran."),
  /** "" grants the role on the whole portal. */
  unitId: z.string().nullable().transform(blankToNull),
});
export type GrantInput = z.input<typeof grantSchema>;

export const revokeSchema = z.object({ grantId: id, reason: z.string().trim().max(500).optional() });
export type RevokeInput = z.input<typeof revokeSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unitId: z.string().trim().max(50).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["aktif", "nonaktif", "semua"]).default("aktif").catch("aktif"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

// Parsed values, as the mutations receive them.
export type UnitCreateValues = z.output<typeof unitCreateSchema>;
export type UnitUpdateValues = z.output<typeof unitUpdateSchema>;
export type UnitMoveValues = z.output<typeof unitMoveSchema>;
export type SetActiveValues = z.output<typeof setActiveSchema>;
export type UserCreateValues = z.output<ReturnType<typeof userCreateSchema>>;
export type UserUpdateValues = z.output<typeof userUpdateSchema>;
export type PasswordResetValues = z.output<ReturnType<typeof passwordResetSchema>>;
export type PasswordChangeValues = z.output<ReturnType<typeof passwordChangeSchema>>;
export type GrantValues = z.output<typeof grantSchema>;
export type RevokeValues = z.output<typeof revokeSchema>;
