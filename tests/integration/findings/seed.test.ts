// The demo findings: every response state across units, one overdue, one from a missed sasaran
// mutu, each with its history; loading twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedFindings } from "../../../seeds/findings";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = (await openDemoDatabase({}, { findings: true })).connection;
}, 120_000);
afterAll(closeTestDatabase);

describe("demo findings", () => {
  it("cover every state, several units and sources, an overdue one and a missed objective", async () => {
    const rows = await connection.prisma.finding.findMany({ select: { id: true, status: true, unitId: true, source: true, dueDate: true, objectiveId: true } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["TERBUKA", "DISANGGAH", "DITERIMA", "DITUTUP", "DICABUT"]));
    expect(new Set(rows.map((r) => r.unitId)).size).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.source === "SASARAN_MUTU" && r.objectiveId)).toBe(true);
    expect(rows.some((r) => r.status === "TERBUKA" && r.dueDate && r.dueDate < new Date())).toBe(true);
    const withdrawn = rows.find((r) => r.status === "DICABUT")!;
    const actions = await connection.prisma.activity.findMany({ where: { entity: "finding", entityId: withdrawn.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "dispute", "withdraw"]);
  });

  it("changes nothing when loaded twice", async () => {
    const before = await connection.prisma.finding.count();
    expect(await seedFindings(connection.prisma)).toBe(0);
    expect(await connection.prisma.finding.count()).toBe(before);
  });
});
