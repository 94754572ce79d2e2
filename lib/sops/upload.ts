// An uploaded SOP document: checked for size and type, turned into text the parser reads,
// planned (preview) and, once the user confirms, imported into the chosen unit.
import { actorOf } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { DomainError, notFound, ruleBroken } from "../errors";
import { agencyOf } from "../org/agency";
import { SOP_UPLOAD_EXTENSIONS, SOP_UPLOAD_MAX_BYTES } from "./constants";
import { docxToText } from "./docx";
import { commitImport, type ImportReport } from "./import-mutations";
import { planImport, type ImportPlan } from "./import-plan";
import { parseOffThread } from "./parse-off-thread";

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

/** The text of an uploaded file, or an Indonesian refusal. Call it only for an authorized user (targetUnit). */
export async function readUpload(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = extensionOf(fileName);
  if (!(SOP_UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DomainError("INVALID", `Jenis berkas ${ext || "tanpa ekstensi"} tidak didukung. Unggah berkas .txt, .md, .html atau .docx.`);
  }
  if (bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas kosong.");
  if (bytes.byteLength > SOP_UPLOAD_MAX_BYTES) {
    throw new DomainError("INVALID", `Berkas terlalu besar (maksimal ${SOP_UPLOAD_MAX_BYTES / 1024 / 1024} MB).`);
  }
  if (ext === ".docx") return docxToText(bytes);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000")) throw new DomainError("INVALID", "Berkas ini bukan berkas teks.");
  return text;
}

/** The unit an upload goes to, once `user` may manage SOPs there: checked before the file is read. */
export async function targetUnit(user: SessionUser, unitId: string) {
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true, shortName: true, active: true } });
  if (!unit || !unit.active) throw notFound("Unit");
  authorize(user, "sop.manage", { unitPath: unit.path });
  return { unit, agency: await agencyOf(db, unit.path) };
}

export async function previewUpload(user: SessionUser, fileName: string, text: string, unitId: string): Promise<ImportPlan> {
  const { unit, agency } = await targetUnit(user, unitId);
  const parsed = await parseOffThread(text, fileName);
  const plan = await planImport(await getDb(), text, fileName, { agency, unit }, parsed);
  if (plan.sops.length === 0) throw ruleBroken(`Berkas ${fileName} tidak memuat SOP AP (tidak ada "Nomor SOP" atau "Nama/Judul SOP"). Tidak ada yang diimpor.`);
  return plan;
}

export async function importUpload(user: SessionUser, fileName: string, text: string, unitId: string): Promise<ImportReport> {
  const { agency } = await targetUnit(user, unitId);
  const plan = await previewUpload(user, fileName, text, unitId);
  return commitImport(await getDb(), plan, agency.path, actorOf(user), user);
}
