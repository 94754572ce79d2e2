// The objective form's schema: the shared definition under `values` (as in the update and revise
// actions); `reason` only counts when revising. Loaded lazily by the form, with zod.
import { objectiveFormSchema, objectiveReviseSchema } from "@/lib/objectives/schema";
import { z } from "@/lib/utils/zod";

export const plainSchema = z.object({ values: objectiveFormSchema, reason: z.string() });
export const reviseSchema = z.object({ values: objectiveFormSchema, reason: objectiveReviseSchema.shape.reason });
