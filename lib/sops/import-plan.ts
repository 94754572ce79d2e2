// Turns a parsed document into an import plan: for each SOP, its content, its unit, its identity
// keys and what importing it would do (create, revise, leave unchanged, skip). Reads only, so the
// upload screen can show the plan as a preview before anything is written.
import { createHash } from "node:crypto";
import type { PrismaClient, Tx } from "../db";
import { canonicalJson } from "../utils/canonical-json";
import { fieldErrorsOf } from "../utils/zod";
import { contentFromParsed, sopContentSchema, type SopContent } from "./content";
import { parseSopDocument } from "./import";
import type { ParseResult, Warning } from "./import/types";
import { numberKey, titleKey } from "./keys";
import { matchUnit, type UnitCandidate } from "./unit-match";

export type PlannedAction = "create" | "revise" | "unchanged" | "skip";

export interface PlannedSop {
  index: number;
  title: string;
  number: string | null;
  unit: { id: string; name: string; path: string };
  action: PlannedAction;
  /** Why an SOP is skipped. */
  skipReason?: string;
  existingId?: string;
  nextRevisionNo?: number;
  stepCount: number;
  totalMinutes: number;
  content: SopContent | null;
  contentHash: string;
  warnings: Warning[];
}

export interface ImportPlan {
  fileName: string;
  documentWarnings: Warning[];
  sops: PlannedSop[];
}

export function hashContent(content: SopContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

type Reader = Pick<PrismaClient | Tx, "unit" | "sop" | "sopRevision">;

/**
 * @param target.agency  the agency whose units the organisation lines are matched against
 * @param target.unit    when set, every SOP goes to this unit (an upload where the user chose it)
 */
export async function planImport(
  db: Reader,
  text: string,
  fileName: string,
  target: { agency: UnitCandidate; unit?: UnitCandidate },
  /** The text already parsed (off the request thread, see parse-off-thread.ts). */
  alreadyParsed?: ParseResult,
): Promise<ImportPlan> {
  const parsed = alreadyParsed ?? parseSopDocument(text, { fileName });
  const units = await db.unit.findMany({
    where: { path: { startsWith: target.agency.path }, active: true },
    select: { id: true, path: true, name: true, shortName: true },
  });
  const seen = new Set<string>();
  const sops: PlannedSop[] = [];
  for (const [index, sop] of parsed.sops.entries()) {
    const warnings = [...sop.warnings];
    const unit = target.unit ?? matchUnit(sop.unit_lines, target.agency, units).unit;
    const raw = contentFromParsed(sop);
    if (!raw.nama) {
      raw.nama = sop.nomor ? `SOP ${sop.nomor}` : `SOP tanpa judul (${fileName} baris ${sop.source_line})`;
      warnings.push({ line: sop.source_line, message: `Nama SOP tidak terbaca; dipakai "${raw.nama}". Perbaiki lewat penyuntingan.` });
    }
    const checked = sopContentSchema.safeParse(raw);
    const base = {
      index,
      title: raw.nama,
      number: sop.nomor,
      unit: { id: unit.id, name: unit.name, path: unit.path },
      stepCount: sop.steps.length,
      totalMinutes: sop.total_minutes,
      warnings,
    };
    if (!checked.success) {
      const problems = Object.entries(fieldErrorsOf(checked.error)).map(([f, m]) => `${f}: ${m.join(", ")}`);
      sops.push({ ...base, action: "skip", skipReason: `Isi tidak valid (${problems.join("; ")})`, content: null, contentHash: "" });
      continue;
    }
    const content = checked.data;
    const identity = `${unit.id}|${numberKey(content.nomor)}|${titleKey(content.nama)}`;
    if (seen.has(identity)) {
      sops.push({ ...base, action: "skip", skipReason: "SOP yang sama sudah muncul lebih awal di berkas ini", content, contentHash: "" });
      continue;
    }
    seen.add(identity);
    const contentHash = hashContent(content);
    const existing = await db.sop.findUnique({
      where: { unitId_numberKey_titleKey: { unitId: unit.id, numberKey: numberKey(content.nomor), titleKey: titleKey(content.nama) } },
      select: { id: true, currentRevisionNo: true },
    });
    if (!existing) {
      sops.push({ ...base, action: "create", content, contentHash, nextRevisionNo: 1 });
      continue;
    }
    const current = await db.sopRevision.findUnique({
      where: { sopId_revisionNo: { sopId: existing.id, revisionNo: existing.currentRevisionNo } },
      select: { contentHash: true },
    });
    const unchanged = current?.contentHash === contentHash;
    sops.push({
      ...base,
      action: unchanged ? "unchanged" : "revise",
      existingId: existing.id,
      nextRevisionNo: unchanged ? undefined : existing.currentRevisionNo + 1,
      content,
      contentHash,
    });
  }
  return { fileName, documentWarnings: parsed.warnings, sops };
}
