"use server";
// Server actions of sasaran mutu and kebijakan mutu: session and schema (guardedAction), then a
// mutation that authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { recordMeasurement } from "./measurement-mutations";
import { createObjective, transitionObjective, updateObjective } from "./mutations";
import { createPolicy, transitionPolicy, updatePolicy } from "./policy-mutations";
import { saveObjectiveRevision, transitionObjectiveRevision } from "./revision-mutations";
import { measurementSchema, objectiveFormSchema, objectiveReviseSchema, objectiveUpdateSchema, policyFormSchema, policyUpdateSchema } from "./schema";
import { OBJECTIVE_REVISION_WORKFLOW, OBJECTIVE_WORKFLOW, POLICY_WORKFLOW } from "./workflow";

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
  await saveObjectiveRevision(user, input);
  refresh();
});

export const transitionObjectiveAction = guardedAction(transitionSchema(OBJECTIVE_WORKFLOW), async (input, user) => {
  await transitionObjective(user, { ...input, note: input.note ?? null });
  refresh();
});

export const transitionObjectiveRevisionAction = guardedAction(transitionSchema(OBJECTIVE_REVISION_WORKFLOW), async (input, user) => {
  await transitionObjectiveRevision(user, { ...input, note: input.note ?? null });
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

export const transitionPolicyAction = guardedAction(transitionSchema(POLICY_WORKFLOW), async (input, user) => {
  await transitionPolicy(user, { ...input, note: input.note ?? null });
  refresh();
  revalidatePath("/dashboard");
});
