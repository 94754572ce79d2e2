"use server";
// Server actions of the SOP catalogue: preview and confirm an upload, propose a revision (it takes
// effect through the document register's check and approval).
import { revalidatePath } from "next/cache";
import { guardedAction, guardedFormAction } from "../auth/action";
import { DomainError } from "../errors";
import type { ImportReport } from "./import-mutations";
import type { ImportPlan } from "./import-plan";
import { assignStepActors, reviseSop } from "./revise-mutations";
import { sopAssignActorsSchema, sopImportSchema, sopPreviewSchema, sopReviseSchema } from "./schema";
import { importUpload, previewUpload, readUpload, targetUnit } from "./upload";

export interface UploadPreview {
  fileName: string;
  /** The text the file was read as; sent back unchanged when the user confirms. */
  text: string;
  plan: ImportPlan;
}

/** Reads the uploaded file (multipart form: "file", "unitId") and plans its import. Writes nothing. */
export const previewSopUploadAction = guardedFormAction(
  sopPreviewSchema,
  { files: ["file"], permission: "sop.manage" },
  async ({ unitId }, files, user): Promise<UploadPreview> => {
    const file = files.file;
    if (!file) throw new DomainError("INVALID", "Pilih berkas SOP yang akan diimpor.", { file: ["Pilih berkas."] });
    // Authorize on the unit before the file is parsed: parsing is what an attacker would aim at.
    await targetUnit(user, unitId);
    const text = await readUpload(file.name, file.bytes);
    const plan = await previewUpload(user, file.name, text, unitId);
    // The preview carries each SOP's parsed content: the user reads it in the official layout.
    return { fileName: file.name, text, plan };
  },
);

export const importSopUploadAction = guardedAction(sopImportSchema, async (input, user): Promise<ImportReport> => {
  const report = await importUpload(user, input.fileName, input.text, input.unitId);
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
