"use server";
// Server actions of the SOP catalogue: preview and confirm an upload, propose a revision (it takes
// effect through the document register's check and approval).
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { DomainError } from "../errors";
import type { ImportReport } from "./import-mutations";
import { assignStepActors, reviseSop } from "./revise-mutations";
import { sopAssignActorsSchema, sopImportSchema, sopPreviewSchema, sopReviseSchema } from "./schema";
import { importUpload, planUpload, previewFile, type FilePreview, type PlanOutcome } from "./upload";

/**
 * Reads one uploaded file (multipart form: "file", and "unitId", the unit of SOPs whose organisation
 * lines name no unit) and plans its SOPs. Writes nothing. An upload of several files calls it once
 * per file, so one file's refusal leaves the others' previews standing.
 */
export const previewSopUploadAction = guardedFormAction(
  sopPreviewSchema,
  { files: ["file"], permission: "sop.manage" },
  async ({ unitId }, files, user): Promise<FilePreview> => {
    const file = files.file;
    if (!file) throw new DomainError("INVALID", "Pilih berkas SOP yang akan diimpor.", { file: ["Pilih berkas."] });
    return previewFile(user, file.name, file.bytes, unitId);
  },
);

/** What the import of the SOPs as corrected in the preview would do (the unit, name or number changed). */
export const planSopImportAction = guardedAction(sopImportSchema, async (input, user): Promise<PlanOutcome[]> => planUpload(user, input.sops));

/** Imports the SOPs the user kept, as corrected, each into its chosen unit: all of them or none. */
export const importSopUploadAction = guardedAction(sopImportSchema, async (input, user): Promise<ImportReport> => {
  const report = await importUpload(user, input.sops);
  revalidatePath("/sops", "layout");
  return report;
});

export const reviseSopAction = guardedAction(sopReviseSchema, async (input, user) => {
  const result = await reviseSop(user, input);
  revalidatePath(`/sops/${input.id}`, "layout");
  revalidatePath(`/documents/${result.documentId}`);
  return result;
});

export const assignSopStepActorsAction = guardedAction(sopAssignActorsSchema, async (input, user) => {
  const result = await assignStepActors(user, input);
  revalidatePath(`/sops/${input.id}`, "layout");
  revalidatePath(`/documents/${result.documentId}`);
  return result;
});
