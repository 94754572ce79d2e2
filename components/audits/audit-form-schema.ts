// The audit form's schema: the shared definition under `values`. Loaded lazily by the form, with zod.
import { auditFormSchema } from "@/lib/audits/schema";
import { z } from "@/lib/utils/zod";

export const formSchema = z.object({ values: auditFormSchema });
