// Loads the demo data: the organisation tree, the demo accounts, the SOP catalogue, kebijakan and
// sasaran mutu. Running it twice changes nothing, which is what lets an interrupted load resume.
import type { PrismaClient } from "../lib/db";
import { ensureUnit, ensureUser } from "./factories/org";
import { ORGANISATION, type UnitSeed } from "./org";
import { seedNotifications } from "./notifications";
import { seedAudits } from "./audits";
import { seedObjectives } from "./objectives";
import { seedAuditProgrammes } from "./audit-programme";
import { seedFindings } from "./findings";
import { seedCorrectiveActions } from "./corrective-actions";
import { seedManagementReviews } from "./management-reviews";
import { seedSatisfaction } from "./satisfaction";
import { seedDocuments } from "./documents";
import { seedDocumentCirculation } from "./document-circulation";
import { seedDocumentRetention } from "./document-retention";
import { seedSops } from "./sops";
import { seedIsoClauses } from "./iso-clauses";
import { seedAuditChecklists } from "./audit-checklists";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";

export interface SeedReport {
  unitsCreated: number;
  usersCreated: number;
  sopsCreated: number;
  sopsRevised: number;
  objectivesCreated: number;
  findingsCreated: number;
  correctiveActionsCreated: number;
  managementReviewsCreated: number;
}

async function seedUnits(db: PrismaClient, seeds: UnitSeed[], parent: { id: string; path: string } | null, ids: Map<string, string>) {
  let created = 0;
  for (const { children, ...spec } of seeds) {
    const unit = await ensureUnit(db, spec, parent);
    ids.set(spec.code, unit.id);
    if (unit.created) created++;
    created += await seedUnits(db, children ?? [], unit, ids);
  }
  return created;
}

/**
 * `sops: false` / `objectives: false` / … leave those modules empty (tests that do not need them run
 * faster). The audit, finding and corrective-action steps build on the SOP catalogue and the sasaran
 * mutu, so they run by default only when both of those do; a test asks for one explicitly.
 */
export interface SeedOptions {
  sops?: boolean;
  objectives?: boolean;
  isoClauses?: boolean;
  auditProgrammes?: boolean;
  audits?: boolean;
  auditChecklists?: boolean;
  findings?: boolean;
  correctiveActions?: boolean;
  managementReviews?: boolean;
  /** SKM/IKM results and complaints of the service units (needs only the organisation). */
  satisfaction?: boolean;
  notifications?: boolean;
  /** Controlled documents with revisions, distribution, reviews, retention and loans (needs the SOPs). */
  documents?: boolean;
}

export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<SeedReport> {
  const unitIds = new Map<string, string>();
  const unitsCreated = await seedUnits(db, ORGANISATION, null, unitIds);
  const unitId = (code: string) => {
    const id = unitIds.get(code);
    if (!id) throw new Error(`Unknown unit code in seeds/users.ts: ${code}`);
    return id;
  };
  let usersCreated = 0;
  for (const user of DEMO_USERS) {
    const result = await ensureUser(db, {
      nip: user.nip,
      email: user.email,
      name: user.name,
      position: user.position,
      unitId: unitId(user.unitCode),
      password: DEMO_PASSWORD,
      grants: user.grants.map((g) => ({ role: g.role, unitId: g.unitCode ? unitId(g.unitCode) : null })),
    });
    if (result.created) usersCreated++;
  }
  const sops = options.sops === false ? { created: 0, revised: 0 } : await seedSops(db);
  const objectivesCreated = options.objectives === false ? 0 : await seedObjectives(db);
  const qms = options.sops !== false && options.objectives !== false;
  const wanted = (step: boolean | undefined) => step ?? qms;
  if (options.isoClauses !== false) await seedIsoClauses(db);
  // Audits, then the programmes they belong to (linked by month), then their checklists, answers,
  // raised findings and reports; then the findings and corrective actions from other sources.
  if (wanted(options.audits)) await seedAudits(db);
  if (wanted(options.auditProgrammes)) await seedAuditProgrammes(db);
  if (wanted(options.auditChecklists)) await seedAuditChecklists(db);
  const findingsCreated = wanted(options.findings) ? await seedFindings(db) : 0;
  const correctiveActionsCreated = wanted(options.correctiveActions) ? await seedCorrectiveActions(db) : 0;
  if (wanted(options.satisfaction)) await seedSatisfaction(db);
  // Tinjauan manajemen: last year's published RTM with its RTL (its pack compiled from the data
  // above, SKM included), this year's scheduled one.
  const managementReviewsCreated = wanted(options.managementReviews) ? await seedManagementReviews(db) : 0;
  // Document control: the register (SOP AP linked as PROSEDUR), then distribution and periodic
  // review, then retention, destruction and archive loans.
  if (wanted(options.documents)) {
    await seedDocuments(db);
    await seedDocumentCirculation(db);
    await seedDocumentRetention(db);
  }
  if (options.notifications !== false && options.objectives !== false) await seedNotifications(db);
  return {
    unitsCreated,
    usersCreated,
    sopsCreated: sops.created,
    sopsRevised: sops.revised,
    objectivesCreated,
    findingsCreated,
    correctiveActionsCreated,
    managementReviewsCreated,
  };
}

/** Key of the SystemState row that records the demo data's loading: "started", then "complete". */
export const DEMO_SEED_STATE = "demo-seed";

export type SeedOutcome =
  | { action: "seeded" | "resumed"; report: SeedReport }
  | { action: "skipped"; reason: "complete" | "has-data" };

/**
 * What `npm start` does with the demo data. An empty database is seeded; a database whose loading
 * started but never finished (the process was killed midway) is seeded again, which completes it
 * because every step is idempotent; a finished one, or one that holds data loaded otherwise (a
 * real installation, or one seeded before the state was recorded), is left alone.
 * The "started" mark is written before the first record, "complete" after the last.
 */
export async function seedIfNeeded(
  db: PrismaClient,
  options: Parameters<typeof seedDemoData>[1] = {},
): Promise<SeedOutcome> {
  const state = await db.systemState.findUnique({ where: { key: DEMO_SEED_STATE }, select: { value: true } });
  if (state?.value === "complete") return { action: "skipped", reason: "complete" };
  if (!state && (await db.unit.count()) > 0) return { action: "skipped", reason: "has-data" };
  if (!state) await db.systemState.create({ data: { key: DEMO_SEED_STATE, value: "started" } });
  const report = await seedDemoData(db, options);
  await markSeedComplete(db);
  return { action: state ? "resumed" : "seeded", report };
}

/** Records that the demo data is fully loaded (npm run db:seed loads it outside seedIfNeeded). */
export async function markSeedComplete(db: PrismaClient): Promise<void> {
  await db.systemState.upsert({
    where: { key: DEMO_SEED_STATE },
    create: { key: DEMO_SEED_STATE, value: "complete" },
    update: { value: "complete" },
  });
}
