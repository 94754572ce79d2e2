"use server";
// Server actions of sasaran mutu and kebijakan mutu: session and schema (guardedAction), then a
// mutation that authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { getCurrentUser } from "../auth/session";
import { DomainError, failure, type ActionResult } from "../errors";
import { fieldErrorsOf } from "../utils/zod";
import { recordMeasurement } from "./measurement-mutations";
import { createObjective, reviseObjective, transitionObjective, updateObjective } from "./mutations";
import { createPolicy, transitionPolicy, updatePolicy } from "./policy-mutations";
import {
  measurementSchema,
  objectiveFormSchema,
  objectiveReviseSchema,
  objectiveTransitionSchema,
  objectiveUpdateSchema,
  policyFormSchema,
  policyTransitionSchema,
  policyUpdateSchema,
} from "./schema";

const refresh = () => revalidatePath("/objectives", "layout");

export const createObjectiveAction = guardedAction(objectiveFormSchema, async (values, user) => {
  const result = await createObjective(user, values);
  refresh();
  return result;
});

export const updateObjectiveAction = guardedAction(objectiveUpdateSchema, async (input, user) => {
  await updateObjective(user, input.id, input.version, input.values);
  refresh();
});

export const reviseObjectiveAction = guardedAction(objectiveReviseSchema, async (input, user) => {
  await reviseObjective(user, input.id, input.version, input.reason, input.values);
  refresh();
});

export const transitionObjectiveAction = guardedAction(objectiveTransitionSchema, async (input, user) => {
  await transitionObjective(user, input);
  refresh();
});

/**
 * A measurement arrives as multipart form data (the evidence file may come with it): fields
 * objectiveId, period, version ("" for a new one), value, note, analysis, evidenceUrl, evidence.
 */
export async function recordMeasurementAction(form: FormData): Promise<ActionResult<{ achieved: boolean }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "UNAUTHENTICATED", message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" ? v : null;
  };
  const parsed = measurementSchema.safeParse({
    objectiveId: text("objectiveId"),
    period: text("period"),
    version: text("version") ? Number(text("version")) : null,
    value: text("value") ?? "",
    note: text("note"),
    analysis: text("analysis"),
    evidenceUrl: text("evidenceUrl"),
  });
  if (!parsed.success) {
    return { ok: false, reason: "INVALID", message: "Periksa kembali isian yang ditandai.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const file = form.get("evidence");
  const evidence = file instanceof File && file.size > 0 ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  try {
    const result = await recordMeasurement(user, parsed.data, evidence);
    refresh();
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof DomainError) return failure(error);
    throw error;
  }
}

export const createPolicyAction = guardedAction(policyFormSchema, async (values, user) => {
  const result = await createPolicy(user, values);
  refresh();
  return result;
});

export const updatePolicyAction = guardedAction(policyUpdateSchema, async (input, user) => {
  await updatePolicy(user, input.id, input.version, input.values);
  refresh();
});

export const transitionPolicyAction = guardedAction(policyTransitionSchema, async (input, user) => {
  await transitionPolicy(user, input);
  refresh();
  revalidatePath("/dashboard");
});
