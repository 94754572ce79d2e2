// Two writers at once on an SKM survey (the pattern of tests/integration/concurrency): on
// PostgreSQL truly in parallel on two pooled connections, on PGlite queued. Exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { createSurvey, updateSurvey } from "../../../lib/satisfaction/mutations";
import { closeTestDatabase } from "../../helpers/database";
import { race } from "../../helpers/race";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { surveyValues } from "./helpers";

const ROUNDS = 8;
let connection: DatabaseConnection;
const as = {} as Record<"manajer" | "kabid", SessionUser>;
const db = () => connection.prisma;

beforeAll(async () => {
  const opened = await openDemoDatabase({ manajer: "manajer.mutu@dinsos.nttprov.go.id", kabid: "kabid.dayasos@dinsos.nttprov.go.id" }, { objectives: false });
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 120_000);
afterAll(closeTestDatabase);


describe("two writers at once on an SKM survey", () => {
  it("two edits with the same version: one kept whole (with its nine elements), the other told it is stale", async () => {
    const unit = await unitId(db(), "ntt.dinsos.dayasos");
    for (let round = 0; round < ROUNDS; round++) {
      const base = { year: 2020 + round, periodType: "TAHUNAN", periodNo: 1 };
      const { id } = await createSurvey(as.manajer, surveyValues(unit, base));
      const { winners, refusals } = await race([
        () => updateSurvey(as.manajer, { id, version: 1, values: surveyValues(unit, { ...base, complaintsReceived: 7, complaintsResolved: 7 }, "4") }),
        () => updateSurvey(as.kabid, { id, version: 1, values: surveyValues(unit, { ...base, complaintsReceived: 9, complaintsResolved: 1 }, "2") }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const row = await db().satisfactionSurvey.findUniqueOrThrow({ where: { id }, select: { version: true, ikm: true, complaintsReceived: true, elements: { select: { nrr: true } } } });
      expect(row.version).toBe(2);
      const [nrr, ikm, received] = winners[0] === 0 ? [4, 100, 7] : [2, 50, 9];
      expect(Number(row.ikm)).toBe(ikm);
      expect(row.complaintsReceived).toBe(received);
      expect(row.elements.map((e) => Number(e.nrr))).toEqual(Array(9).fill(nrr));
      expect(await db().activity.count({ where: { entity: "satisfaction_survey", entityId: id, action: "update" } })).toBe(1);
    }
  });

  it("two first entries of one unit and period: one survey, the other told it conflicts", async () => {
    const unit = await unitId(db(), "ntt.dinsos.dayasos");
    for (let round = 0; round < ROUNDS; round++) {
      const base = { year: 2030 + round, periodType: "SEMESTER", periodNo: 1 };
      const { winners, refusals } = await race([
        () => createSurvey(as.manajer, surveyValues(unit, base)),
        () => createSurvey(as.kabid, surveyValues(unit, base, "3,9")),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["CONFLICT"]);
      expect(await db().satisfactionSurvey.count({ where: { unitId: unit, year: base.year } })).toBe(1);
      const survey = await db().satisfactionSurvey.findFirstOrThrow({ where: { unitId: unit, year: base.year }, select: { id: true, _count: { select: { elements: true } } } });
      expect(survey._count.elements).toBe(9);
      expect(await db().activity.count({ where: { entity: "satisfaction_survey", entityId: survey.id } })).toBe(1);
    }
  });
});
