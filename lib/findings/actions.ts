"use server";
// Server actions of temuan: session and schema (guardedAction / guardedFormAction), then a
// mutation that authorizes against the record inside its transaction.
import { revalidatePath } from "next/cache";
import { z } from "../utils/zod";
import { guardedAction, guardedFormAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { addFindingEvidence, createFinding } from "./create-mutations";
import { findingFormSchema } from "./schema";
import { transitionFinding } from "./workflow-mutations";
import { FINDING_WORKFLOW } from "./workflow";
import { DomainError } from "../errors";

const refresh = () => revalidatePath("/findings", "layout");

/** The PLOR form as multipart form data, with an optional evidence file ("evidenceFile"; "evidence" is the O of PLOR). */
export const createFindingAction = guardedFormAction(findingFormSchema, { files: ["evidenceFile"], permission: "finding.raise" }, async (values, files, user) => {
  const result = await createFinding(user, values, files.evidenceFile);
  refresh();
  return result;
});

export const addFindingEvidenceAction = guardedFormAction(z.object({ findingId: z.string().trim().min(1) }), { files: ["evidence"] }, async (values, files, user) => {
  if (!files.evidence) throw new DomainError("INVALID", "Pilih berkas bukti.", { evidence: ["Pilih berkas bukti."] });
  await addFindingEvidence(user, values.findingId, files.evidence);
  refresh();
});

export const transitionFindingAction = guardedAction(transitionSchema(FINDING_WORKFLOW), async (input, user) => {
  await transitionFinding(user, { ...input, note: input.note ?? null });
  refresh();
});
