"use server";
// Server actions of the register: session and schema (guardedAction / guardedFormAction), then a
// mutation that authorizes inside its transaction, then the pages are revalidated.
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { createDocument, updateDocument } from "./mutations";
import { saveRevision, transitionRevision } from "./revision-mutations";
import { documentFormSchema, documentUpdateSchema, revisionFormSchema, settingsFormSchema } from "./schema";
import { saveDocumentSettings } from "./settings-mutations";
import { DOCUMENT_REVISION_WORKFLOW } from "./workflow";

const refresh = () => revalidatePath("/documents", "layout");

export const createDocumentAction = guardedAction(documentFormSchema, async (values, user) => {
  const created = await createDocument(user, values);
  refresh();
  return created;
});

export const updateDocumentAction = guardedAction(documentUpdateSchema, async (input, user) => {
  await updateDocument(user, input);
  refresh();
});

export const saveRevisionAction = guardedFormAction(revisionFormSchema, { files: ["file"], permission: "document.manage" }, async (values, files, user) => {
  const saved = await saveRevision(user, values, files.file);
  refresh();
  return saved;
});

export const transitionRevisionAction = guardedAction(transitionSchema(DOCUMENT_REVISION_WORKFLOW), async (input, user) => {
  await transitionRevision(user, { ...input, note: input.note ?? null });
  refresh();
});

export const saveDocumentSettingsAction = guardedAction(settingsFormSchema, async (values, user) => {
  await saveDocumentSettings(user, values);
  refresh();
});
