// Zod schemas of notifications: the list's query, marking read, the e-mail preference form (shared
// by react-hook-form and the server action) and the outbox's query and resend.
import { z } from "../utils/zod";
import { DELIVERIES, OUTBOX_STATUSES } from "./constants";

const id = z.string().trim().min(1, "Data tidak dikenal.").max(50);

export const notificationListQuerySchema = z.object({
  filter: z.enum(["unread", "all"]).default("all").catch("all"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type NotificationListQuery = z.output<typeof notificationListQuerySchema>;

export const markReadSchema = z.object({ ids: z.array(id).min(1).max(100) });
export const markAllReadSchema = z.object({});

export const preferenceFormSchema = z.object({
  emailEnabled: z.boolean(),
  delivery: z.enum(DELIVERIES, "Pilih cara pengiriman."),
});
export type PreferenceFormInput = z.input<typeof preferenceFormSchema>;
export type PreferenceFormValues = z.output<typeof preferenceFormSchema>;

export const outboxQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type OutboxQuery = z.output<typeof outboxQuerySchema>;

export const resendSchema = z.object({ id });
