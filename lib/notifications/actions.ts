"use server";
// Server actions of notifications: session and schema (guardedAction), then the mutation.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { markAllRead, markRead, resendMail, savePreference } from "./mutations";
import { markAllReadSchema, markReadSchema, preferenceFormSchema, resendSchema } from "./schema";

const refresh = () => revalidatePath("/", "layout");

export const markReadAction = guardedAction(markReadSchema, async (input, user) => {
  const count = await markRead(user, input.ids);
  refresh();
  return { count };
});

export const markAllReadAction = guardedAction(markAllReadSchema, async (_input, user) => {
  const count = await markAllRead(user);
  refresh();
  return { count };
});

export const savePreferenceAction = guardedAction(preferenceFormSchema, async (values, user) => {
  await savePreference(user, values);
  revalidatePath("/notifications");
});

export const resendMailAction = guardedAction(resendSchema, async (input, user) => {
  await resendMail(user, input.id);
  revalidatePath("/admin/outbox");
});
