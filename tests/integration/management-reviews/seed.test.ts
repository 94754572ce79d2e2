// The demo tinjauan manajemen: last year's published RTM with RTL (some done, some overdue, one
// running) and this year's scheduled one; loading again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayDate } from "../../../lib/corrective-actions/rules";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedManagementReviews } from "../../../seeds/management-reviews";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
const db = () => connection.prisma;

beforeAll(async () => {
  connection = (await openDemoDatabase({}, { sops: false, objectives: false, managementReviews: true })).connection;
}, 120_000);
afterAll(closeTestDatabase);

describe("demo management reviews", () => {
  it("holds last year's published RTM with done, overdue and running RTL, and this year's scheduled one", async () => {
    const reviews = await db().managementReview.findMany({ orderBy: { meetingAt: "asc" }, include: { actions: true, sections: true } });
    expect(reviews.map((r) => r.status)).toEqual(["DITERBITKAN", "DIJADWALKAN"]);
    const [last, next] = reviews;
    const today = todayDate();
    expect(last!.actions.filter((a) => a.status === "SELESAI")).toHaveLength(2);
    expect(last!.actions.filter((a) => a.status === "TERBUKA" && a.dueDate < today)).toHaveLength(2);
    expect(last!.actions.filter((a) => a.status === "TERBUKA" && a.dueDate >= today)).toHaveLength(1);
    expect(last!.sections.every((s) => s.data !== null)).toBe(true);
    expect(next!.frozenAt).toBeNull();
    expect(next!.sections).toHaveLength(12);
  });

  it("loads again without creating anything", async () => {
    expect(await seedManagementReviews(db())).toBe(0);
    expect(await db().managementReview.count()).toBe(2);
  });
});
