"use server";
// Server actions of the audit plan: session and schema (guardedAction), then a mutation that
// authorizes against the audit inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { saveMeeting } from "./meeting-mutations";
import { createAudit, transitionAudit, updateAudit } from "./mutations";
import { addScheduleItem, removeScheduleItem } from "./schedule-mutations";
import { auditFormSchema, auditUpdateSchema, meetingSchema, scheduleDeleteSchema, scheduleItemSchema } from "./schema";
import { AUDIT_WORKFLOW } from "./workflow";

const refresh = () => revalidatePath("/audits", "layout");

export const createAuditAction = guardedAction(auditFormSchema, async (values, user) => {
  const result = await createAudit(user, values);
  refresh();
  return result;
});

export const updateAuditAction = guardedAction(auditUpdateSchema, async (input, user) => {
  await updateAudit(user, input.id, input.version, input.values);
  refresh();
});

export const transitionAuditAction = guardedAction(transitionSchema(AUDIT_WORKFLOW), async (input, user) => {
  await transitionAudit(user, { ...input, note: input.note ?? null });
  refresh();
  revalidatePath("/dashboard");
});

export const addScheduleItemAction = guardedAction(scheduleItemSchema, async (values, user) => {
  const result = await addScheduleItem(user, values);
  refresh();
  return result;
});

export const removeScheduleItemAction = guardedAction(scheduleDeleteSchema, async (input, user) => {
  await removeScheduleItem(user, input.auditId, input.itemId);
  refresh();
});

export const saveMeetingAction = guardedAction(meetingSchema, async (values, user) => {
  await saveMeeting(user, values);
  refresh();
});
