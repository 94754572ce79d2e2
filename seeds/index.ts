// Loads the demo data: the organisation tree and the demo accounts. Running it twice changes nothing.
import type { PrismaClient } from "../lib/db";
import { ensureUnit, ensureUser } from "./factories/org";
import { ORGANISATION, type UnitSeed } from "./org";
import { seedObjectives } from "./objectives";
import { seedSops } from "./sops";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";

export interface SeedReport {
  unitsCreated: number;
  usersCreated: number;
  sopsCreated: number;
  sopsRevised: number;
  objectivesCreated: number;
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

/** `sops: false` / `objectives: false` leave those modules empty (tests that do not need them run faster). */
export async function seedDemoData(db: PrismaClient, options: { sops?: boolean; objectives?: boolean } = {}): Promise<SeedReport> {
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
  return { unitsCreated, usersCreated, sopsCreated: sops.created, sopsRevised: sops.revised, objectivesCreated };
}
