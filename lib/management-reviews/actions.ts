"use server";
// Server actions of tinjauan manajemen: session and schema (guardedAction), then a mutation that
// authorizes against the meeting inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { acknowledgeMinutes, completeReviewAction } from "./action-mutations";
import { createReview, saveAttendance, saveMinutes, saveNarrative, transitionReview, updateReview } from "./mutations";
import { acknowledgeSchema, actionDoneSchema, attendanceSchema, minutesSchema, narrativeSchema, reviewFormSchema, reviewUpdateSchema } from "./schema";
import { REVIEW_WORKFLOW } from "./workflow";

const refresh = () => revalidatePath("/management-reviews", "layout");

export const createReviewAction = guardedAction(reviewFormSchema, async (values, user) => {
  const review = await createReview(user, values);
  refresh();
  return review;
});

export const updateReviewAction = guardedAction(reviewUpdateSchema, async ({ id, version, values }, user) => {
  await updateReview(user, id, version, values);
  refresh();
});

export const saveNarrativeAction = guardedAction(narrativeSchema, async (values, user) => {
  await saveNarrative(user, values);
  refresh();
});

export const saveAttendanceAction = guardedAction(attendanceSchema, async (values, user) => {
  await saveAttendance(user, values);
  refresh();
});

export const saveMinutesAction = guardedAction(minutesSchema, async (values, user) => {
  await saveMinutes(user, values);
  refresh();
});

export const transitionReviewAction = guardedAction(transitionSchema(REVIEW_WORKFLOW), async (input, user) => {
  await transitionReview(user, { ...input, note: input.note ?? null });
  refresh();
});

export const completeReviewActionAction = guardedAction(actionDoneSchema, async (values, user) => {
  await completeReviewAction(user, values);
  refresh();
});

export const acknowledgeMinutesAction = guardedAction(acknowledgeSchema, async (values, user) => {
  await acknowledgeMinutes(user, values);
  refresh();
});
