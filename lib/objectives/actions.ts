"use server";
// Server actions of sasaran mutu and kebijakan mutu: session and schema (guardedAction), then a
// mutation that authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
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
export const recordMeasurementAction = guardedFormAction(
  measurementSchema,
  { files: ["evidence"], prepare: (f) => ({ ...f, version: f.version ? Number(f.version) : null, value: f.value ?? "" }) },
  async (values, files, user) => {
    const result = await recordMeasurement(user, values, files.evidence);
    refresh();
    return result;
  },
);

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
