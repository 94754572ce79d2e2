// The demo audit programmes: 2025 and 2026 approved with two rounds each, the demo auditor's
// competence, and loading twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedAuditProgrammes } from "../../../seeds/audit-programme";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = (await openDemoDatabase({ manajer: "manajer.mutu@dinsos.nttprov.go.id" }, { auditProgrammes: true })).connection;
}, 120_000);
afterAll(closeTestDatabase);

describe("demo audit programmes", () => {
  it("holds last year's and this year's approved programme with two rounds each, and the auditor's training", async () => {
    const db = connection.prisma;
    const programmes = await db.auditProgramme.findMany({ orderBy: { year: "asc" }, select: { year: true, status: true, rounds: { select: { roundNo: true, _count: { select: { units: true } } } } } });
    expect(programmes.map((p) => [p.year, p.status, p.rounds.length])).toEqual([[2025, "DISETUJUI", 2], [2026, "DISETUJUI", 2]]);
    expect(programmes.every((p) => p.rounds.every((r) => r._count.units >= 3))).toBe(true);
    expect(await db.auditorCompetence.count({ where: { internalAuditor: true, user: { email: "auditor@dinsos.nttprov.go.id" } } })).toBe(1);
  });

  it("changes nothing when loaded twice", async () => {
    const db = connection.prisma;
    const counts = async () => [await db.auditProgramme.count(), await db.auditRound.count(), await db.auditRoundUnit.count(), await db.auditorCompetence.count()];
    const before = await counts();
    expect(await seedAuditProgrammes(db)).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
