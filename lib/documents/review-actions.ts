"use server";
// Server action of the periodic review (kaji ulang dokumen).
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { recordDocumentReview } from "./review-mutations";
import { documentReviewSchema } from "./review-schema";

export const recordDocumentReviewAction = guardedAction(documentReviewSchema, async (values, user) => {
  const result = await recordDocumentReview(user, values);
  revalidatePath("/documents", "layout");
  return result;
});
