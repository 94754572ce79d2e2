"use server";
// Server actions of the SOP catalogue: preview and confirm an upload, save a revision.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { getCurrentUser } from "../auth/session";
import { DomainError, failure, type ActionResult } from "../errors";
import type { ImportReport } from "./import-mutations";
import type { ImportPlan } from "./import-plan";
import { reviseSop } from "./revise-mutations";
import { sopImportSchema, sopReviseSchema } from "./schema";
import { importUpload, previewUpload, readUpload } from "./upload";
import { assignStepActors } from "./revise-mutations";
import { sopAssignActorsSchema } from "./schema";

export interface UploadPreview {
  fileName: string;
  /** The text the file was read as; sent back unchanged when the user confirms. */
  text: string;
  plan: ImportPlan;
}

/** Reads the uploaded file (multipart form: "file", "unitId") and plans its import. Writes nothing. */
export async function previewSopUploadAction(form: FormData): Promise<ActionResult<UploadPreview>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "UNAUTHENTICATED", message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
  const file = form.get("file");
  const unitId = String(form.get("unitId") ?? "");
  if (!(file instanceof File) || file.name === "") {
    return { ok: false, reason: "INVALID", message: "Pilih berkas SOP yang akan diimpor.", fieldErrors: { file: ["Pilih berkas."] } };
  }
  if (!unitId) return { ok: false, reason: "INVALID", message: "Pilih unit pemilik SOP.", fieldErrors: { unitId: ["Pilih unit."] } };
  try {
    const text = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    const plan = await previewUpload(user, file.name, text, unitId);
    return { ok: true, data: { fileName: file.name, text, plan } };
  } catch (error) {
    if (error instanceof DomainError) return failure(error);
    throw error;
  }
}

export const importSopUploadAction = guardedAction(sopImportSchema, async (input, user): Promise<ImportReport> => {
  const report = await importUpload(user, input.fileName, input.text, input.unitId);
  revalidatePath("/sops", "layout");
  return report;
});

export const reviseSopAction = guardedAction(sopReviseSchema, async (input, user) => {
  const result = await reviseSop(user, input);
  revalidatePath(`/sops/${input.id}`, "layout");
  return result;
});

export const assignSopStepActorsAction = guardedAction(sopAssignActorsSchema, async (input, user) => {
  const result = await assignStepActors(user, input);
  revalidatePath(`/sops/${input.id}`, "layout");
  return result;
});
