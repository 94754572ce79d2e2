"use server";
// Server actions of SKM surveys: session and schema (guardedAction), then a mutation that
// authorizes against the unit inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { createSurvey, updateSurvey } from "./mutations";
import { createSurveySchema, updateSurveySchema } from "./schema";

const refresh = () => revalidatePath("/satisfaction", "layout");

export const createSurveyAction = guardedAction(createSurveySchema, async (values, user) => {
  const created = await createSurvey(user, values);
  refresh();
  return created;
});

export const updateSurveyAction = guardedAction(updateSurveySchema, async (input, user) => {
  await updateSurvey(user, input);
  refresh();
});
