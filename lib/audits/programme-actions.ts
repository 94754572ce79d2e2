"use server";
// Server actions of the audit programme and auditor competence: session and schema
// (guardedAction / guardedFormAction), then a mutation that authorizes inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { addCompetence, deleteCompetence } from "./competence-mutations";
import { competenceDeleteSchema, competenceFormSchema } from "./competence-schema";
import { copyProgramme, createProgramme, transitionProgramme, updateProgramme } from "./programme-mutations";
import { programmeCopySchema, programmeFormSchema, programmeUpdateSchema } from "./programme-schema";
import { PROGRAMME_WORKFLOW } from "./programme-workflow";

const refresh = () => {
  revalidatePath("/audits/programme", "layout");
  revalidatePath("/audits/coverage");
};

export const createProgrammeAction = guardedAction(programmeFormSchema, async (values, user) => {
  const result = await createProgramme(user, values);
  refresh();
  return result;
});

export const updateProgrammeAction = guardedAction(programmeUpdateSchema, async (input, user) => {
  await updateProgramme(user, input);
  refresh();
});

export const copyProgrammeAction = guardedAction(programmeCopySchema, async (input, user) => {
  const result = await copyProgramme(user, input);
  refresh();
  return result;
});

export const transitionProgrammeAction = guardedAction(transitionSchema(PROGRAMME_WORKFLOW), async (input, user) => {
  await transitionProgramme(user, { ...input, note: input.note ?? null });
  refresh();
});

/** Multipart: userId, kind, title, provider, issuedOn, validUntil, internalAuditor, note, file. */
export const addCompetenceAction = guardedFormAction(competenceFormSchema, { files: ["file"] }, async (values, files, user) => {
  const result = await addCompetence(user, values, files.file);
  revalidatePath("/audits/auditors", "layout");
  return result;
});

export const deleteCompetenceAction = guardedAction(competenceDeleteSchema, async (input, user) => {
  await deleteCompetence(user, input);
  revalidatePath("/audits/auditors", "layout");
});
