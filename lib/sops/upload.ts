// Uploaded SOP documents: each file checked for size and type and parsed (text, .docx, .pdf), each
// SOP given the unit its organisation lines name (or the upload's default unit) for the preview;
// then the SOPs the user kept and corrected are planned again and imported in one transaction.
import { actorOf } from "../activity/record";
import { authorize, can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { agencyOf } from "../org/agency";
import { SOP_PDF_MAX_BYTES, SOP_UPLOAD_EXTENSIONS, SOP_UPLOAD_MAX_BYTES } from "./constants";
import type { SopContentInput } from "./content";
import { docxToText } from "./docx";
import type { ParseResult, Warning } from "./import/types";
import { commitImport, type ImportReport } from "./import-mutations";
import { agencyUnits, contentOf, planEntries, type PlannedSop } from "./import-plan";
import { parseOffThread } from "./parse-off-thread";
import { parsePdfOffThread } from "./pdf-off-thread";
import type { SopImportValues } from "./schema";
import { matchUnit } from "./unit-match";

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** The text of an uploaded text or .docx file, or an Indonesian refusal. Call it only for an authorized user. */
export async function readUpload(fileName: string, bytes: Uint8Array): Promise<string> {
  if (extensionOf(fileName) === ".docx") return docxToText(bytes);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000")) throw new DomainError("INVALID", "Berkas ini bukan berkas teks.");
  return text;
}

/** The SOPs of an uploaded file, or an Indonesian refusal. Call it only for an authorized user. */
export async function parseUpload(fileName: string, bytes: Uint8Array): Promise<ParseResult> {
  const ext = extensionOf(fileName);
  if (!(SOP_UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DomainError("INVALID", `Jenis berkas ${ext || "tanpa ekstensi"} tidak didukung. Unggah berkas .txt, .md, .html, .docx atau .pdf.`);
  }
  if (bytes.byteLength === 0) throw new DomainError("INVALID", "Berkas kosong.");
  const max = ext === ".pdf" ? SOP_PDF_MAX_BYTES : SOP_UPLOAD_MAX_BYTES;
  if (bytes.byteLength > max) throw new DomainError("INVALID", `Berkas terlalu besar (maksimal ${megabytes(max)} MB).`);
  if (ext === ".pdf") return parsePdfOffThread(bytes, fileName);
  return parseOffThread(await readUpload(fileName, bytes), fileName);
}

/** The unit an upload goes to, once `user` may manage SOPs there: checked before the file is read. */
export async function targetUnit(user: SessionUser, unitId: string) {
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true, shortName: true, active: true } });
  if (!unit || !unit.active) throw notFound("Unit");
  authorize(user, "sop.manage", { unitPath: unit.path });
  return { unit, agency: await agencyOf(db, unit.path) };
}

/** Which unit the organisation lines of an SOP named. */
export interface UnitMatch {
  /** The unit the lines name, when the user manages SOPs there; null: the upload's default unit. */
  unitId: string | null;
  unitName: string | null;
  /** The organisation lines that led to the unit. */
  lines: string[];
  /** True when the lines name a unit the user may not import into. */
  outsideScope: boolean;
}

export type PlanOutcome = Pick<PlannedSop, "action" | "skipReason" | "existingId" | "currentRevisionNo" | "nextRevisionNo">;

/** One SOP of a previewed file: what the parser read (the user corrects it) and where it would go. */
export interface PreviewSop {
  fileName: string;
  content: SopContentInput;
  warnings: Warning[];
  /** The unit proposed: the matched one, else the upload's default. */
  unitId: string;
  match: UnitMatch;
  /** The organisation lines as printed, for the user to compare. */
  unitLines: string[];
  outcome: PlanOutcome;
}

export interface FilePreview {
  fileName: string;
  documentWarnings: Warning[];
  sops: PreviewSop[];
}

const outcomeOf = (sop: PlannedSop): PlanOutcome => ({
  action: sop.action,
  skipReason: sop.skipReason,
  existingId: sop.existingId,
  currentRevisionNo: sop.currentRevisionNo,
  nextRevisionNo: sop.nextRevisionNo,
});

/** Reads one uploaded file and plans its SOPs. Writes nothing. */
export async function previewFile(user: SessionUser, fileName: string, bytes: Uint8Array, defaultUnitId: string): Promise<FilePreview> {
  // Authorized before the file is parsed: parsing is what an attacker would aim at.
  const { unit: fallback, agency } = await targetUnit(user, defaultUnitId);
  const parsed = await parseUpload(fileName, bytes);
  if (parsed.sops.length === 0) {
    throw ruleBroken(`Berkas ${fileName} tidak memuat SOP AP (tidak ada "Nomor SOP" atau "Nama/Judul SOP"). Tidak ada yang diimpor.`);
  }
  const db = await getDb();
  const units = await agencyUnits(db, agency);
  const read = parsed.sops.map((sop) => {
    const found = matchUnit(sop.unit_lines, agency, units);
    const named = found.matchedLines.length > 0 ? found.unit : null;
    const allowed = named !== null && can(user, "sop.manage", { unitPath: named.path });
    const unit = allowed ? named : fallback;
    const match: UnitMatch = { unitId: allowed ? named.id : null, unitName: named?.name ?? null, lines: found.matchedLines, outsideScope: named !== null && !allowed };
    return { sop, unit, match, ...contentOf(sop, fileName) };
  });
  const planned = await planEntries(db, read.map((r) => ({ fileName, unit: r.unit, content: r.content, warnings: r.warnings })));
  return {
    fileName,
    documentWarnings: parsed.warnings,
    sops: read.map((r, i) => ({
      fileName,
      content: r.content,
      warnings: r.warnings,
      unitId: r.unit.id,
      match: r.match,
      unitLines: r.sop.unit_lines,
      outcome: outcomeOf(planned[i]),
    })),
  };
}

/** The corrected SOPs of an upload planned against their chosen units, each unit authorized. */
async function planCorrected(user: SessionUser, items: SopImportValues["sops"]) {
  const db = await getDb();
  const ids = [...new Set(items.map((item) => item.unitId))];
  const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, path: true, name: true, active: true } });
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of ids) {
    const unit = byId.get(id);
    if (!unit || !unit.active) throw notFound("Unit");
    authorize(user, "sop.manage", { unitPath: unit.path });
  }
  const entries = items.map((item) => ({ fileName: item.fileName, unit: byId.get(item.unitId)!, content: item.content, warnings: item.warnings }));
  return { db, units, sops: await planEntries(db, entries) };
}

/** What importing the corrected SOPs would do, in their order. Writes nothing. */
export async function planUpload(user: SessionUser, items: SopImportValues["sops"]): Promise<PlanOutcome[]> {
  return (await planCorrected(user, items)).sops.map(outcomeOf);
}

/** Imports the corrected SOPs: all of them in one transaction, or nothing. */
export async function importUpload(user: SessionUser, items: SopImportValues["sops"]): Promise<ImportReport> {
  const { db, units, sops } = await planCorrected(user, items);
  // The preview the user confirmed must still hold: an SOP revised meanwhile (or shown as
  // unchanged) is never overwritten with what the user saw before.
  sops.forEach((sop, i) => {
    const seen = items[i].expected;
    if (!seen) return;
    if (seen.action !== sop.action || seen.existingId !== sop.existingId || seen.currentRevisionNo !== sop.currentRevisionNo) throw staleRecord();
  });
  const agencies = await Promise.all(units.map((u) => agencyOf(db, u.path)));
  const files = [...new Set(items.map((item) => item.fileName))];
  const plan = { fileName: files.join(", "), documentWarnings: [], sops };
  return commitImport(db, plan, agencies.map((a) => a.path), actorOf(user), user);
}
