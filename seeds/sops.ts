// Imports the SOP AP collections in seeds/sop into their agencies (one transaction per document;
// importing an unchanged document again changes nothing). Every SOP is then a PROSEDUR in the
// document register (the import links new ones; a resumed load links any left without).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/db";
import { ensureSopDocument } from "../lib/sops/document-link-mutations";
import { commitImport, type ImportReport } from "../lib/sops/import-mutations";
import { planImport } from "../lib/sops/import-plan";
import { SYSTEM_ACTOR } from "./factories/org";

export const SOP_DOCUMENTS = [
  { file: "001_2f7c299d877247fc.txt", agencyCode: "ntt.dinsos" },
  { file: "002_9caee23068c840a2.txt", agencyCode: "ntt.biro-organisasi" },
  { file: "003_a6320db0dd9891d3.txt", agencyCode: "kaltim.disperindagkop.bpsmb" },
] as const;

export const sopDocumentPath = (file: string) => path.join(import.meta.dirname, "sop", file);

export async function importSopDocument(db: PrismaClient, file: string, agencyCode: string): Promise<ImportReport> {
  const agency = await db.unit.findUniqueOrThrow({
    where: { code: agencyCode },
    select: { id: true, path: true, name: true, shortName: true },
  });
  const plan = await planImport(db, readFileSync(sopDocumentPath(file), "utf8"), file, { agency });
  return commitImport(db, plan, agency.path, SYSTEM_ACTOR);
}

export async function seedSops(db: PrismaClient): Promise<{ created: number; revised: number; unchanged: number; skipped: number }> {
  const total = { created: 0, revised: 0, unchanged: 0, skipped: 0 };
  for (const doc of SOP_DOCUMENTS) {
    const report = await importSopDocument(db, doc.file, doc.agencyCode);
    total.created += report.created;
    total.revised += report.revised;
    total.unchanged += report.unchanged;
    total.skipped += report.skipped;
  }
  const unlinked = await db.sop.findMany({ where: { document: { is: null } }, select: { id: true } });
  for (const sop of unlinked) await db.$transaction((tx) => ensureSopDocument(tx, sop.id, SYSTEM_ACTOR));
  return total;
}
