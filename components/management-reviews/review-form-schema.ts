// The review form's schema: the shared definition under `values`. Loaded lazily by the form, with zod.
import { reviewFormSchema } from "@/lib/management-reviews/schema";
import { z } from "@/lib/utils/zod";

export const formSchema = z.object({ values: reviewFormSchema });
