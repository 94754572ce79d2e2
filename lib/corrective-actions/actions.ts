"use server";
// Server actions of tindakan perbaikan: session and schema (guardedAction), then a mutation that
// authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { transitionCorrectiveAction } from "./mutations";
import { recordItemDone, savePlan } from "./plan-mutations";
import { itemDoneSchema, planSchema, settingsSchema } from "./schema";
import { saveSettings } from "./settings-mutations";
import { CA_WORKFLOW } from "./workflow";

const refresh = () => revalidatePath("/corrective-actions", "layout");

export const savePlanAction = guardedAction(planSchema, async (values, user) => {
  await savePlan(user, values);
  refresh();
});

export const transitionCorrectiveActionAction = guardedAction(transitionSchema(CA_WORKFLOW), async (input, user) => {
  await transitionCorrectiveAction(user, { ...input, note: input.note ?? null });
  refresh();
  revalidatePath("/findings", "layout");
});

/** Multipart: fields itemId, version, note; file evidence. */
export const recordItemDoneAction = guardedFormAction(
  itemDoneSchema,
  { files: ["evidence"], permission: "corrective_action.plan" },
  async (values, files, user) => {
    await recordItemDone(user, values, files.evidence);
    refresh();
  },
);

export const saveSettingsAction = guardedAction(settingsSchema, async (values, user) => {
  await saveSettings(user, values);
  refresh();
});
