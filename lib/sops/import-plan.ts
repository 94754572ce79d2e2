// Turns a parsed document into an import plan: for each SOP, its content, its unit, its identity
// keys and what importing it would do (create, revise, leave unchanged, skip). Reads only, so the
// upload screen can show the plan as a preview before anything is written.
import { createHash } from "node:crypto";
import type { PrismaClient, Tx } from "../db";
import { canonicalJson } from "../utils/canonical-json";
import { fieldErrorsOf } from "../utils/zod";
import { contentFromParsed, sopContentSchema, totalMinutesOf, type SopContent, type SopContentInput } from "./content";
import { parseSopDocument } from "./import";
import type { ParsedSop, ParseResult, Warning } from "./import/types";
import { numberKey, titleKey } from "./keys";
import { matchUnit, type UnitCandidate } from "./unit-match";

export type PlannedAction = "create" | "revise" | "unchanged" | "skip";

export interface PlannedSop {
  index: number;
  /** The uploaded file the SOP came from (the revision's source name). */
  fileName: string;
  title: string;
  number: string | null;
  unit: { id: string; name: string; path: string };
  action: PlannedAction;
  /** Why an SOP is skipped. */
  skipReason?: string;
  existingId?: string;
  /** The existing SOP's current revision, which the preview saw (the import refuses if it moved). */
  currentRevisionNo?: number;
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

export type PlanReader = Pick<PrismaClient | Tx, "unit" | "sop" | "sopRevision">;

/** One SOP to plan: its content as parsed or as the user corrected it, and the unit it goes to. */
export interface PlanEntry {
  fileName: string;
  unit: { id: string; name: string; path: string };
  content: SopContentInput;
  warnings: Warning[];
}

/** The name an SOP without one is given, with a warning saying so. */
export function contentOf(sop: ParsedSop, fileName: string): { content: SopContentInput; warnings: Warning[] } {
  const warnings = [...sop.warnings];
  const content = contentFromParsed(sop);
  if (!content.nama) {
    content.nama = sop.nomor ? `SOP ${sop.nomor}` : `SOP tanpa judul (${fileName} baris ${sop.source_line})`;
    warnings.push({ line: sop.source_line, message: `Nama SOP tidak terbaca; dipakai "${content.nama}". Perbaiki lewat penyuntingan.` });
  }
  return { content, warnings };
}

/**
 * What importing each entry would do: invalid content is skipped, an SOP already planned for the
 * same unit, number and name is skipped, the others create or revise (or leave unchanged) the
 * SOP of that unit with that number and name.
 */
export async function planEntries(db: PlanReader, entries: PlanEntry[]): Promise<PlannedSop[]> {
  const seen = new Set<string>();
  const sops: PlannedSop[] = [];
  const lookups: { sop: PlannedSop; where: { unitId: string; numberKey: string; titleKey: string } }[] = [];
  for (const [index, entry] of entries.entries()) {
    const { unit, content: raw } = entry;
    const base = {
      index,
      fileName: entry.fileName,
      title: raw.nama,
      number: raw.nomor ?? null,
      unit: { id: unit.id, name: unit.name, path: unit.path },
      stepCount: raw.steps.length,
      totalMinutes: totalMinutesOf(raw).total,
      warnings: entry.warnings,
    };
    const checked = sopContentSchema.safeParse(raw);
    if (!checked.success) {
      const problems = Object.entries(fieldErrorsOf(checked.error)).map(([f, m]) => `${f}: ${m.join(", ")}`);
      sops.push({ ...base, action: "skip", skipReason: `Isi tidak valid (${problems.join("; ")})`, content: null, contentHash: "" });
      continue;
    }
    const content = checked.data;
    const where = { unitId: unit.id, numberKey: numberKey(content.nomor), titleKey: titleKey(content.nama) };
    const identity = `${where.unitId}|${where.numberKey}|${where.titleKey}`;
    if (seen.has(identity)) {
      sops.push({ ...base, action: "skip", skipReason: "SOP yang sama sudah muncul lebih awal dalam unggahan ini", content, contentHash: "" });
      continue;
    }
    seen.add(identity);
    const sop: PlannedSop = { ...base, action: "create", content, contentHash: hashContent(content), nextRevisionNo: 1 };
    sops.push(sop);
    lookups.push({ sop, where });
  }
  // One read of the SOPs already there and one of their current revisions: the preview plans
  // again on every correction the user makes.
  if (lookups.length === 0) return sops;
  const existing = await db.sop.findMany({
    where: { OR: lookups.map((l) => l.where) },
    select: { id: true, unitId: true, numberKey: true, titleKey: true, currentRevisionNo: true },
  });
  const byIdentity = new Map(existing.map((e) => [`${e.unitId}|${e.numberKey}|${e.titleKey}`, e]));
  const current = existing.length === 0 ? [] : await db.sopRevision.findMany({
    where: { OR: existing.map((e) => ({ sopId: e.id, revisionNo: e.currentRevisionNo })) },
    select: { sopId: true, contentHash: true },
  });
  const hashOf = new Map(current.map((r) => [r.sopId, r.contentHash]));
  for (const { sop, where } of lookups) {
    const found = byIdentity.get(`${where.unitId}|${where.numberKey}|${where.titleKey}`);
    if (!found) continue;
    const unchanged = hashOf.get(found.id) === sop.contentHash;
    sop.action = unchanged ? "unchanged" : "revise";
    sop.existingId = found.id;
    sop.currentRevisionNo = found.currentRevisionNo;
    sop.nextRevisionNo = unchanged ? undefined : found.currentRevisionNo + 1;
  }
  return sops;
}

/** The active units of an agency, which organisation lines are matched against. */
export function agencyUnits(db: Pick<PlanReader, "unit">, agency: UnitCandidate): Promise<UnitCandidate[]> {
  return db.unit.findMany({
    where: { path: { startsWith: agency.path }, active: true },
    select: { id: true, path: true, name: true, shortName: true },
  });
}

/**
 * The import of a document's text without a user (seeds, command line).
 * @param target.agency  the agency whose units the organisation lines are matched against
 * @param target.unit    when set, every SOP goes to this unit
 */
export async function planImport(
  db: PlanReader,
  text: string,
  fileName: string,
  target: { agency: UnitCandidate; unit?: UnitCandidate },
  /** The text already parsed (off the request thread, see parse-off-thread.ts). */
  alreadyParsed?: ParseResult,
): Promise<ImportPlan> {
  const parsed = alreadyParsed ?? parseSopDocument(text, { fileName });
  const units = await agencyUnits(db, target.agency);
  const entries = parsed.sops.map((sop) => ({
    fileName,
    unit: target.unit ?? matchUnit(sop.unit_lines, target.agency, units).unit,
    ...contentOf(sop, fileName),
  }));
  return { fileName, documentWarnings: parsed.warnings, sops: await planEntries(db, entries) };
}
