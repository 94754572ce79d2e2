// The query of the retention page: which list, the unit filter and the page.
import { z } from "../utils/zod";

export const RETENTION_TABS = ["musnah", "permanen", "mendatang", "berita-acara"] as const;
export type RetentionTab = (typeof RETENTION_TABS)[number];
export const RETENTION_TAB_LABELS: Record<RetentionTab, string> = {
  musnah: "Daftar usul musnah",
  permanen: "Arsip permanen untuk diserahkan",
  mendatang: "Jatuh tempo 12 bulan ke depan",
  "berita-acara": "Berita acara pemusnahan",
};

const optionalId = z.string().trim().max(64).optional().transform((v) => v || undefined).catch(undefined);

export const retentionQuerySchema = z.object({
  tab: z.enum(RETENTION_TABS).default("musnah").catch("musnah"),
  unitId: optionalId,
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type RetentionQuery = z.output<typeof retentionQuerySchema>;

export const RETENTION_PAGE_SIZE = 25;
