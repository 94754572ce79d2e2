"use server";
// Server actions of the daftar periksa and the Laporan Audit Internal: session and schema
// (guardedAction), then a mutation that authorizes against the audit inside its transaction.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { DomainError } from "../errors";
import { transitionSchema } from "../workflow/schema";
import {
  addChecklistItem, answerChecklistItem, attachChecklistEvidence, generateAuditChecklist, moveChecklistItem, updateChecklistItem,
} from "./checklist-mutations";
import { addItemSchema, answerSchema, evidenceUploadSchema, generateSchema, moveItemSchema, updateItemSchema } from "./checklist-schema";
import { acknowledgeReport, saveReportText, transitionReport } from "./report-mutations";
import { acknowledgeSchema, reportTextSchema } from "./report-schema";
import { REPORT_WORKFLOW } from "./report-workflow";

const refresh = () => revalidatePath("/audits", "layout");

export const generateChecklistAction = guardedAction(generateSchema, async ({ auditId }, user) => {
  const result = await generateAuditChecklist(user, auditId);
  refresh();
  return result;
});

export const addChecklistItemAction = guardedAction(addItemSchema, async (values, user) => {
  const result = await addChecklistItem(user, values);
  refresh();
  return result;
});

export const updateChecklistItemAction = guardedAction(updateItemSchema, async (values, user) => {
  await updateChecklistItem(user, values);
  refresh();
});

export const moveChecklistItemAction = guardedAction(moveItemSchema, async (values, user) => {
  await moveChecklistItem(user, values);
  refresh();
});

/** Saved one answer at a time from the tablet; the page keeps its own state, so nothing is revalidated. */
export const answerChecklistItemAction = guardedAction(answerSchema, (values, user) => answerChecklistItem(user, values));

export const attachChecklistEvidenceAction = guardedFormAction(evidenceUploadSchema, { files: ["evidence"], permission: "audit.checklist" }, async ({ id }, files, user) => {
  if (!files.evidence) throw new DomainError("INVALID", "Pilih berkas bukti.", { evidence: ["Pilih berkas bukti."] });
  const result = await attachChecklistEvidence(user, id, files.evidence);
  refresh();
  return result;
});

export const saveReportTextAction = guardedAction(reportTextSchema, async (values, user) => {
  const result = await saveReportText(user, values);
  refresh();
  return result;
});

export const transitionReportAction = guardedAction(transitionSchema(REPORT_WORKFLOW), async (input, user) => {
  await transitionReport(user, { ...input, note: input.note ?? null });
  refresh();
});

export const acknowledgeReportAction = guardedAction(acknowledgeSchema, async (values, user) => {
  await acknowledgeReport(user, values);
  refresh();
});
