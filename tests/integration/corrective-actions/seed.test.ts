// The demo tindakan perbaikan: every state, some overdue, one not-effective round followed by a
// second round, each consistent with the gates (what the workflow would have produced).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { CA_STATUSES } from "../../../lib/corrective-actions/constants";
import { listCorrectiveActions } from "../../../lib/corrective-actions/data";
import { caListQuerySchema } from "../../../lib/corrective-actions/schema";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedCorrectiveActions } from "../../../seeds/corrective-actions";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
let manajer: SessionUser;

beforeAll(async () => {
  const opened = await openDemoDatabase({ manajer: "manajer.mutu@dinsos.nttprov.go.id" }, { sops: false, correctiveActions: true });
  connection = opened.connection;
  manajer = opened.as.manajer;
}, 120_000);
afterAll(closeTestDatabase);

describe("demo corrective actions", () => {
  it("holds every state, with overdue ones and a not-effective round followed by a second", async () => {
    const rows = await connection.prisma.correctiveAction.findMany({ select: { status: true, round: true, findingId: true, items: { select: { status: true, _count: { select: { evidence: true } } } } } });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(CA_STATUSES));
    const notEffective = rows.find((r) => r.status === "TIDAK_EFEKTIF")!;
    expect(rows.find((r) => r.findingId === notEffective.findingId && r.round === 2)).toBeDefined();
    for (const r of rows.filter((x) => ["DILAKSANAKAN", "VERIFIKASI", "DITUTUP", "TIDAK_EFEKTIF"].includes(x.status))) {
      expect(r.items.every((i) => i.status === "SELESAI" && i._count.evidence > 0)).toBe(true);
    }
    const overdue = await listCorrectiveActions(manajer, caListQuerySchema.parse({ overdue: "1" }));
    expect(overdue.total).toBeGreaterThanOrEqual(2);
  });

  it("changes nothing when loaded again", async () => {
    const before = await connection.prisma.correctiveAction.count();
    expect(await seedCorrectiveActions(connection.prisma)).toBe(0);
    expect(await connection.prisma.correctiveAction.count()).toBe(before);
  });
});
