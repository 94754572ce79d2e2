"use server";
// Server actions of the distribution and the wajib-baca list: session and schema (guardedAction),
// then a mutation that authorizes against the document inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { acknowledgeReading } from "./acknowledgment-mutations";
import { acknowledgeReadingSchema } from "./acknowledgment-schema";
import { distributeDocument, sendReadReminder, withdrawCopy } from "./distribution-mutations";
import { distributeSchema, readReminderSchema, withdrawCopySchema } from "./distribution-schema";

const refresh = () => revalidatePath("/documents", "layout");

export const distributeDocumentAction = guardedAction(distributeSchema, async (values, user) => {
  const result = await distributeDocument(user, values);
  refresh();
  return result;
});

export const withdrawCopyAction = guardedAction(withdrawCopySchema, async (values, user) => {
  await withdrawCopy(user, values);
  refresh();
});

export const sendReadReminderAction = guardedAction(readReminderSchema, async (values, user) => {
  return sendReadReminder(user, values);
});

export const acknowledgeReadingAction = guardedAction(acknowledgeReadingSchema, async (values, user) => {
  await acknowledgeReading(user, values);
  refresh();
  revalidatePath("/", "page");
});
